/**
 * What each operation touches, in one table beside the contract: for a write, the parts of the
 * library it changes (sent to every open window or tab as a LibraryChange once it is committed);
 * for a read, the parts its answer shows. A view's answer is stale when the two meet.
 * Types only from the contract, so the page can use this without loading zod.
 */
import type { LibraryChange, LibraryTopic } from './bridge'
import type { OperationName, OutputOf, ParsedInputOf, WriteOperationName } from './contract'
import type { Library } from './model/library'

const ALL_TOPICS: readonly LibraryTopic[] = ['motions', 'claims', 'sources', 'quotes', 'practice', 'packs', 'backups', 'exports']
/** Everything a pack may bring (drills are practice). */
const PACK_CONTENT: readonly LibraryTopic[] = ['packs', 'motions', 'claims', 'sources', 'quotes', 'practice']
/** A motion with its map (a motion's summary counts its claims, so the list shows claims too). */
const MAP: readonly LibraryTopic[] = ['motions', 'claims']
const BRIEF: readonly LibraryTopic[] = ['motions', 'claims', 'quotes', 'sources']

/** Total: adding an operation to the contract without its topics here is a compile error. */
export const OPERATION_TOPICS: { readonly [N in OperationName]: readonly LibraryTopic[] } = {
  'app.status': [],
  'motion.list': MAP,
  'motion.get': MAP,
  'motion.create': ['motions'],
  'motion.update': ['motions'],
  'motion.duplicate': MAP,
  'motion.delete': MAP,
  'motion.import': MAP,
  'import.cancel': [],
  'import.prepare': [],
  'motion.argdown': MAP,
  'claim.add': ['claims'],
  'claim.edit': ['claims'],
  'claim.move': ['claims'],
  'claim.delete': ['claims'],
  'claim.patch': ['claims'],
  'source.list': ['sources', 'quotes', 'claims'],
  'source.get': ['sources', 'quotes', 'claims'],
  'source.create': ['sources'],
  'source.update': ['sources'],
  // Deleting a source may delete its cards, which come off every claim that cited them.
  'source.delete': ['sources', 'quotes', 'claims'],
  'source.importPreview': ['sources'],
  'source.import': ['sources'],
  'source.cite': ['sources'],
  'source.importDocument': ['sources'],
  'source.text': ['sources'],
  'verbatim.preview': [],
  // A Verbatim file may become a motion with its claims, and always adds sources and cards.
  'verbatim.import': ['motions', 'claims', 'sources', 'quotes'],
  'quote.list': ['quotes'],
  'quote.create': ['quotes'],
  'quote.update': ['quotes'],
  'quote.delete': ['quotes', 'claims'],
  'claim.link': ['claims'],
  'search.query': ['motions', 'claims', 'quotes', 'sources'],
  'library.check': ['quotes', 'sources'],
  'backup.list': ['backups'],
  // A restore replaces everything, and keeps the library as it was as a new backup.
  'backup.restore': ALL_TOPICS,
  'pack.list': PACK_CONTENT,
  'pack.preview': PACK_CONTENT,
  'pack.opened': [],
  'pack.unlinkedCards': ['quotes', 'claims', 'sources'],
  'pack.remove': PACK_CONTENT,
  'pack.import': PACK_CONTENT,
  'pack.starter': PACK_CONTENT,
  'pack.export': PACK_CONTENT,
  'file.save': ['exports'],
  'file.recent': ['exports'],
  'file.reveal': ['exports'],
  'brief.preview': BRIEF,
  'brief.export': BRIEF,
  'practice.list': ['practice'],
  'practice.record': ['practice'],
  'format.list': ['practice'],
  'format.save': ['practice'],
  'format.delete': ['practice'],
  // A review names its card, which a deleted card takes with it.
  'review.list': ['practice', 'quotes'],
  'review.grade': ['practice'],
  'flow.list': ['practice'],
  'flow.save': ['practice'],
  'flow.delete': ['practice'],
  'flow.pdf': ['practice', 'motions'],
  'drill.list': ['practice', 'motions'],
  'drill.save': ['practice'],
  'drill.delete': ['practice']
}

type MotionOf<N extends WriteOperationName> = (input: ParsedInputOf<N>, output: OutputOf<N>, before: Library) => string | undefined

const motionOfClaim = (claimId: string, before: Library) => before.claims.find((c) => c.id === claimId)?.motionId

/** The one motion a write concerned (its map, or the motion itself), where there is one. */
const MOTION_OF: { readonly [N in WriteOperationName]?: MotionOf<N> } = {
  'motion.create': (_input, motion) => motion.id,
  'motion.update': ({ motionId }) => motionId,
  'motion.duplicate': (_input, motion) => motion.id,
  'motion.delete': ({ motionId }) => motionId,
  'motion.import': (_input, { motion }) => motion.id,
  'verbatim.import': (_input, { motion }) => motion?.id,
  'claim.add': ({ motionId }) => motionId,
  'claim.edit': ({ claimId }, _output, before) => motionOfClaim(claimId, before),
  'claim.move': ({ claimId }, _output, before) => motionOfClaim(claimId, before),
  'claim.delete': ({ claimId }, _output, before) => motionOfClaim(claimId, before),
  'claim.patch': ({ motionId }) => motionId,
  'claim.link': ({ claimId }, _output, before) => motionOfClaim(claimId, before)
}

/**
 * The event a committed write sends: its name, its topics, and the motion it concerned.
 * `before` is the library as the write found it (a deleted claim's motion is known only there).
 */
export function libraryChangeAfter<N extends WriteOperationName>(name: N, input: ParsedInputOf<N>, output: OutputOf<N>, before: Library): LibraryChange {
  const motionOf = MOTION_OF[name] as MotionOf<N> | undefined
  const motionId = motionOf?.(input, output, before)
  return { operation: name, topics: [...OPERATION_TOPICS[name]], ...(motionId === undefined ? {} : { motionId }) }
}

/** Whether a read's answer may be stale after `change`. */
export function readIsStale(name: OperationName, change: { readonly topics: readonly LibraryTopic[] }): boolean {
  return OPERATION_TOPICS[name].some((topic) => change.topics.includes(topic))
}
