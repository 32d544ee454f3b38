/**
 * A brief as Markdown (CommonMark, with GFM's tables and strikethrough in mind).
 *
 * The user's own words (motion, tags, warrants, notes, cite lines) are escaped with backslashes
 * so they render as the text typed, never as emphasis, links, headings or HTML.
 *
 * Card text is the one exception: no backslash is added to it. It is written as a blockquote
 * ("> " before each of its lines, ">" alone for an empty line) with only HTML's three
 * characters as entities (&amp; &lt; &gt;): Markdown renderers pass raw HTML on, so a pack's
 * card holding "<svg onload=…>" would otherwise run script wherever the .md is shown. Strip
 * that one prefix from each line and decode those three, and the card text is there character
 * for character, which is also what a renderer shows (every one decodes entities; not every
 * one takes "\<" as an escape). The price: a Markdown viewer may style a card's asterisks.
 *
 * Markdown has no underline or highlight, so the card's marks are written as the HTML elements
 * <u>…</u>, <mark>…</mark> (with the colour as its title when not yellow), <b>…</b> for
 * stressed words and <small>…</small> for words not read aloud, which CommonMark passes through and viewers show (one that
 * strips HTML still shows the words). They cannot be confused with the card's own text, whose
 * "<" is always "&lt;"; each is closed at the end of a line, so no mark spans a paragraph. The
 * file's first line, an HTML comment, says so.
 */
import { BRIEF_WORDS, writeSection, type BriefCard, type BriefClaim, type BriefDocument } from './document'
import type { CiteSegment } from './cite'
import type { TextRun } from './runs'

/** The first line of every Markdown brief: how the card marks are written (a comment, so never shown). */
export const MARKDOWN_HEADER =
  '<!-- Casebook brief. In card text, underlined words are written <u>like this</u>, highlighted words <mark>like this</mark> (another colour than yellow: <mark title="cyan">like this</mark>), stressed words <b>like this</b> and words not read aloud <small>like this</small>. -->'

/** Characters that mean something anywhere in a line. */
const INLINE = /[\\`*_[\]<>#|~&]/g
/** What makes a block of a line's start: a list, a heading underline, a numbered list. */
const LINE_START = /^([ \t]*)(?:([-+=])|(\d{1,9})([.)]))/

/** One line of the user's text as literal Markdown. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(INLINE, '\\$&')
    .replace(LINE_START, (_all, space: string, mark?: string, digits?: string, dot?: string) =>
      mark ? `${space}\\${mark}` : `${space}${digits}\\${dot}`
    )
}

/** Text of several lines: each line escaped, leading spaces dropped (four would start a code block), breaks kept. */
function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((para) => para.split('\n').map((line) => escapeMarkdown(line.trimStart())).join('\\\n'))
    .filter((para) => para.trim() !== '')
    .join('\n\n')
}

function heading(level: number, text: string): string {
  // Markdown has six heading levels; deeper claims are bold lines.
  return level <= 6 ? `${'#'.repeat(level)} ${escapeMarkdown(text)}` : `**${escapeMarkdown(text)}**`
}

function cite(segments: readonly CiteSegment[]): string {
  return segments.map((s) => (s.emphasis && s.text.trim() ? `**${escapeMarkdown(s.text)}**` : escapeMarkdown(s.text))).join('')
}

const CARD_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

const cardEntities = (text: string) => text.replace(/[&<>]/g, (ch) => CARD_ENTITIES[ch]!)

/** Card text as a blockquote, HTML's three characters as entities: see the note at the top. */
export function quoteVerbatim(text: string): string {
  return quoteMarked([{ text, underline: false, highlight: false }])
}

/** Marked card text as a blockquote: underline as <u>, highlight as <mark>, emphasis as <b>, shrunk as <small>, each closed at a line's end. */
export function quoteMarked(runs: readonly TextRun[]): string {
  const lines = ['']
  for (const run of runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push('')
      if (piece === '') return
      let out = cardEntities(piece)
      if (run.emphasis) out = `<b>${out}</b>`
      if (run.underline) out = `<u>${out}</u>`
      if (run.shrunk) out = `<small>${out}</small>`
      // The colour is one of Word's names (letters only), so it needs no escaping.
      if (run.highlight) out = run.color ? `<mark title="${run.color}">${out}</mark>` : `<mark>${out}</mark>`
      lines[lines.length - 1] += out
    })
  }
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n')
}

function card(c: BriefCard, out: string[]): void {
  if (c.tag.trim()) out.push(`**${escapeMarkdown(c.tag)}**`)
  if (c.cite.length > 0) out.push(cite(c.cite))
  if (c.altered) out.push(`*${escapeMarkdown(BRIEF_WORDS.altered)}*`)
  if (c.paraphrase) out.push(`*${escapeMarkdown(BRIEF_WORDS.paraphrase)}*`)
  if (c.text) out.push(quoteMarked(c.text))
  if (c.note) out.push(`*${BRIEF_WORDS.notes}:* ${paragraphs(c.note)}`)
}

function claim(c: BriefClaim, headingLevel: number, title: string, out: string[]): void {
  out.push(heading(headingLevel, title))
  if (c.body.trim()) out.push(paragraphs(c.body))
  if (c.notes) out.push(`*${BRIEF_WORDS.notes}:* ${paragraphs(c.notes)}`)
  for (const each of c.cards) card(each, out)
  for (const child of c.children) claim(child, headingLevel + 1, child.tag, out)
}

function list(entries: readonly string[]): string {
  return entries.map((entry) => `- ${escapeMarkdown(entry)}`).join('\n')
}

export function renderMarkdown(doc: BriefDocument): string {
  const out: string[] = [MARKDOWN_HEADER]
  const { title } = doc
  out.push(`# ${escapeMarkdown(title.motion)}`)
  out.push(escapeMarkdown(`${title.format} · ${title.sideLabel}`))
  if (title.author.trim()) out.push(escapeMarkdown(`${BRIEF_WORDS.author} ${title.author}`))
  if (title.date.trim()) out.push(escapeMarkdown(title.date))
  out.push('---')
  for (const section of doc.sections) {
    writeSection(section, { heading: (level, text) => out.push(heading(level, text)), claim: (c, level, text) => claim(c, level, text, out) })
  }
  const { bibliography } = doc
  if (bibliography.entries.length > 0 || bibliography.legal.length > 0) {
    out.push(heading(1, bibliography.heading))
    if (bibliography.entries.length > 0) out.push(list(bibliography.entries))
    if (bibliography.legal.length > 0) {
      out.push(heading(2, BRIEF_WORDS.legal))
      out.push(list(bibliography.legal))
    }
  }
  return `${out.join('\n\n')}\n`
}
