/**
 * Reads a Word file in Verbatim's conventions: Pocket, Hat and Block (Heading 1 to 3, or any
 * style at those outline levels) are the file's structure; each Tag (Heading 4 level) opens an
 * entry. A Tag followed by a cite line, or by text carrying reading marks, is a card: the
 * paragraph after the tag is its cite when it starts bold or in the Cite style (or one of the
 * next two, after note lines, when it opens with a cite head), the rest its text. A Tag with neither (or in the "Analytic" style) is an analytic: a claim or note, with
 * any plain text under it as its note. Pure: bytes in, plain data out.
 */
import { ApiError } from '../errors'
import { openDocx } from '../documents/docx-package'
import type { VerbatimCounts } from './summary'
import type { Mark } from './marks'
import { bodyParagraphs, type Paragraph } from './paragraphs'
import { readStyles } from './styles'
import { opensWithCiteHead } from './cite'
import { MAX_CITE_LINE } from '../model/source'

export type { Mark }

export interface VerbatimCard {
  kind: 'card'
  tag: string
  /** The cite line exactly as the file gives it; "" when the card has none. */
  cite: string
  text: string
  marks: Mark[]
  /** Text under the tag that is not the card (Verbatim's "Undertag"). */
  note: string
  /** The Pocket, Hat and Block texts above the card, outermost first (absent levels left out). */
  path: string[]
}

export interface VerbatimAnalytic {
  kind: 'analytic'
  tag: string
  note: string
  path: string[]
}

export type VerbatimEntry = VerbatimCard | VerbatimAnalytic

export interface VerbatimHeading {
  /** 0 Pocket, 1 Hat, 2 Block. */
  level: 0 | 1 | 2
  text: string
  path: string[]
  entries: VerbatimEntry[]
}

export interface VerbatimFile {
  title: string
  /** Every Pocket, Hat and Block in file order; entries above the first heading sit in a heading of level -1 kept apart. */
  headings: VerbatimHeading[]
  /** Tags that come before any Pocket, Hat or Block. */
  loose: VerbatimEntry[]
  counts: VerbatimCounts
  warnings: string[]
}

const PARTS = new Set(['word/document.xml', 'word/styles.xml', 'docProps/core.xml', '[Content_Types].xml'])
const UNDERTAG = /undertag/i
const ANALYTIC = /analytic/i

/** Reads `bytes` as a Verbatim file; throws an ApiError naming the file when it is not a Word file or has no Verbatim tags. */
export function readVerbatim(bytes: Uint8Array, fileName: string): VerbatimFile {
  const what = `"${fileName}"`
  const docx = openDocx(bytes, what, (name) => PARTS.has(name))
  if (!docx.has('[Content_Types].xml')) throw new ApiError('invalid_input', `${what} is a zip file but not a Word document (it has no [Content_Types].xml)`)
  const document = docx.text('word/document.xml')
  if (document === null) throw new ApiError('invalid_input', `${what} is a zip file but not a Word document (it has no word/document.xml)`)
  const sheet = readStyles(docx.xml('word/styles.xml'))
  let paragraphs: Paragraph[]
  try {
    paragraphs = bodyParagraphs(document, sheet)
  } catch (error) {
    throw new ApiError('invalid_input', `${what}: its text (word/document.xml) could not be read (${error instanceof Error ? error.message : String(error)})`)
  }
  if (!paragraphs.some((p) => p.level === 3)) {
    throw new ApiError('invalid_input', `${what} has no Verbatim tags found (no Heading 4 paragraphs): it looks like an ordinary Word document, not a Verbatim file. Import it as a document instead.`)
  }
  const file = structure(paragraphs)
  // Verbatim's template leaves "Verbatim" (or nothing) as every file's title: the first Pocket says more.
  const core = coreTitle(docx.xml('docProps/core.xml')).trim()
  const title = file.headings.find((h) => h.level === 0)?.text || (/^(verbatim.*)?$/i.test(core) ? '' : core) || fileName.replace(/\.docx$/i, '')
  const hasVerbatimStyles = [...sheet.byId.values()].some((s) => /^(cite|style 13 pt bold|underline|style ?underline|emphasis|pocket|hat|block|tag)$/i.test(s.name))
  if (!hasVerbatimStyles) file.warnings.unshift(`${what} has none of Verbatim's styles (Cite, Underline, Emphasis): read by its headings and direct formatting`)
  return { ...file, title: title.trim() }
}

function structure(paragraphs: Paragraph[]): Omit<VerbatimFile, 'title'> {
  const headings: VerbatimHeading[] = []
  const loose: VerbatimEntry[] = []
  const counts: VerbatimCounts = { pockets: 0, hats: 0, blocks: 0, cards: 0, analytics: 0 }
  const warnings: string[] = []
  const path: Array<string | null> = [null, null, null]
  let i = 0
  while (i < paragraphs.length) {
    const p = paragraphs[i] as Paragraph
    if (p.level !== null && p.level < 3) {
      const level = p.level as 0 | 1 | 2
      path[level] = p.text.trim()
      for (let deeper = level + 1; deeper < 3; deeper++) path[deeper] = null
      if (level === 0) counts.pockets++
      else if (level === 1) counts.hats++
      else counts.blocks++
      headings.push({ level, text: p.text.trim(), path: present(path.slice(0, level)), entries: [] })
      i++
      continue
    }
    if (p.level === 3) {
      let end = i + 1
      while (end < paragraphs.length && (paragraphs[end] as Paragraph).level === null) end++
      const entry = readEntry(p, paragraphs.slice(i + 1, end), present(path))
      if (entry.kind === 'card') counts.cards++
      else counts.analytics++
      const owner = headings[headings.length - 1]
      if (owner) owner.entries.push(entry)
      else loose.push(entry)
      i = end
      continue
    }
    i++
  }
  if (counts.pockets === 0) warnings.push('The file has no Pocket (Heading 1): its Hats and Blocks are read as its top level')
  return { headings, loose, counts, warnings }
}

function present(path: Array<string | null>): string[] {
  return path.filter((part): part is string => part !== null && part !== '')
}

function readEntry(tag: Paragraph, under: Paragraph[], path: string[]): VerbatimEntry {
  const tagText = tag.text.trim()
  const notes = under.filter((p) => p.styleNames.some((name) => UNDERTAG.test(name)))
  const paragraphs = under.filter((p) => !notes.includes(p))
  const rest = paragraphs.filter((p) => p.text.trim() !== '')
  const analyticStyle = tag.styleNames.some((name) => ANALYTIC.test(name))
  const at = citeIndex(rest)
  const citeLine = at >= 0 ? (rest[at] as Paragraph) : undefined
  // A line before the cite ("*HR leadership internal") is a note on the card, not its text.
  const before = at > 0 ? rest.slice(0, at) : []
  const note = [...notes, ...before].map((p) => p.text.trim()).filter(Boolean).join('\n')
  // A card that is only its cite (its title highlighted as the words read) quotes the cite line.
  const body = citeLine !== undefined && at === rest.length - 1 ? [citeLine] : inner(paragraphs.slice(citeLine === undefined ? 0 : paragraphs.indexOf(citeLine) + 1))
  const marked = body.some((p) => p.marks.some((m) => m.kind === 'underline' || m.kind === 'highlight' || m.kind === 'emphasis'))
  const cited = citeLine !== undefined && at < rest.length - 1 && YEAR.test(citeLine.text.slice(0, 200))
  if (analyticStyle || !(marked || cited)) {
    const text = [...notes.map((p) => p.text.trim()), ...rest.map((p) => p.text.trim())].filter(Boolean).join('\n')
    return { kind: 'analytic', tag: tagText, note: text, path }
  }
  const { text, marks } = joinParagraphs(body)
  return { kind: 'card', tag: tagText, cite: citeLine ? citeLine.text.trim() : '', text, marks, note, path }
}

/** The paragraphs without the empty ones before and after: an empty line inside a card is part of its text. */
function inner(paragraphs: Paragraph[]): Paragraph[] {
  const first = paragraphs.findIndex((p) => p.text.trim() !== '')
  const last = paragraphs.findLastIndex((p) => p.text.trim() !== '')
  return first < 0 ? [] : paragraphs.slice(first, last + 1)
}

/** Cites come right after the tag, or after a line or two of notes. */
const CITE_REACH = 3

/**
 * Which of the first paragraphs under a tag is its cite, or -1: the first in the Cite style or
 * bold near its start (the first one always, a later one only when it opens with a cite head),
 * else the first plainly opening with one ("Hal Brands et al. 16, …") in no style at all.
 */
function citeIndex(rest: Paragraph[]): number {
  const reach = rest.slice(0, CITE_REACH)
  const styled = reach.findIndex((p, i) => isCiteLine(p) && (i === 0 || opensWithCiteHead(p.text)))
  if (styled >= 0) return styled
  return reach.findIndex((p) => p.text.length <= MAX_CITE_LINE && opensWithCiteHead(p.text))
}

/** A cite line: not too long, with bold text or Verbatim's Cite style near its start ("Alexis N. Walker 14"). */
function isCiteLine(p: Paragraph): boolean {
  return p.text.length <= MAX_CITE_LINE && p.firstBold >= 0 && p.firstBold <= 80
}

/** A year as cites give it: "19", "2019", "'19", "3-20-20". */
const YEAR = /(^|[^0-9])(\d{2}|\d{4})([^0-9]|$)/

/** The card's paragraphs as one text, a line break between paragraphs; marks shifted to match. */
function joinParagraphs(body: Paragraph[]): { text: string; marks: Mark[] } {
  let text = ''
  const marks: Mark[] = []
  for (const p of body) {
    if (text !== '') text += '\n'
    const offset = text.length
    text += p.text
    for (const mark of p.marks) marks.push({ ...mark, start: mark.start + offset, end: mark.end + offset })
  }
  return { text, marks }
}

function coreTitle(core: ReturnType<ReturnType<typeof openDocx>['xml']>): string {
  const root = core?.documentElement
  if (!root) return ''
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as unknown as { localName: string }).localName === 'title') return node.textContent ?? ''
  }
  return ''
}
