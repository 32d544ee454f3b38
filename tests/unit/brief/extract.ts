/**
 * The text a reader would get out of each format, taken the way an outside tool takes it (unzip
 * and the XML for DOCX, the markup with tags dropped for HTML, pdftotext for PDF), so the
 * exactness tests check the files themselves rather than the renderers' inputs.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the entities HTML and XML writers use: named basics and numeric references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return String.fromCodePoint(code)
    }
    return NAMED[name.toLowerCase()] ?? all
  })
}

/** The HTML's text content: the body's tags dropped, entities decoded (the head, with its CSS, left out). */
export function htmlText(html: string): string {
  const body = html.slice(html.indexOf('<body>'), html.lastIndexOf('</body>'))
  return decodeEntities(body.replace(/<[^>]*>/g, ''))
}

/**
 * The Markdown with its blockquotes opened: one "> " (or ">") taken off the start of each
 * line, the <u>, <mark>, <b> and <small> elements of the marks taken out, and the entities card
 * text is written with decoded, as a Markdown renderer shows them.
 */
export function markdownUnquoted(markdown: string): string {
  return decodeEntities(markdown.replace(/^> ?/gm, '').replace(/<\/?(?:u|mark|b|small)(?: title="[a-zA-Z]+")?>/g, ''))
}

/** The .docx's body as text: each w:p's w:t runs joined, paragraphs joined with "\n". */
export function docxText(bytes: Uint8Array): string {
  return docxParagraphs(docxPart(bytes, 'word/document.xml')).join('\n')
}

export function docxParagraphs(xml: string): string[] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []
  return paragraphs.map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => decodeEntities(m[1] as string)).join(''))
}

/** A file inside a .docx, as text. */
export function docxPart(bytes: Uint8Array, part: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-docx-'))
  try {
    const file = join(dir, 'brief.docx')
    writeFileSync(file, bytes)
    return execFileSync('/usr/bin/unzip', ['-p', file, part], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * pdftotext's reading of a PDF in the order the text was drawn (`-raw`), page breaks as form
 * feeds. Its default reading order guesses columns from where glyphs sit, so with one font
 * installed or another (CJK fonts have other widths) it can move a run of text elsewhere.
 */
export function pdfText(file: string): string {
  return execFileSync('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8')
}

/** Every page of a PDF drawn as pixels (PPM, 50 dpi) by pdftoppm, to compare what two PDFs show. */
export function pdfPixels(file: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-pixels-'))
  try {
    execFileSync('/usr/bin/pdftoppm', ['-r', '50', file, join(dir, 'page')])
    return Buffer.concat(readdirSync(dir).sort().map((page) => readFileSync(join(dir, page))))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The font families installed that can draw Japanese, as fontconfig lists them. */
export function japaneseFonts(): string[] {
  return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).split('\n').filter(Boolean)
}

/**
 * PDF text and card text made comparable. Only what printing does to text is undone: lines
 * holding just a page number (the footer) are dropped, then all whitespace goes, since line
 * wrapping adds breaks (between any two CJK characters too) and pdftotext drops spaces between
 * symbols; and both are put in NFC, since a base letter with a combining accent is drawn as one
 * glyph that reads back as the composed letter.
 */
export function comparablePdfText(text: string): string {
  return text
    .replace(/^\s*\d+\s*$/gm, '')
    .replace(/\s+/g, '')
    .normalize('NFC')
}
