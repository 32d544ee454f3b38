import { QueryObserver } from '@tanstack/query-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { CasebookBridge, LibraryChange } from '../../../shared/bridge'
import { contract, type OperationName } from '../../../shared/contract'
import { OPERATION_TOPICS } from '../../../shared/library-changes'
import type { Outcome } from '../../../shared/errors'
import { createLibraryCache, type LibraryCache } from '../../../renderer/src/data/cache'
import { OPERATION_KINDS } from '../../../renderer/src/data/operations'

/** A bridge whose every answer the test gives by hand, in whatever order it likes. */
function fakeBridge() {
  const calls: Array<{ name: string; input: unknown; answer(data: unknown): void; fail(message: string): void }> = []
  const listeners = new Set<(change: LibraryChange) => void>()
  const bridge: CasebookBridge = {
    invoke: (name, input) =>
      new Promise<Outcome<unknown>>((resolve) => {
        calls.push({
          name,
          input,
          answer: (data) => resolve({ ok: true, data }),
          fail: (message) => resolve({ ok: false, error: { code: 'conflict', message, path: '' } })
        })
      }),
    onLibraryChanged(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
  const emit = (change: LibraryChange) => listeners.forEach((listener) => listener(change))
  return { bridge, calls, emit, listeners }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

let cache: LibraryCache | null = null
afterEach(() => cache?.stop())

/** A view showing one read, as useQuery would: it keeps the query active, so a change refetches it. */
function show(c: LibraryCache, ...[name, input]: Parameters<LibraryCache['options']>) {
  const observer = new QueryObserver(c.client, c.options(name, input))
  const unsubscribe = observer.subscribe(() => undefined)
  return { data: () => observer.getCurrentResult().data, unsubscribe }
}

describe('the page’s data cache', () => {
  it('asks the main process once when several views want the same thing at the same time', async () => {
    const fake = fakeBridge()
    cache = createLibraryCache(fake.bridge)
    const first = cache.read('motion.get', { motionId: 'm1' })
    const second = cache.read('motion.get', { motionId: 'm1' })
    const view = show(cache, 'motion.get', { motionId: 'm1' })
    await settle()
    expect(fake.calls.map((c) => c.name)).toEqual(['motion.get'])
    fake.calls[0]!.answer({ title: 'one' })
    expect(await first).toEqual({ title: 'one' })
    expect(await second).toEqual({ title: 'one' })
    expect(view.data()).toEqual({ title: 'one' })
  })

  it('never lets a late answer overwrite the answer to a later request', async () => {
    const fake = fakeBridge()
    cache = createLibraryCache(fake.bridge)
    const view = show(cache, 'source.list', {})
    await settle()
    // The library changes while the first answer is still on its way: the view asks again.
    fake.emit({ operation: 'source.create', topics: ['sources'] })
    await settle()
    expect(fake.calls).toHaveLength(2)
    fake.calls[1]!.answer(['new'])
    await settle()
    fake.calls[0]!.answer(['old'])
    await settle()
    expect(view.data()).toEqual(['new'])
    view.unsubscribe()
  })

  it('answers a read asked before a change with what the library holds after it', async () => {
    const fake = fakeBridge()
    cache = createLibraryCache(fake.bridge)
    const reading = cache.read('motion.get', { motionId: 'm1' })
    await settle()
    fake.emit({ operation: 'claim.add', topics: ['claims'], motionId: 'm1' })
    await settle()
    fake.calls[0]!.answer('before the change')
    await settle()
    expect(fake.calls).toHaveLength(2)
    fake.calls[1]!.answer('after the change')
    expect(await reading).toBe('after the change')
  })

  it('refetches a shown read when the event names a topic it shows, and only then', async () => {
    const fake = fakeBridge()
    cache = createLibraryCache(fake.bridge)
    const list = show(cache, 'motion.list', {})
    const map = show(cache, 'motion.get', { motionId: 'm1' })
    const cards = show(cache, 'quote.list', {})
    await settle()
    fake.calls.forEach((c) => c.answer([]))
    await settle()
    fake.calls.length = 0

    // A claim added to another motion: the motion list (its counts) refetches, this motion's map does not.
    fake.emit({ operation: 'claim.add', topics: ['claims'], motionId: 'm2' })
    await settle()
    expect(fake.calls.map((c) => c.name)).toEqual(['motion.list'])
    fake.calls.length = 0

    fake.emit({ operation: 'claim.edit', topics: ['claims'], motionId: 'm1' })
    await settle()
    expect(fake.calls.map((c) => c.name).sort()).toEqual(['motion.get', 'motion.list'])
    fake.calls.length = 0

    fake.emit({ operation: 'practice.record', topics: ['practice'] })
    await settle()
    expect(fake.calls).toEqual([])
    ;[list, map, cards].forEach((v) => v.unsubscribe())
  })

  it('marks a read no view shows as stale, so the next view to show it asks again', async () => {
    const fake = fakeBridge()
    cache = createLibraryCache(fake.bridge)
    const reading = cache.read('quote.list', {})
    await settle()
    fake.calls[0]!.answer(['card'])
    await reading
    fake.emit({ operation: 'quote.create', topics: ['quotes'] })
    await settle()
    expect(fake.calls).toHaveLength(1)
    const view = show(cache, 'quote.list', {})
    await settle()
    expect(fake.calls).toHaveLength(2)
    fake.calls[1]!.answer(['card', 'another'])
    await settle()
    expect(view.data()).toEqual(['card', 'another'])
    view.unsubscribe()
  })

  it('resolves a write only after the views it changed have their new data', async () => {
    const fake = fakeBridge()
    cache = createLibraryCache(fake.bridge)
    const list = show(cache, 'motion.list', {})
    await settle()
    fake.calls[0]!.answer([])
    await settle()

    let done = false
    const writing = cache.perform('motion.create', { title: 'New', format: 'policy' } as never).then(() => (done = true))
    await settle()
    fake.calls[1]!.answer({ id: 'm9' })
    await settle()
    expect(fake.calls[2]?.name).toBe('motion.list')
    expect(done).toBe(false)
    fake.calls[2]!.answer([{ id: 'm9' }])
    await writing
    expect(list.data()).toEqual([{ id: 'm9' }])
    list.unsubscribe()
  })

  it('passes a refused operation on as a failure with the main process’s message, changing nothing', async () => {
    const fake = fakeBridge()
    cache = createLibraryCache(fake.bridge)
    const writing = cache.perform('source.delete', { sourceId: 's1', deleteQuotes: false } as never)
    await settle()
    fake.calls[0]!.fail('That source is used by 2 cards')
    await expect(writing).rejects.toThrow('That source is used by 2 cards')
    await settle()
    expect(fake.calls).toHaveLength(1)
  })

  it('tells the page once when a read fails, unless the view shows the failure itself', async () => {
    const fake = fakeBridge()
    cache = createLibraryCache(fake.bridge)
    const told: string[] = []
    cache.onReadFailure((error) => told.push((error as Error).message))
    const first = show(cache, 'motion.get', { motionId: 'gone' })
    const second = show(cache, 'motion.get', { motionId: 'gone' })
    const own = new QueryObserver(cache.client, { ...cache.options('backup.list', {}), meta: { report: false } })
    const stopOwn = own.subscribe(() => undefined)
    await settle()
    fake.calls.forEach((c) => c.fail(`No ${c.name}`))
    await settle()
    expect(told).toEqual(['No motion.get'])
    expect(own.getCurrentResult().error?.message).toBe('No backup.list')
    ;[first, second].forEach((v) => v.unsubscribe())
    stopOwn()
  })

  it('stops listening when stopped', () => {
    const fake = fakeBridge()
    const own = createLibraryCache(fake.bridge)
    expect(fake.listeners.size).toBe(1)
    own.stop()
    expect(fake.listeners.size).toBe(0)
  })
})

describe('the page’s table of operations', () => {
  it('gives every operation of the contract the contract’s kind', () => {
    const names = Object.keys(contract) as OperationName[]
    expect(Object.keys(OPERATION_KINDS).sort()).toEqual([...names].sort())
    for (const name of names) expect([name, OPERATION_KINDS[name]]).toEqual([name, contract[name].kind])
  })

  it('says what every write changes, so no write leaves a view stale', () => {
    for (const name of Object.keys(contract) as OperationName[])
      if (OPERATION_KINDS[name] === 'write') expect([name, OPERATION_TOPICS[name].length > 0]).toEqual([name, true])
  })
})
