/**
 * A Kialo discussion export (.txt) as an ImportedMotion. Kialo has written two layouts. The
 * older puts each entry on one line:
 *
 *     Discussion Title: Should cities ban cars?
 *
 *     1. Cities should ban cars from their centres.
 *     1.1. Pro: Cars pollute the air.
 *     1.1.1. Con: Electric cars do not.
 *     1.2. Con: -> See 1.1.1.
 *
 * The current one (mostly with Windows line ends) gives the title, the thesis and each entry's
 * text on the lines below their headers, indents entries by depth, and ends with the sources
 * that the texts' "[n]" markers cite, often with a quoted excerpt:
 *
 *     Discussion Name:
 *     Should cities ban cars?
 *
 *     1. Thesis:
 *     Cities should ban cars from their centres.
 *
 *       1.1. Pro:
 *       Cars pollute the air [1].
 *
 *     Sources:
 *     [1] https://example.org/air
 *     "Road transport is the largest source of …"
 *
 * The thesis is the motion; "1.x." entries are its contentions and deeper ones nest by number.
 * A "-> See 1.2." entry is Kialo showing a claim in a second place: it becomes a see-also link
 * from the claim it answers to the claim it shows, never a copy. Nothing in the text is read
 * as markup but Kialo's own Markdown (links, backslash escapes, markers); HTML stays as text.
 */
import { finishImport, type ImportedClaim, type ImportedMotion, type ImportedReference, type SkippedEntry } from './imported-motion'
import { readKialoSources, type KialoSource } from './kialo-sources'
import { readKialoText } from './kialo-text'
import { MAX_SEE_ALSO } from '../operations/see-also'
import { type ImportOptions, oneLine, readImportText, refuseAtLine, splitTitle } from './text'

// Every pattern below runs on untrusted text, so no two of its parts can match the same
// characters (a run of spaces ends where the text starts with a non-space) and the text runs
// to the end of the line with [^]*, never ".", which stops at U+2028/U+2029: otherwise one
// line of spaces makes the engine try every way of sharing them out, and the app stops.
const TITLE_LINE = /^Discussion (Title|Name):[ \t]*([^ \t][^]*)?$/i
/** The thesis: "1. text" (older layout) or "1. Thesis:" with the text below (current). */
const THESIS_LINE = /^1\.(?:[ \t]+(?:Thesis:[ \t]*)?([^ \t][^]*)?)?$/i
/** An entry: indentation, two or more numbers ("1.2."), then "Pro:" or "Con:" (or some other label), then text. */
const ENTRY_LINE = /^([ \t]*)(1\.(?:\d+\.)+)(?:[ \t]+(?:([A-Za-z][\w -]{0,20}):[ \t]*)?([^ \t][^]*)?)?$/
const LINK_TEXT = /^->[ \t]*See[ \t]+((?:\d+\.)+)\s*$/i
const SOURCES_LINE = /^Sources:[ \t]*$/i

interface Entry {
  number: string
  line: number
  stance: 'pro' | 'con'
  /** The header's indentation, which the current layout also gives the text's lines. */
  indent: string
  lines: string[]
}

function parentNumber(number: string): string {
  return number.slice(0, number.slice(0, -1).lastIndexOf('.') + 1)
}

/** The text of an entry: its lines less the header's indentation, blank lines around trimmed. */
function rawText(entry: { indent: string; lines: string[] }): string {
  const strip = (line: string) => (entry.indent && line.startsWith(entry.indent) ? line.slice(entry.indent.length) : line)
  return entry.lines.map(strip).join('\n').trim()
}

/**
 * Where the Sources list starts: in the current layout an unindented "Sources:" line (entry
 * texts are indented there); in the older, the last "Sources:" line with no entry after it,
 * so that a claim whose own text says "Sources:" is not cut short.
 */
function sourcesLine(lines: readonly string[], first: number, current: boolean): number {
  if (current) {
    for (let index = first; index < lines.length; index++) if (SOURCES_LINE.test(lines[index])) return index
    return lines.length
  }
  for (let index = lines.length - 1; index > first; index--) {
    if (ENTRY_LINE.test(lines[index])) break
    if (SOURCES_LINE.test(lines[index].trim())) return index
  }
  return lines.length
}

/** Reads a Kialo export; throws ApiError('invalid_input') naming the line when it cannot. */
export function parseKialo(input: string | Uint8Array, options: ImportOptions = {}): ImportedMotion {
  const lines = readImportText(input, 'Kialo', options).split('\n')
  const warnings: string[] = []
  const skipped: SkippedEntry[] = []

  const first = lines.findIndex((line) => line.trim())
  const titleMatch = TITLE_LINE.exec(lines[first].trim())
  if (!titleMatch) {
    refuseAtLine(first + 1, 'this is not a Kialo export: it has no "Discussion Title:" or "Discussion Name:" line at the top.')
  }
  const current = titleMatch[1].toLowerCase() === 'name'
  let start = first + 1
  let discussionTitle = oneLine(titleMatch[2] ?? '')
  if (!discussionTitle && current) {
    // "Discussion Name:" alone: the title is the next line with text.
    while (start < lines.length && !lines[start].trim()) start++
    if (start < lines.length && !THESIS_LINE.test(lines[start].trim())) discussionTitle = oneLine(lines[start++])
  }

  const end = sourcesLine(lines, start, current)
  const sources = new Map<string, KialoSource>()
  for (const source of readKialoSources(lines.slice(end + 1), end + 2)) {
    if (sources.has(source.number)) warnings.push(`Line ${source.line}: source [${source.number}] is listed twice; the later one is kept.`)
    sources.set(source.number, source)
  }

  let thesis: { indent: string; lines: string[] } | null = null
  const entries: Entry[] = []
  const byNumber = new Map<string, Entry>()
  let open: { lines: string[] } | null = null
  for (let index = start; index < end; index++) {
    const line = lines[index]
    const lineNumber = index + 1
    if (!thesis) {
      if (!line.trim()) continue
      const match = THESIS_LINE.exec(line.trim())
      if (!match) {
        refuseAtLine(lineNumber, `expected the thesis, numbered "1.", but found "${oneLine(line).slice(0, 60)}".`)
      }
      thesis = { indent: '', lines: [match[1] ?? ''] }
      open = thesis
      continue
    }
    const match = ENTRY_LINE.exec(line)
    if (!match) {
      open?.lines.push(line)
      continue
    }
    const [, indent, number, label = '', text = ''] = match
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
    const entry: Entry = { number, line: lineNumber, stance: kind === 'con' ? 'con' : 'pro', indent, lines: [opening] }
    entries.push(entry)
    byNumber.set(number, entry)
    open = entry
  }
  if (!thesis) refuseAtLine(lines.length, 'the export has no thesis (a line numbered "1.").')

  // Each entry's text, read once: links, link targets and claims all ask for it.
  const texts = new Map(entries.map((entry) => [entry.number, rawText(entry)]))
  const linkOf = (number: string): string | null => {
    const text = texts.get(number)
    return text === undefined ? null : (LINK_TEXT.exec(text)?.[1] ?? null)
  }
  /**
   * The claim a "-> See" link shows, through links to links: its number, or why there is none.
   * Every link walked remembers the answer, so a chain of 20,000 links to links is walked once.
   */
  const targets = new Map<string, { number: string } | { missing: string }>()
  const linkTarget = (number: string): { number: string } | { missing: string } => {
    const walked = new Set<string>()
    let found: { number: string } | { missing: string } | undefined
    for (let target = number; found === undefined; ) {
      const known = targets.get(target)
      const next = linkOf(target)
      if (known) found = known
      else if (target === '1.') found = { missing: 'the thesis itself, which is the motion here' }
      else if (!byNumber.has(target)) found = { missing: `${target}, which is not in the file` }
      else if (walked.has(target)) found = { missing: `${target}, through links that go round in a circle` }
      else if (next === null) found = { number: target }
      else {
        walked.add(target)
        target = next
      }
    }
    for (const step of walked) targets.set(step, found)
    return found
  }

  const unknownMarkers = new Set<string>()
  /**
   * An entry's title and body. The title is the text as read, without "[n]" markers; a text
   * with markers or links keeps them in the body, followed by the links and the sources cited.
   */
  const textOf = (raw: string): { title: string; body: string; cites: string[] } => {
    const text = readKialoText(raw)
    const split = splitTitle(text.unmarked)
    const cites = text.markers.filter((n) => {
      if (!sources.has(n)) unknownMarkers.add(n)
      return sources.has(n)
    })
    if (text.markers.length === 0 && text.links.length === 0) return { ...split, cites }
    const parts = [text.plain.trim()]
    if (text.links.length > 0) {
      parts.push(`Links:\n${text.links.map((link) => (link.text === link.url ? link.url : `${oneLine(link.text)}: ${link.url}`)).join('\n')}`)
    }
    if (cites.length > 0) parts.push(`Sources:\n${cites.map((n) => `[${n}] ${sources.get(n)?.reference}`).join('\n')}`)
    return { title: split.title, body: parts.join('\n\n'), cites }
  }
  const thesisText = textOf(rawText(thesis))

  // Links become see-also links of the claim they answer; a link with responses of its own
  // (Kialo never writes one) stays a claim so that its responses keep their place.
  const hasResponses = new Set(entries.map((e) => parentNumber(e.number)))
  const seeAlso = new Map<string, string[]>()
  const linkClaims = new Set<string>()
  for (const entry of entries) {
    const link = linkOf(entry.number)
    if (link === null) continue
    const where = `Line ${entry.line}: claim ${entry.number}`
    const target = linkTarget(entry.number)
    const parent = parentNumber(entry.number)
    if (hasResponses.has(entry.number)) {
      linkClaims.add(entry.number)
      warnings.push(`${where} links to ${link} and has responses of its own, so it is kept as a claim.`)
    } else if ('missing' in target) {
      skipped.push({ entry: where, reason: `it links to ${target.missing}.` })
    } else if (parent === '1.') {
      skipped.push({ entry: where, reason: `it links the thesis to ${target.number}; a motion holds no see-also links.` })
    } else if (!(seeAlso.get(parent) ?? []).includes(target.number)) {
      seeAlso.set(parent, [...(seeAlso.get(parent) ?? []), target.number])
    }
  }

  const claims: ImportedClaim[] = []
  for (const entry of entries) {
    const parent = parentNumber(entry.number)
    const base = { key: entry.number, parentKey: parent === '1.' ? null : parent, stance: entry.stance }
    const links = seeAlso.get(entry.number)
    if (linkClaims.has(entry.number)) {
      const target = linkTarget(entry.number)
      const shown = 'number' in target ? textOf(texts.get(target.number) as string).title : linkOf(entry.number)
      const seeAlsoKeys = [...('number' in target ? [target.number] : []), ...(links ?? [])]
      claims.push({ ...base, title: `See: ${shown}`, body: '', ...(seeAlsoKeys.length ? { seeAlso: seeAlsoKeys } : {}) })
      continue
    }
    if (linkOf(entry.number) !== null) continue
    const { title, body, cites } = textOf(texts.get(entry.number) as string)
    claims.push({ ...base, title, body, ...(links ? { seeAlso: links } : {}), ...(cites.length ? { cites } : {}) })
  }
  // A claim may name more links than a claim holds; the rest are named rather than lost silently.
  for (const claim of claims) {
    if ((claim.seeAlso?.length ?? 0) > MAX_SEE_ALSO) {
      warnings.push(`Claim ${claim.key} links to ${claim.seeAlso?.length} other claims; the first ${MAX_SEE_ALSO} are kept.`)
    }
  }

  if (unknownMarkers.size > 0) {
    const list = [...unknownMarkers].map((n) => `[${n}]`).join(', ')
    warnings.push(`Citation markers with no entry in the Sources list were kept as they are: ${list}.`)
  }
  const references: ImportedReference[] = [...sources.values()].map((s) => ({
    key: s.number,
    title: s.reference,
    url: s.url,
    excerpt: s.excerpt
  }))
  const description = [
    thesisText.body,
    discussionTitle && discussionTitle !== thesisText.title ? `Kialo discussion: ${discussionTitle}` : ''
  ]
  return finishImport(
    {
      title: thesisText.title,
      description: description.filter(Boolean).join('\n\n'),
      claims,
      sources: references.map((r) => r.title),
      references,
      skipped,
      warnings
    },
    'Kialo'
  )
}
