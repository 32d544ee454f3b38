/**
 * The most each parser reads, in UTF-8 bytes: checked on the main thread before a file goes
 * to a worker. Apart from ./parsers.ts so that a worker loads none of the modules these come
 * from (the pack format's zod among them).
 */
import { MAX_IMPORT_BYTES as MAX_CITATION_BYTES } from '../../../shared/citations/file-formats'
import { MAX_DOCUMENT_BYTES } from '../../../shared/documents/extracted'
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../shared/interchange/text'
import { PACK_LIMITS } from '../../../shared/packs/format'
import type { ParserName } from './parsers'

export const PARSE_MAX_BYTES: Record<ParserName, number> = {
  kialo: DEFAULT_MAX_IMPORT_BYTES,
  argdown: DEFAULT_MAX_IMPORT_BYTES,
  citations: MAX_CITATION_BYTES,
  pack: PACK_LIMITS.bytes,
  document: MAX_DOCUMENT_BYTES,
  verbatim: MAX_DOCUMENT_BYTES,
  // A reader's name, not a file.
  prepare: 100
}
