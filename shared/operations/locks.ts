/**
 * Locked pack items: a teacher's pack may lock what students should answer and duplicate but
 * not change. One check over a write's before and after, made by the store on every update
 * (electron/main/store/store.ts), so no operation can forget it.
 */
import { ApiError } from '../errors'
import type { Origin } from '../model/ids'
import type { Library } from '../model/library'

type Lockable = { id: string; origin: Origin; title?: string; tag?: string; order?: number; updatedAt?: string; archived?: boolean }

export function isLocked(item: { origin: Origin }): boolean {
  return item.origin.kind === 'pack' && item.origin.locked === true
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
  for (const kind of KINDS) {
    const was: readonly Lockable[] = before[kind]
    const now: readonly Lockable[] = after[kind]
    if (was === now || !was.some(isLocked)) continue
    const byId = new Map(now.map((item) => [item.id, item]))
    for (const item of was) {
      if (!isLocked(item)) continue
      const next = byId.get(item.id)
      if (next === item) continue
      const pack = before.packs.find((p) => item.origin.kind === 'pack' && p.id === item.origin.packId)
      const name = `The ${NOUNS[kind]} “${item.title ?? item.tag ?? item.id}” comes locked from the pack “${pack?.title ?? 'unknown'}”`
      if (!next) throw new ApiError('conflict', `${name} and cannot be deleted.`, '')
      if (!sameLockedContent(item, next)) {
        const hint = kind === 'claims' || kind === 'motions' ? ' Answer it, or duplicate the motion to make a copy of your own.' : ''
        throw new ApiError('conflict', `${name} and cannot be changed.${hint}`, '')
      }
    }
  }
}
