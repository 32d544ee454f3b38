/**
 * What each operation of the contract reads or changes, as plain data the page can carry:
 * `shared/contract.ts` holds the zod schemas, and importing it at run time would put zod in
 * the page. A unit test checks every `kind` here against the contract's.
 */
import type { LibraryTopic } from '../../../shared/bridge'
import type { OperationKind, OperationName } from '../../../shared/contract'

interface OperationTopics {
  kind: OperationKind
  /** A read: what it shows, so a change to any of these refetches it. A write: what it changes. */
  topics: readonly LibraryTopic[]
}

const everything = ['motions', 'claims', 'sources', 'quotes', 'practice', 'packs', 'backups', 'exports'] as const
const map = ['motions', 'claims'] as const
const evidence = ['sources', 'quotes'] as const

export const operations = {
  'app.status': { kind: 'read', topics: ['backups'] },
  'motion.list': { kind: 'read', topics: [...map, 'packs'] },
  'motion.get': { kind: 'read', topics: map },
  'motion.create': { kind: 'write', topics: ['motions'] },
  'motion.update': { kind: 'write', topics: ['motions'] },
  'motion.duplicate': { kind: 'write', topics: map },
  'motion.delete': { kind: 'write', topics: map },
  'motion.import': { kind: 'write', topics: map },
  'import.cancel': { kind: 'read', topics: [] },
  'motion.argdown': { kind: 'read', topics: map },
  'claim.add': { kind: 'write', topics: ['claims'] },
  'claim.edit': { kind: 'write', topics: ['claims'] },
  'claim.move': { kind: 'write', topics: ['claims'] },
  'claim.delete': { kind: 'write', topics: ['claims'] },
  'claim.patch': { kind: 'write', topics: ['claims'] },
  'source.list': { kind: 'read', topics: evidence },
  'source.get': { kind: 'read', topics: [...evidence, 'claims'] },
  'source.create': { kind: 'write', topics: ['sources'] },
  'source.update': { kind: 'write', topics: ['sources'] },
  'source.delete': { kind: 'write', topics: [...evidence, 'claims'] },
  'source.import': { kind: 'write', topics: ['sources'] },
  'source.cite': { kind: 'read', topics: ['sources'] },
  'quote.list': { kind: 'read', topics: ['quotes'] },
  'quote.create': { kind: 'write', topics: ['quotes'] },
  'quote.update': { kind: 'write', topics: ['quotes'] },
  'quote.delete': { kind: 'write', topics: ['quotes', 'claims'] },
  'claim.link': { kind: 'write', topics: ['claims', 'quotes'] },
  'search.query': { kind: 'read', topics: [...map, ...evidence] },
  'library.check': { kind: 'read', topics: [...map, ...evidence] },
  'backup.list': { kind: 'read', topics: ['backups'] },
  'backup.restore': { kind: 'write', topics: everything },
  'pack.list': { kind: 'read', topics: ['packs', ...map, ...evidence, 'practice'] },
  'pack.preview': { kind: 'read', topics: ['packs', ...map, ...evidence] },
  'pack.import': { kind: 'write', topics: ['packs', ...map, ...evidence, 'practice'] },
  'pack.starter': { kind: 'write', topics: ['packs', ...map, ...evidence, 'practice'] },
  'pack.export': { kind: 'read', topics: [] },
  'file.save': { kind: 'read', topics: ['exports'] },
  'file.recent': { kind: 'read', topics: ['exports'] },
  'file.reveal': { kind: 'read', topics: [] },
  'brief.preview': { kind: 'read', topics: [...map, ...evidence] },
  'brief.export': { kind: 'read', topics: ['exports'] },
  'practice.list': { kind: 'read', topics: ['practice'] },
  'practice.record': { kind: 'write', topics: ['practice'] },
  'format.list': { kind: 'read', topics: ['practice'] },
  'format.save': { kind: 'write', topics: ['practice'] },
  'format.delete': { kind: 'write', topics: ['practice'] },
  'review.list': { kind: 'read', topics: ['practice'] },
  'review.grade': { kind: 'write', topics: ['practice'] },
  'flow.list': { kind: 'read', topics: ['practice'] },
  'flow.save': { kind: 'write', topics: ['practice'] },
  'flow.delete': { kind: 'write', topics: ['practice'] },
  'flow.pdf': { kind: 'read', topics: [] },
  'drill.list': { kind: 'read', topics: ['practice', 'packs'] },
  'drill.save': { kind: 'write', topics: ['practice'] },
  'drill.delete': { kind: 'write', topics: ['practice'] }
} as const satisfies Record<OperationName, OperationTopics>

/** Operations that never change the library: what a view can show and keep fresh. */
export type ReadName = { [N in OperationName]: (typeof operations)[N]['kind'] extends 'read' ? N : never }[OperationName]

export function topicsOf(name: OperationName): readonly LibraryTopic[] {
  return operations[name].topics
}
