/**
 * Which imported documents' texts a pack carries: those of its document sources, as many as fit
 * in the pack's limits (the smallest first, so the most sources stay readable). A text that does
 * not fit is refused by name, unless the teacher chose to leave such texts out: then its source
 * goes as its citation only, and its cards keep their exact text without a place in it.
 */
import type { DocumentText } from '../documents/extracted'
import { ApiError } from '../errors'
import type { Source } from '../model/source'
import { PACK_LIMITS, type PackDocumentText, type PackFile } from './format'

export interface LeftOutText {
  sourceId: string
  title: string
  /** Why: the text is larger than room is left for, or it could not be read from the data folder. */
  why: 'too-large' | 'unreadable'
  bytes: number
}

const encoder = new TextEncoder()
const utf8Bytes = (text: string) => encoder.encode(text).length
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** What a text adds to the pack file as packExportFile writes it: indented two levels, one separator. */
function entryBytes(entry: PackDocumentText): number {
  const alone = JSON.stringify(entry, null, 2)
  const lines = alone.split('\n').length
  return utf8Bytes(alone) + 4 * lines + 2
}

const characters = (text: DocumentText) => text.units.reduce((sum, unit) => sum + unit.text.length, 0)

/**
 * The texts the pack's document sources need, and the sources whose text does not go: it does
 * not fit within PACK_LIMITS beside the rest of the pack (`baseBytes`), or `texts` lacks it.
 */
export function chooseTexts(
  sources: readonly Source[],
  texts: ReadonlyMap<string, DocumentText>,
  baseBytes: number
): { carried: PackDocumentText[]; leftOut: LeftOutText[] } {
  const leftOut: LeftOutText[] = []
  const candidates = new Map<string, { entry: PackDocumentText; bytes: number; sources: Source[]; characters: number }>()
  for (const source of sources) {
    const hash = source.document?.textHash
    if (hash === undefined) continue
    const known = candidates.get(hash)
    if (known) {
      known.sources.push(source)
      continue
    }
    const text = texts.get(hash)
    if (!text) {
      leftOut.push({ sourceId: source.id, title: source.title, why: 'unreadable', bytes: 0 })
      continue
    }
    const entry = { hash, units: text.units }
    candidates.set(hash, { entry, bytes: entryBytes(entry), sources: [source], characters: characters(text) })
  }
  const carried: PackDocumentText[] = []
  // "[]" becomes "[\n … \n  ]" once the list holds a text.
  let room = PACK_LIMITS.bytes - baseBytes - 4
  for (const candidate of [...candidates.values()].sort((a, b) => a.bytes - b.bytes)) {
    if (candidate.bytes <= room && candidate.characters <= PACK_LIMITS.textCharacters && carried.length < PACK_LIMITS.texts) {
      carried.push(candidate.entry)
      room -= candidate.bytes
    } else {
      for (const source of candidate.sources) leftOut.push({ sourceId: source.id, title: source.title, why: 'too-large', bytes: candidate.bytes })
    }
  }
  // The pack lists its texts in the order of their sources, whatever order they were chosen in.
  const order = new Map(sources.map((s, i) => [s.document?.textHash, i]))
  carried.sort((a, b) => (order.get(a.hash) ?? 0) - (order.get(b.hash) ?? 0))
  return { carried, leftOut }
}

/** The refusal when texts do not fit (or cannot be read) and the teacher has not chosen to leave them out: plain words, the texts named. */
export function textsDoNotFit(leftOut: readonly LeftOutText[]): ApiError {
  const list = (names: string[]) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`)
  const textOf = (n: number) => (n === 1 ? 'The text of' : 'The texts of')
  const large = leftOut.filter((t) => t.why === 'too-large')
  const unreadable = leftOut.filter((t) => t.why === 'unreadable')
  const problems = [
    large.length > 0 && `${textOf(large.length)} ${list(large.map((t) => `“${t.title}” (${megabytes(t.bytes)})`))} ${large.length === 1 ? 'does' : 'do'} not fit in the pack (a pack may be at most ${megabytes(PACK_LIMITS.bytes)}).`,
    unreadable.length > 0 && `${textOf(unreadable.length)} ${list(unreadable.map((t) => `“${t.title}”`))} cannot be read from the data folder (missing or damaged).`
  ].filter(Boolean)
  const one = leftOut.length === 1
  return new ApiError(
    'invalid_input',
    `${problems.join(' ')} Leave ${one ? 'it' : 'them'} out, and ${one ? 'its source goes' : 'their sources go'} as citation only: the cards keep their exact text, but cannot be checked against the document.`,
    'leaveOutTextsThatDoNotFit'
  )
}

/** The pack without the left-out texts: their sources lose their document, their cards their place in it. */
export function withoutTexts(pack: PackFile, leftOutPackIds: ReadonlySet<string>): PackFile {
  if (leftOutPackIds.size === 0) return pack
  return {
    ...pack,
    sources: pack.sources.map((source) => {
      if (!leftOutPackIds.has(source.id)) return source
      const { document: _document, ...citation } = source
      return citation
    }),
    quotes: pack.quotes.map((quote) => (leftOutPackIds.has(quote.sourceId) ? { ...quote, unitId: null, range: null } : quote))
  }
}
