/**
 * The "Sources:" list at the end of a Kialo export. Each entry is a number and a reference
 * (mostly a URL), and in current exports often a quoted excerpt on the lines below it:
 *
 *     [8] https://www.example.org/article
 *     "That's substantially less than they typically receive …"
 *
 * An excerpt may run over several lines and paragraphs; it is kept exactly as written, less the
 * quotation marks around it. Lines that are not quoted continue the reference (older exports
 * wrap long references).
 */
import { unescapeMarkdown } from './kialo-text'

export interface KialoSource {
  number: string
  /** The reference as a reader sees it (Markdown escapes resolved). */
  reference: string
  /** The reference when it is a web address, else "". */
  url: string
  /** The quoted excerpt, exactly as in the file, without its quotation marks; null when none. */
  excerpt: string | null
  /** The entry's line in the file, for messages. */
  line: number
}

const SOURCE_ENTRY = /^(?:\[(\d{1,6})\]:?|(\d{1,6})[.)])(?:[ \t]+([^ \t][^]*)?)?$/
const WEB_ADDRESS = /^https?:\/\/\S+$/i

/** Whether a block of lines opens a quotation it has not closed yet. */
function quoteOpen(block: readonly string[]): boolean {
  const text = block.join('\n').trim()
  return text.startsWith('"') && (text.length < 2 || !text.endsWith('"'))
}

function finish(number: string, line: number, opening: string, block: string[]): KialoSource {
  let first = 0
  let last = block.length - 1
  while (first <= last && !block[first].trim()) first++
  while (last >= first && !block[last].trim()) last--
  const lines = block.slice(first, last + 1)
  const quoted = lines.join('\n')
  let reference = opening
  let excerpt: string | null = null
  const start = quoted.indexOf('"')
  const end = quoted.lastIndexOf('"')
  if (lines.length > 0 && !quoted.slice(0, start).trim() && !quoted.slice(end + 1).trim() && end > start) {
    excerpt = quoted.slice(start + 1, end)
  } else if (lines.length > 0) {
    reference = [opening, ...lines.map((l) => l.trim())].join(' ').trim()
  }
  reference = unescapeMarkdown(reference)
  return { number, reference, url: WEB_ADDRESS.test(reference) ? reference : '', excerpt, line }
}

/** The entries of the list, given its lines (those after "Sources:") and the file line of the first. */
export function readKialoSources(lines: readonly string[], firstLine: number): KialoSource[] {
  const sources: KialoSource[] = []
  let current: { number: string; line: number; opening: string } | null = null
  let block: string[] = []
  lines.forEach((line, index) => {
    const match = SOURCE_ENTRY.exec(line.trim())
    const number = match ? (match[1] ?? match[2]) : null
    // Inside an excerpt not yet closed, only the next number in sequence starts a new entry, so
    // a quoted passage that itself has a line such as "[2] …" stays whole.
    const starts = number !== null && (!current || !quoteOpen(block) || Number(number) === Number(current.number) + 1)
    if (starts && match) {
      if (current) sources.push(finish(current.number, current.line, current.opening, block))
      current = { number: number!, line: firstLine + index, opening: (match[3] ?? '').trim() }
      block = []
    } else if (current) {
      block.push(line)
    }
  })
  if (current) {
    const last: { number: string; line: number; opening: string } = current
    sources.push(finish(last.number, last.line, last.opening, block))
  }
  return sources
}
