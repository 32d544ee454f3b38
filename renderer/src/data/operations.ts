/**
 * Which operations write, as plain data the page can carry: `shared/contract.ts` holds the zod
 * schemas, and importing it at run time would put zod in the page. Each value's type is the
 * contract's own kind for that operation, so a wrong or missing entry fails to compile. What each
 * operation reads or changes is `shared/library-changes.ts`, the table the main process sends from.
 */
import type { Contract, OperationName, ReadOperationName } from '../../../shared/contract'
import { OPERATION_TOPICS } from '../../../shared/library-changes'

export const OPERATION_KINDS: { readonly [N in OperationName]: Contract[N]['kind'] } = {
  'app.status': 'read',
  'motion.list': 'read',
  'motion.get': 'read',
  'motion.create': 'write',
  'motion.update': 'write',
  'motion.duplicate': 'write',
  'motion.delete': 'write',
  'motion.import': 'write',
  'import.cancel': 'read',
  'import.prepare': 'read',
  'motion.argdown': 'read',
  'claim.add': 'write',
  'claim.edit': 'write',
  'claim.move': 'write',
  'claim.delete': 'write',
  'claim.patch': 'write',
  'source.list': 'read',
  'source.get': 'read',
  'source.create': 'write',
  'source.update': 'write',
  'source.delete': 'write',
  'source.importPreview': 'read',
  'source.import': 'write',
  'source.cite': 'read',
  'source.importDocument': 'write',
  'source.text': 'read',
  'verbatim.preview': 'read',
  'verbatim.import': 'write',
  'quote.list': 'read',
  'quote.create': 'write',
  'quote.update': 'write',
  'quote.delete': 'write',
  'claim.link': 'write',
  'search.query': 'read',
  'library.check': 'read',
  'backup.list': 'read',
  'backup.restore': 'write',
  'pack.list': 'read',
  'pack.preview': 'read',
  'pack.opened': 'read',
  'pack.unlinkedCards': 'read',
  'pack.remove': 'write',
  'pack.import': 'write',
  'pack.starter': 'write',
  'pack.export': 'read',
  'file.save': 'write',
  'file.recent': 'read',
  'file.reveal': 'read',
  'brief.preview': 'read',
  'brief.export': 'read',
  'practice.list': 'read',
  'practice.record': 'write',
  'format.list': 'read',
  'format.save': 'write',
  'format.delete': 'write',
  'review.list': 'read',
  'review.grade': 'write',
  'flow.list': 'read',
  'flow.save': 'write',
  'flow.delete': 'write',
  'flow.pdf': 'read',
  'drill.list': 'read',
  'drill.save': 'write',
  'drill.delete': 'write'
}

/** Operations that never change the library: what a view can show and keep fresh. */
export type ReadName = ReadOperationName

export function isOperation(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(OPERATION_KINDS, name)
}

export { OPERATION_TOPICS }
