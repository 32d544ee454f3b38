/**
 * Removing an installed pack, keeping the user's own work as an update does: the pack's items
 * go, except those the user's work hangs on (their claims beneath them, their claims citing
 * its cards) and those the user changed since importing; those stay as the user's own.
 */
import { ApiError } from '../errors'
import type { Library } from '../model/library'
import { LOCAL_ORIGIN } from '../model/ids'
import type { OperationEnv } from '../operations/change'
import { PACK_FORMAT, PACK_FORMAT_VERSION, PACK_ITEM_KINDS, type PackFile } from './format'
import { mergePack, type PackImportPlan } from './merge'

export function removePack(library: Library, packId: string, env: OperationEnv): { library: Library; plan: PackImportPlan } {
  const installed = library.packs.find((p) => p.id === packId)
  if (!installed) throw new ApiError('not_found', `No pack with id "${packId}" is installed`, 'packId')
  // An unlocked item the user changed is their work now: it becomes theirs before the pack goes.
  const changed = (item: { origin: Library['claims'][number]['origin']; updatedAt?: string }) =>
    item.origin.kind === 'pack' && item.origin.packId === packId && !item.origin.locked && (item.updatedAt ?? '') > installed.importedAt
  const owned = { ...library }
  for (const kind of PACK_ITEM_KINDS) {
    ;(owned[kind] as unknown[]) = (library[kind] as Array<Parameters<typeof changed>[0]>).map((item) => (changed(item) ? { ...item, origin: LOCAL_ORIGIN } : item))
  }
  // A version with no items: the update rules remove what is the pack's alone and keep the rest.
  const empty: PackFile = {
    format: PACK_FORMAT,
    version: PACK_FORMAT_VERSION,
    meta: { ...installed },
    motions: [],
    claims: [],
    sources: [],
    quotes: [],
    drills: [],
    texts: []
  }
  const { library: merged, plan } = mergePack(owned, empty, env, { allowOlder: true, acceptNewAuthor: true })
  return { library: { ...merged, packs: merged.packs.filter((p) => p.id !== packId) }, plan }
}
