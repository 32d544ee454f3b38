/**
 * A Kialo discussion export (.txt) as an ImportedMotion. The export looks like:
 *
 *     Discussion Title: Should cities ban cars?
 *
 *     1. Cities should ban cars from their centres.
 *     1.1. Pro: Cars pollute the air.[1]
 *     1.1.1. Con: Electric cars do not.
 *     and a second line of the same claim
 *     1.2. Con: -> See 1.1.1.
 *
 *     Sources:
 *     [1] https://example.org/air-quality
 *
 * The thesis ("1.") is the motion; "1.x." entries are its contentions and deeper ones nest by
 * number. Lines that are not numbered entries continue the entry above them. Nothing in the
 * text is interpreted as markup: HTML stays as the characters it is.
 */
import { finishImport, type ImportedClaim, type ImportedMotion } from './imported-motion'
import { type ImportOptions, oneLine, readImportText, refuseAtLine, splitTitle } from './text'

// Every pattern below runs on untrusted text, so no two of its parts can match the same
// characters (a run of spaces ends where the text starts with a non-space) and the text runs
// to the end of the line with [^]*, never ".", which stops at U+2028/U+2029: otherwise one
// line of spaces makes the engine try every way of sharing them out, and the app stops.
const TITLE_LINE = /^Discussion Title:[ \t]*([^ \t][^]*)?$/i
const THESIS_LINE = /^1\.(?:[ \t]+([^ \t][^]*)?)?$/
/** A claim: two or more numbers ("1.2."), then "Pro:" or "Con:" (or some other label). */
const ENTRY_LINE = /^(1\.(?:\d+\.)+)(?:[ \t]+(?:([A-Za-z][\w -]{0,20}):[ \t]*)?([^ \t][^]*)?)?$/
const LINK_TEXT = /^->[ \t]*See[ \t]+((?:\d+\.)+)\s*$/i
const SOURCES_LINE = /^Sources:\s*$/i
const SOURCE_ENTRY = /^(?:\[(\d+)\]:?|(\d+)[.)])[ \t]*([^ \t][^]*)?$/
const CITATION = /\[(\d+)\]/g
/** A marker with the spaces before it; the look-behind starts a match only where a run of spaces starts. */
const CITATION_IN_TEXT = /(?<![ \t])[ \t]*\[\d+\]/g

interface Entry {
  number: string
  line: number
  stance: 'pro' | 'con'
  lines: string[]
}

function parentNumber(number: string): string {
  return number.slice(0, number.slice(0, -1).lastIndexOf('.') + 1)
}

/** Reads the "Sources:" list: "[1] text", "[1]: text" or "1. text", continuation lines joined. */
function readSources(lines: string[]): Map<string, string> {
  const sources = new Map<string, string>()
  let last: string | null = null
  for (const line of lines) {
    const match = SOURCE_ENTRY.exec(line.trim())
    if (match) {
      last = match[1] ?? match[2]
      sources.set(last, (match[3] ?? '').trim())
    } else if (line.trim() && last !== null) {
      sources.set(last, `${sources.get(last)} ${line.trim()}`.trim())
    }
  }
  return sources
}

/** Reads a Kialo export; throws ApiError('invalid_input') naming the line when it cannot. */
export function parseKialo(input: string | Uint8Array, options: ImportOptions = {}): ImportedMotion {
  const lines = readImportText(input, 'Kialo', options).split('\n')
  const warnings: string[] = []

  const first = lines.findIndex((line) => line.trim())
  const titleMatch = TITLE_LINE.exec(lines[first].trim())
  if (!titleMatch) {
    refuseAtLine(first + 1, 'this is not a Kialo export: it has no "Discussion Title:" line at the top.')
  }
  const discussionTitle = oneLine(titleMatch[1] ?? '')

  // The source list is the last "Sources:" line with no numbered claim after it, so that a
  // claim whose own text says "Sources:" is not cut short.
  let end = lines.length
  for (let index = lines.length - 1; index > first; index--) {
    if (ENTRY_LINE.test(lines[index])) break
    if (SOURCES_LINE.test(lines[index].trim())) {
      end = index
      break
    }
  }
  const sources = readSources(lines.slice(end + 1))

  let thesis: { lines: string[] } | null = null
  const entries: Entry[] = []
  const byNumber = new Map<string, Entry>()
  let current: { lines: string[] } | null = null
  for (let index = first + 1; index < end; index++) {
    const line = lines[index]
    const lineNumber = index + 1
    if (!thesis) {
      if (!line.trim()) continue
      const match = THESIS_LINE.exec(line.trim())
      if (!match) {
        refuseAtLine(lineNumber, `expected the thesis, numbered "1.", but found "${oneLine(line).slice(0, 60)}".`)
      }
      thesis = { lines: [match[1] ?? ''] }
      current = thesis
      continue
    }
    const match = ENTRY_LINE.exec(line)
    if (!match) {
      current?.lines.push(line)
      continue
    }
    const [, number, label = '', text = ''] = match
    const earlier = byNumber.get(number)
    if (earlier) refuseAtLine(lineNumber, `claim ${number} appears twice (first on line ${earlier.line}).`)
    const parent = parentNumber(number)
    if (parent !== '1.' && !byNumber.has(parent)) {
      refuseAtLine(lineNumber, `claim ${number} has no parent: there is no claim ${parent} before it.`)
    }
    const kind = label.toLowerCase()
    const known = kind === 'pro' || kind === 'con'
    if (!known) {
      const marked = label ? `is marked "${label}"` : 'has no "Pro:" or "Con:"'
      warnings.push(`Line ${lineNumber}: claim ${number} ${marked}; imported as a Pro.`)
    }
    // An unknown label ("Thesis:", or a colon in the text itself) stays part of the text.
    const opening = known || !label ? text : `${label}: ${text}`
    const entry: Entry = { number, line: lineNumber, stance: kind === 'con' ? 'con' : 'pro', lines: [opening] }
    entries.push(entry)
    byNumber.set(number, entry)
    current = entry
  }
  if (!thesis) refuseAtLine(lines.length, 'the export has no thesis (a line numbered "1.").')

  const rawText = (entry: { lines: string[] }) => entry.lines.join('\n').trim()

  /**
   * The text of the claim a "-> See" link stands for, through links to links; null when not in
   * the file (or the links go round). Every claim walked remembers the answer, so a chain of
   * 20,000 links to links is walked once, not once from each of its links.
   */
  const targets = new Map<string, string | null>()
  const linkTarget = (number: string): string | null => {
    const walked = new Set<string>()
    let found: string | null = null
    for (let target = number; ; ) {
      const known = targets.get(target)
      if (known !== undefined) {
        found = known
        break
      }
      if (target === '1.') {
        found = rawText(thesis)
        break
      }
      const entry = byNumber.get(target)
      if (!entry || walked.has(target)) break
      walked.add(target)
      const next = LINK_TEXT.exec(rawText(entry))
      if (!next) {
        found = rawText(entry)
        break
      }
      target = next[1]
    }
    for (const step of walked) targets.set(step, found)
    return found
  }

  const unknownMarkers = new Set<string>()
  /**
   * An entry's title and body. "[n]" markers are left out of the title; the body keeps the
   * text with its markers and lists the sources they stand for, "[1] https://…".
   */
  const cited = (text: string): { title: string; body: string } => {
    const lines: string[] = []
    for (const [, n] of text.matchAll(CITATION)) {
      const source = sources.get(n)
      if (source === undefined) unknownMarkers.add(n)
      else if (!lines.includes(`[${n}] ${source}`)) lines.push(`[${n}] ${source}`)
    }
    const { title, body } = splitTitle(text.replace(CITATION_IN_TEXT, ''))
    if (!/\[\d+\]/.test(text)) return { title, body }
    return { title, body: lines.length ? `${text}\n\nSources:\n${lines.join('\n')}` : text }
  }
  const thesisText = cited(rawText(thesis))

  const claims: ImportedClaim[] = entries.map((entry) => {
    const text = rawText(entry)
    const parent = parentNumber(entry.number)
    const base = { key: entry.number, parentKey: parent === '1.' ? null : parent, stance: entry.stance }
    const link = LINK_TEXT.exec(text)
    if (link) {
      // A link becomes a claim of its own here, titled like the claim it points to, with a body
      // saying where that claim is; the claim's responses stay with the original only.
      const target = linkTarget(link[1])
      if (target === null) {
        warnings.push(`Line ${entry.line}: claim ${entry.number} links to ${link[1]}, which is not in the file.`)
        const body = `See: claim ${link[1]} of the Kialo discussion (not in this file)`
        return { ...base, title: `See ${link[1]}`, body }
      }
      const title = splitTitle(target.replace(CITATION_IN_TEXT, '')).title
      return { ...base, title, body: `See: ${title}` }
    }
    return { ...base, ...cited(text) }
  })

  if (unknownMarkers.size > 0) {
    const list = [...unknownMarkers].map((n) => `[${n}]`).join(', ')
    warnings.push(`Citation markers with no entry in the Sources list were kept as they are: ${list}.`)
  }
  const description = [
    thesisText.body,
    discussionTitle && discussionTitle !== thesisText.title ? `Kialo discussion: ${discussionTitle}` : ''
  ]
  return finishImport(
    {
      title: thesisText.title,
      description: description.filter(Boolean).join('\n\n'),
      claims,
      sources: [...sources.values()],
      warnings
    },
    'Kialo'
  )
}
