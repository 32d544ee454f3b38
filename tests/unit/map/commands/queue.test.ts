/**
 * The command queue against the real handlers and store, behind a transport that answers late
 * and out of step: commands asked for faster than the store answers still apply in order, each
 * against the map the one before it left, and undo walks them back.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createApi, type Api } from '../../../../electron/main/api'
import { Store } from '../../../../electron/main/store/store'
import type { Claim } from '../../../../shared/model/claim'
import { CommandQueue, type Invoke } from '../../../../renderer/src/map/commands/command-queue'
import type { MapState } from '../../../../renderer/src/map/commands/types'
import { testEnv } from '../../shared/fixtures'

let dir: string
let store: Store
let api: Api
let slow: Invoke
const reported: unknown[] = []

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-queue-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
  // The client's call, answering after a random delay; a failure thrown as the client throws it.
  slow = (async (name: string, input: unknown) => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 15))
    const outcome = await api(name, input)
    if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { data: outcome.error })
    return outcome.data
  }) as Invoke
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

async function openMotion(): Promise<CommandQueue> {
  const made = await api('motion.create', { title: 'THW abolish the electoral college' })
  if (!made.ok) throw new Error(made.error.message)
  const queue = new CommandQueue((made.data as { id: string }).id, slow)
  await queue.open((error) => reported.push(error))
  return queue
}

const byTitle = (state: MapState, title: string): Claim | undefined => state.claims.find((c) => c.title === title)
async function stored(queue: CommandQueue): Promise<string[]> {
  const map = await api('motion.get', { motionId: queue.motionId })
  if (!map.ok) throw new Error(map.error.message)
  const claims = (map.data as { claims: Claim[] }).claims
  const title = (id: string | null) => claims.find((c) => c.id === id)?.title ?? '(motion)'
  return claims.map((c) => `${c.title} ← ${title(c.parentId)} #${c.order}`).sort()
}

it('applies commands asked for at once in order, each planned against the map the one before left', async () => {
  const queue = await openMotion()
  // As fast typing asks: add, add below, then indent what was just added, then answer it.
  const asked = [
    queue.run({ name: 'add-claim', parentId: null, index: 0, stance: 'pro', title: 'Votes should count equally' }),
    queue.run({ name: 'add-claim', parentId: null, index: 1, stance: 'pro', title: 'States matter' }),
    queue.run((state) => ({ name: 'move-claim', claimId: byTitle(state, 'States matter')!.id, how: 'indent' })),
    queue.run((state) => ({ name: 'add-claim', parentId: byTitle(state, 'States matter')!.id, stance: 'con', title: 'Equal protection' })),
    queue.run((state) => ({ name: 'set-stance', claimId: byTitle(state, 'States matter')!.id, stance: 'flip' }))
  ]
  const outcomes = await Promise.all(asked)
  expect(outcomes.map((o) => o.done)).toEqual([true, true, true, true, true])
  expect(await stored(queue)).toEqual([
    'Equal protection ← States matter #0',
    'States matter ← Votes should count equally #0',
    'Votes should count equally ← (motion) #0'
  ])
  const shown = queue.getSnapshot()
  expect(byTitle(shown.state!, 'States matter')).toMatchObject({ stance: 'con' })
  expect(shown.announcement).toBe('Flipped “States matter”')
  expect(shown.canUndo).toBe('Flipped “States matter”')
  expect(reported).toEqual([])
})

it('undoes and redoes through the inverses it kept, in order even when asked for at once', async () => {
  const queue = await openMotion()
  void queue.run({ name: 'add-claim', parentId: null, stance: 'pro', title: 'Votes should count equally' })
  void queue.run((state) => ({ name: 'add-claim', parentId: byTitle(state, 'Votes should count equally')!.id, stance: 'con', title: 'States matter' }))
  void queue.run((state) => ({ name: 'delete-claim', claimId: byTitle(state, 'Votes should count equally')!.id }))
  await queue.run((state) => ({ name: 'rename-claim', claimId: 'gone', title: `${state.claims.length}` }))
  expect(await stored(queue)).toEqual([])
  // A delete of more than one claim offers its Undo in view; a refusal says why in view.
  expect(queue.getSnapshot().notice).toEqual({ text: 'That claim is no longer in the map.', undo: false })
  void queue.undo()
  await queue.undo()
  expect(await stored(queue)).toEqual(['Votes should count equally ← (motion) #0'])
  await queue.redo()
  expect(await stored(queue)).toEqual(['States matter ← Votes should count equally #0', 'Votes should count equally ← (motion) #0'])
  expect(queue.getSnapshot().canRedo).toBe('Deleted “Votes should count equally” and 1 response')
})

it('follows an edit made in another window, and does not read the map again for its own', async () => {
  const mine = await openMotion()
  // A second window on the same motion: its own queue over the same store.
  const reads: string[] = []
  const counting = (async (name: string, input: unknown) => {
    if (name === 'motion.get') reads.push(name)
    return slow(name as never, input as never)
  }) as Invoke
  const theirs = new CommandQueue(mine.motionId, counting)
  await theirs.open((error) => reported.push(error))
  // The main process sends one library-changed event per committed write to every window.
  const events: Array<{ motionId?: string }> = []
  api = createApi({ store, env: testEnv(), appVersion: '0', onLibraryChanged: (change) => events.push(change) })
  const deliver = () => {
    for (const change of events.splice(0)) {
      mine.heard(change)
      theirs.heard(change)
    }
  }
  const readsBefore = reads.length
  await mine.run({ name: 'add-claim', parentId: null, index: 0, stance: 'pro', title: 'Votes should count equally' })
  deliver()
  // Their queue reads the map again in its turn; waiting on a no-op run lets that read finish.
  await theirs.run(() => null)
  expect(theirs.getSnapshot().state!.claims.map((c) => c.title)).toEqual(['Votes should count equally'])
  expect(reads.length - readsBefore).toBe(1)
  // My own write's echo does not make me read the map again (no motion.get beyond the first).
  const before = mine.getSnapshot().state
  await mine.run(() => null)
  expect(mine.getSnapshot().state).toBe(before)
  expect(reported).toEqual([])
})
