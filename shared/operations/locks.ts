/**
 * Locked pack items: a teacher's pack may lock what students should answer and duplicate but
 * not change. One rule decides what is locked (`claimIsLocked`, `isLocked`); the page asks it
 * before offering an edit (`claimEditRefusal`), and the store checks every update's before and
 * after against it (`assertLocksKept`, in electron/main/store/store.ts), so no key, menu or
 * operation can forget it.
 */
import { ApiError } from '../errors'
import type { Claim } from '../model/claim'
import type { Origin } from '../model/ids'
import type { Library } from '../model/library'
import type { Motion } from '../model/motion'

type Lockable = { id: string; origin: Origin; title?: string; tag?: string; order?: number; updatedAt?: string; archived?: boolean; motionId?: string | null }

export function isLocked(item: { origin: Origin }): boolean {
  return item.origin.kind === 'pack' && item.origin.locked === true
}

/**
 * A claim is locked when it says so, or when it came with a locked motion from that motion's
 * pack: a pack that locks a motion locks the case it ships, while the user's own answers stay theirs.
 */
export function claimIsLocked(claim: Pick<Claim, 'origin'>, motion: Pick<Motion, 'origin'> | undefined): boolean {
  if (isLocked(claim)) return true
  if (!motion || !isLocked(motion) || claim.origin.kind !== 'pack' || motion.origin.kind !== 'pack') return false
  return claim.origin.packId === motion.origin.packId
}

/** What the page may ask of a claim. Answering it and reordering it among its siblings never change it. */
export type ClaimEdit = 'delete' | 'rename' | 'edit' | 'move' | 'link'

const VERBS: Record<ClaimEdit, string> = {
  delete: 'cannot be deleted',
  rename: 'cannot be renamed',
  edit: 'cannot be changed',
  move: 'cannot be moved to another claim',
  link: 'cannot have its evidence changed'
}

export function lockedMessage(noun: string, title: string, packTitle: string | null, verb: string): string {
  const from = packTitle ? `the pack “${packTitle}”` : 'its pack'
  return `The ${noun} “${title}” comes locked from ${from} and ${verb}.`
}

const ANSWER_IT = ' Answer it, or duplicate the motion to make a copy of your own.'

/**
 * Why `edit` of the claim would be refused, as the user should read it, or null if it may go
 * ahead. Deleting also removes the responses, so any locked one among them refuses it too.
 */
export function claimEditRefusal(motion: Pick<Motion, 'origin'>, claims: readonly Claim[], claimId: string, edit: ClaimEdit): string | null {
  const claim = claims.find((c) => c.id === claimId)
  if (!claim) return null
  if (claimIsLocked(claim, motion)) return lockedMessage('claim', claim.title, null, VERBS[edit]) + ANSWER_IT
  if (edit !== 'delete') return null
  const below = new Map<string | null, Claim[]>()
  for (const c of claims) below.set(c.parentId, [...(below.get(c.parentId) ?? []), c])
  const stack = [...(below.get(claim.id) ?? [])]
  while (stack.length > 0) {
    const next = stack.pop() as Claim
    if (claimIsLocked(next, motion)) return lockedMessage('claim', next.title, null, 'cannot be deleted') + ' It is among the responses, so the claim above it stays.'
    stack.push(...(below.get(next.id) ?? []))
  }
  return null
}

/** What a user may still do to a locked item: its place among siblings, and archiving a motion. */
function sameLockedContent(before: Lockable, after: Lockable): boolean {
  const strip = ({ order: _o, updatedAt: _u, archived: _a, ...rest }: Lockable) => JSON.stringify(rest)
  return strip(before) === strip(after)
}

const KINDS = ['motions', 'claims', 'sources', 'quotes', 'drills'] as const
const NOUNS = { motions: 'motion', claims: 'claim', sources: 'source', quotes: 'card', drills: 'drill' } as const

/** Throws a 'conflict' ApiError when `after` deletes or changes a locked item of `before`. */
export function assertLocksKept(before: Library, after: Library): void {
  if (before.packs.length === 0 || before === after) return
  const motions = new Map(before.motions.map((m) => [m.id, m]))
  const locked = (kind: (typeof KINDS)[number], item: Lockable) =>
    kind === 'claims' ? claimIsLocked(item, motions.get(item.motionId ?? '')) : isLocked(item)
  for (const kind of KINDS) {
    const was: readonly Lockable[] = before[kind]
    const now: readonly Lockable[] = after[kind]
    if (was === now || !was.some((item) => locked(kind, item))) continue
    const byId = new Map(now.map((item) => [item.id, item]))
    for (const item of was) {
      if (!locked(kind, item)) continue
      const next = byId.get(item.id)
      if (next === item) continue
      const pack = before.packs.find((p) => item.origin.kind === 'pack' && p.id === item.origin.packId)
      const title = item.title ?? item.tag ?? item.id
      if (!next) throw new ApiError('conflict', lockedMessage(NOUNS[kind], title, pack?.title ?? 'unknown', 'cannot be deleted'), '')
      if (!sameLockedContent(item, next)) {
        const hint = kind === 'claims' || kind === 'motions' ? ANSWER_IT : ''
        throw new ApiError('conflict', lockedMessage(NOUNS[kind], title, pack?.title ?? 'unknown', 'cannot be changed') + hint, '')
      }
    }
  }
}
