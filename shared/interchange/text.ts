/**
 * The parts Kialo and Argdown import share: reading a file's bytes as plain text within a size
 * limit, refusing with the line at fault, and cutting a long entry into a tag and its full text.
 */
import { utf8Length } from '../citations/text'
import { ApiError } from '../errors'
import { utf8FileText } from './file-bytes'
import { plainText } from '../model/text'

export const DEFAULT_MAX_IMPORT_BYTES = 20 * 1024 * 1024
/** More claims than the outline is built for; a bigger discussion should be split. */
export const MAX_IMPORT_CLAIMS = 20_000
export const MAX_TITLE_CHARS = 300
export const MAX_TEXT_CHARS = 20_000

export interface ImportOptions {
  /** Files bigger than this are refused before any parsing; 20 MB unless given. */
  maxBytes?: number
}

export function refuse(message: string, path = ''): never {
  throw new ApiError('invalid_input', message, path)
}

/** Refuses naming a line of the file, as "Line 12: …" with the path "line 12". */
export function refuseAtLine(line: number, message: string): never {
  refuse(`Line ${line}: ${message}`, `line ${line}`)
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}

/**
 * The file as plain text: refused when its UTF-8 size is over the limit (counted before
 * anything is decoded or parsed), when binary or not UTF-8 (file-bytes.ts), or when empty. A leading byte-order mark goes,
 * line endings become "\n", and control characters other than line breaks and tabs are removed.
 */
export function readImportText(input: string | Uint8Array, what: string, options: ImportOptions = {}): string {
  const limit = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES
  const bytes = typeof input === 'string' ? utf8Length(input) : input.byteLength
  if (bytes > limit) {
    refuse(`The ${what} file is ${size(bytes)}; at most ${size(limit)} can be imported at once.`)
  }
  let text = typeof input === 'string' ? input : utf8FileText(input, what)
  text = plainText(text).replace(/^\uFEFF/, '')
  if (!text.trim()) refuse(`The ${what} file is empty.`)
  return text
}

/** The text on one line: each line break (with the spaces around it) and tab becomes a space. */
export function oneLine(text: string): string {
  // One match per run of spaces: a pattern such as \s*\n tries every start inside a long run.
  return text.replace(/\s+/g, (spaces) => (/[\r\n]/.test(spaces) ? ' ' : spaces.replace(/\t/g, ' '))).trim()
}

/**
 * The text cut to `max` characters at a word boundary where there is one, with an ellipsis.
 * Characters are counted as the model's schemas count them (code points, so "𐀀" is one), and a
 * cut never splits one in two.
 */
export function clip(text: string, max: number): string {
  // A string's UTF-16 length is never below its count of code points: most texts stop here.
  if (text.length <= max) return text
  const characters = [...text]
  if (characters.length <= max) return text
  const kept = characters.slice(0, max - 1)
  const space = kept.lastIndexOf(' ')
  return `${(space > max / 2 ? kept.slice(0, space) : kept).join('').trimEnd()}…`
}

// A sentence ends at ".", "!" or "?" (and closing quotes or brackets) before a space; the first
// 20 characters are skipped so that "U.S. Const." or "Dr. Smith" does not end a title early.
const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s)/g

/** Abbreviations that take a full stop mid-sentence, and single letters ("J. Smith", "U.S."). */
const ABBREVIATION = /(?:^|[\s(["'“‘])(?:[A-Za-z]|(?:[A-Za-z]\.)+[A-Za-z]|e\.g|i\.e|cf|vs|viz|approx|ca|al|Dr|Mr|Mrs|Ms|Prof|St|No|Nos|Vol|p|pp|ch|sec|Art|Fig|Inc|Ltd|Co|Jr|Sr|Gen|Gov|Sen|Rep|Mt)$/i

/** Whether the stop found at `index` ends a sentence: not after an abbreviation, not before a lower-case word or a number. */
function endsSentence(line: string, index: number, stop: string): boolean {
  const next = line.slice(index + stop.length).trimStart()[0] ?? ''
  if (/[\p{Ll}\d]/u.test(next)) return false
  if (stop[0] !== '.') return true
  // Only the last few characters can hold an abbreviation; looking further costs time on long lines.
  return !ABBREVIATION.test(line.slice(Math.max(0, index - 12), index))
}

/**
 * An entry as a claim: a short one-line entry is the title alone; a longer or multi-line one
 * gets its first sentence (cut to fit) as the title and keeps the full text as the body.
 */
export function splitTitle(text: string): { title: string; body: string } {
  const full = text.trim()
  if (!full) return { title: '(no text)', body: '' }
  if (!full.includes('\n') && full.length <= MAX_TITLE_CHARS) return { title: oneLine(full), body: '' }
  const firstLine = oneLine(full.split('\n').find((line) => line.trim()) ?? full)
  let end: RegExpExecArray | null
  SENTENCE_END.lastIndex = 20
  while ((end = SENTENCE_END.exec(firstLine)) && !endsSentence(firstLine, end.index, end[0])) {
    // "e.g. most", "approx. 40", "U.S. courts": a stop that is not a sentence's end.
  }
  const sentence = end ? firstLine.slice(0, end.index + end[0].length) : firstLine
  return { title: clip(sentence, MAX_TITLE_CHARS), body: full }
}
