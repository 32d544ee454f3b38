/**
 * A brief as one self-contained HTML page: inline CSS, no scripts, no external resources (its
 * own Content-Security-Policy forbids both, so even a slip in escaping could run nothing). Every
 * piece of the user's text is HTML-escaped. Card text keeps its line breaks (pre-wrap), so the
 * page's text content holds each card exactly. Print CSS: letter pages with the page number
 * at the foot, the title page on its own, and headings, tags and cites kept with what follows.
 */
import { BRIEF_WORDS, writeSection, type BriefCard, type BriefClaim, type BriefDocument } from './document'
import type { CiteSegment } from './cite'
import type { TextRun } from './runs'
import { BRIEF_CSS } from './css'

export { BRIEF_CSS } from './css'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' }

/** Text as HTML that shows exactly that text. A carriage return is written as a reference, since the parser would turn a raw one into "\n". */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ENTITIES[c] as string)
}

function heading(level: number, text: string, out: string[]): void {
  const tag = `h${Math.min(level, 6)}`
  out.push(`<${tag}>${escapeHtml(text)}</${tag}>`)
}

function cite(segments: readonly CiteSegment[]): string {
  return segments.map((s) => (s.emphasis ? `<strong>${escapeHtml(s.text)}</strong>` : escapeHtml(s.text))).join('')
}

/** A run of card text with its marks as elements; in a shrinking brief, words not underlined are `unread` (made small). */
function run(r: TextRun, shrinking: boolean): string {
  let html = escapeHtml(r.text)
  if (r.emphasis) html = `<strong class="emphasis">${html}</strong>`
  // The colour is one of Word's names (letters only): safe as a class.
  if (r.highlight) html = r.color ? `<mark class="hl-${r.color}">${html}</mark>` : `<mark>${html}</mark>`
  if (r.underline) html = `<u>${html}</u>`
  if (r.shrunk) html = `<small class="shrunk">${html}</small>`
  else if (shrinking && !r.underline && !r.emphasis) html = `<span class="unread">${html}</span>`
  return html
}

function card(c: BriefCard, shrink: number | null, out: string[]): void {
  out.push('<div class="card"><div class="card-head">')
  if (c.tag.trim()) out.push(`<p class="tag">${escapeHtml(c.tag)}</p>`)
  if (c.cite.length > 0) out.push(`<p class="cite">${cite(c.cite)}</p>`)
  out.push('</div>')
  if (c.altered) out.push(`<p class="altered">${escapeHtml(BRIEF_WORDS.altered)}</p>`)
  if (c.paraphrase) out.push(`<p class="altered">${escapeHtml(BRIEF_WORDS.paraphrase)}</p>`)
  // No whitespace inside .text: it is pre-wrap, and its text content must be the card's.
  if (c.text) out.push(`<p class="${shrink === null ? 'text' : `text shrink-${shrink}`}">${c.text.map((r) => run(r, shrink !== null)).join('')}</p>`)
  if (c.note) out.push(`<p class="notes">${escapeHtml(`${BRIEF_WORDS.notes}: ${c.note}`)}</p>`)
  out.push('</div>')
}

function claim(c: BriefClaim, level: number, title: string, shrink: number | null, out: string[]): void {
  out.push(`<section class="claim" id="claim-${escapeHtml(c.id)}">`)
  heading(level, title, out)
  if (c.body.trim()) out.push(`<p class="body">${escapeHtml(c.body)}</p>`)
  if (c.notes) out.push(`<p class="notes">${escapeHtml(`${BRIEF_WORDS.notes}: ${c.notes}`)}</p>`)
  for (const each of c.cards) card(each, shrink, out)
  for (const child of c.children) claim(child, level + 1, child.tag, shrink, out)
  out.push('</section>')
}

/** The page's body content, without the document around it: for an in-app preview. */
export function renderHtmlBody(doc: BriefDocument): string {
  const out: string[] = []
  const { title } = doc
  out.push('<section class="title-page">')
  out.push(`<h1>${escapeHtml(title.motion)}</h1>`)
  out.push(`<p class="format">${escapeHtml(title.format)}</p>`)
  out.push(`<p class="side-label">${escapeHtml(title.sideLabel)}</p>`)
  if (title.author.trim()) out.push(`<p class="author">${escapeHtml(`${BRIEF_WORDS.author} ${title.author}`)}</p>`)
  if (title.date.trim()) out.push(`<p class="date">${escapeHtml(title.date)}</p>`)
  out.push('</section>')
  for (const section of doc.sections) {
    out.push(`<section class="side side-${section.side}">`)
    writeSection(section, {
      heading: (level, text) => heading(level, text, out),
      claim: (c, level, text) => claim(c, level, text, doc.options.shrinkUnreadTo, out),
      block: (write) => {
        out.push('<section class="block">')
        write()
        out.push('</section>')
      }
    })
    out.push('</section>')
  }
  const { bibliography } = doc
  if (bibliography.entries.length > 0 || bibliography.legal.length > 0) {
    out.push('<section class="side bibliography">')
    heading(1, bibliography.heading, out)
    for (const entry of bibliography.entries) out.push(`<p>${escapeHtml(entry)}</p>`)
    if (bibliography.legal.length > 0) {
      heading(2, BRIEF_WORDS.legal, out)
      for (const entry of bibliography.legal) out.push(`<p>${escapeHtml(entry)}</p>`)
    }
    out.push('</section>')
  }
  return out.join('\n')
}

export function renderHtml(doc: BriefDocument): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // No scripts, no fetches: the page is its own whole content.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${doc.title.motion} (${doc.title.sideLabel})`)}</title>`,
    `<style>${BRIEF_CSS}</style>`,
    '</head>',
    '<body>',
    renderHtmlBody(doc),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}
