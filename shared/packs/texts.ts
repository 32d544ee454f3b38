/**
 * The texts of imported documents a pack carries (file format version 2). Untrusted like the
 * rest: each is named by the SHA-256 of its content, which becomes its file name in the data
 * folder, so a text whose hash is not its content's, or that no source of the pack uses, is refused.
 */
import { serializeText, type Sha256 } from '../documents/text-file'
import { PACK_LIMITS, type PackDocumentText, type PackFile } from './format'
import type { PackProblem } from './references'

const count = (n: number) => n.toLocaleString('en-US')

function textProblem(text: PackDocumentText, i: number, sha256: Sha256 | undefined): PackProblem | null {
  let characters = 0
  const unitIds = new Set<string>()
  for (const [k, unit] of text.units.entries()) {
    if (unitIds.has(unit.id)) return { path: `texts[${i}].units[${k}].id`, reason: `the part "${unit.id}" is given twice in this text` }
    unitIds.add(unit.id)
    characters += unit.text.length
  }
  if (characters > PACK_LIMITS.textCharacters) {
    return { path: `texts[${i}].units`, reason: `the text is ${count(characters)} characters long; a text in a pack may be at most ${count(PACK_LIMITS.textCharacters)}` }
  }
  if (sha256 && sha256(serializeText(text)) !== text.hash) {
    return { path: `texts[${i}].hash`, reason: 'the hash is not the SHA-256 of this text, so the text is not the one its sources were cut from' }
  }
  return null
}

/**
 * The first problem with the pack's texts, or null. `sha256` checks each text against its hash;
 * the parse worker and the command line give it (shared/ has no hashing of its own).
 */
export function packTextsProblem(pack: PackFile, sha256?: Sha256): PackProblem | null {
  const documentSource = pack.sources.findIndex((s) => s.document !== undefined)
  if (pack.version === 1 && (pack.texts.length > 0 || documentSource >= 0)) {
    return { path: pack.texts.length > 0 ? 'texts' : `sources[${documentSource}].document`, reason: 'texts of imported documents need file format version 2' }
  }
  const used = new Set<string>()
  for (const [i, source] of pack.sources.entries()) {
    if (!source.document) continue
    if (source.units) return { path: `sources[${i}].units`, reason: 'a source has its own parts or an imported document’s text, not both' }
    used.add(source.document.textHash)
  }
  const given = new Set<string>()
  for (const [i, text] of pack.texts.entries()) {
    if (given.has(text.hash)) return { path: `texts[${i}].hash`, reason: 'this text is given twice' }
    given.add(text.hash)
    if (!used.has(text.hash)) return { path: `texts[${i}].hash`, reason: 'no source in the pack uses this text' }
    const problem = textProblem(text, i, sha256)
    if (problem) return problem
  }
  const without = pack.sources.findIndex((s) => s.document !== undefined && !given.has(s.document.textHash))
  if (without >= 0) return { path: `sources[${without}].document.textHash`, reason: 'the pack does not carry this document’s text' }
  return null
}

/** A document source's units by its text's hash: where the pack's cards cut from it are checked. */
export function packTextUnits(pack: PackFile): Map<string, PackDocumentText['units']> {
  return new Map(pack.texts.map((text) => [text.hash, text.units]))
}
