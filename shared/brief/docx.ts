/**
 * A brief as a Word document, in the conventions debaters know from Verbatim: the side is
 * Heading 1 (Verbatim's "pocket"), contentions and the blocks are Heading 2 ("hats"), each
 * block and sub-claim a level further down, so Word's navigation pane is the brief's outline.
 * A card is its tag in bold, a one-line cite with the author and date in bold, and its text
 * with the underlined and highlighted stretches kept (highlight: Word's yellow). A title page
 * first, page numbers in the footer, the bibliography at the end.
 *
 * Card text goes into w:t runs unchanged, one paragraph per line. The only characters left
 * out are those XML 1.0 cannot hold at all (other control characters, unpaired surrogates),
 * which no valid .docx can contain.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions
} from 'docx'
import { BRIEF_WORDS, writeSection, type BriefCard, type BriefClaim, type BriefDocument } from './document'
import type { TextRun as BriefRun } from './runs'

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6
] as const

/** Characters XML 1.0 forbids (a .docx cannot hold them, escaped or not). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '')
}

function run(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafe(text) })
}

function heading(level: number, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: HEADINGS[Math.min(level, 6) - 1], keepNext: true, pageBreakBefore, children: [run(text)] })
}

/** Text of several lines as paragraphs, one per line (Word has no line break inside a w:t). */
function lines(text: string, options: Omit<IRunOptions, 'text'> = {}): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: line ? [run(line, options)] : [] }))
}

/** Card text: its marked runs, cut into one paragraph per line, marks kept on each piece. */
function cardText(runs: readonly BriefRun[]): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let children: TextRun[] = []
  const close = () => {
    paragraphs.push(new Paragraph({ children }))
    children = []
  }
  for (const r of runs) {
    const marks: Omit<IRunOptions, 'text'> = {
      ...(r.underline ? { underline: {} } : {}),
      ...(r.highlight ? { highlight: 'yellow' as const } : {})
    }
    r.text.split('\n').forEach((piece, index) => {
      if (index > 0) close()
      if (piece) children.push(run(piece, marks))
    })
  }
  close()
  return paragraphs
}

function card(c: BriefCard, out: Paragraph[]): void {
  // Tag, cite and the alteration mark keep with what follows, so a tag never ends a page alone.
  if (c.tag.trim()) out.push(new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [run(c.tag, { bold: true })] }))
  if (c.cite.length > 0) {
    out.push(new Paragraph({ keepNext: c.text !== null, children: c.cite.map((s) => run(s.text, s.emphasis ? { bold: true } : {})) }))
  }
  for (const mark of [c.altered ? BRIEF_WORDS.altered : '', c.paraphrase ? BRIEF_WORDS.paraphrase : '']) {
    if (mark) out.push(new Paragraph({ keepNext: true, children: [run(mark, { italics: true })] }))
  }
  if (c.text) out.push(...cardText(c.text))
  if (c.note) out.push(...lines(`${BRIEF_WORDS.notes}: ${c.note}`, { italics: true }))
}

function claim(c: BriefClaim, level: number, title: string, out: Paragraph[]): void {
  out.push(heading(level, title))
  if (c.body.trim()) out.push(...lines(c.body))
  if (c.notes) out.push(...lines(`${BRIEF_WORDS.notes}: ${c.notes}`, { italics: true }))
  for (const each of c.cards) card(each, out)
  for (const child of c.children) claim(child, level + 1, child.tag, out)
}

function titlePage(doc: BriefDocument): Paragraph[] {
  const { title } = doc
  const centred = (text: string, options: Omit<IRunOptions, 'text'>, before = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 120 }, children: [run(text, options)] })
  const out = [
    centred(title.motion, { bold: true, size: 48 }, 2880),
    centred(title.format, { size: 28 }),
    centred(title.sideLabel, { bold: true, size: 36 }, 240)
  ]
  if (title.author.trim()) out.push(centred(`${BRIEF_WORDS.author} ${title.author}`, { size: 28 }, 480))
  if (title.date.trim()) out.push(centred(title.date, { size: 28 }))
  return out
}

function body(doc: BriefDocument): Paragraph[] {
  const out: Paragraph[] = []
  for (const section of doc.sections) {
    // Each side starts a new page.
    writeSection(section, { heading: (level, text) => out.push(heading(level, text, level === 1)), claim: (c, level, text) => claim(c, level, text, out) })
  }
  const { bibliography } = doc
  if (bibliography.entries.length > 0 || bibliography.legal.length > 0) {
    out.push(heading(1, bibliography.heading, true))
    // Hanging indent, as every one of the three styles sets its list.
    const entry = (text: string) => new Paragraph({ indent: { left: 720, hanging: 720 }, spacing: { after: 120 }, children: [run(text)] })
    out.push(...bibliography.entries.map(entry))
    if (bibliography.legal.length > 0) {
      out.push(heading(2, BRIEF_WORDS.legal))
      out.push(...bibliography.legal.map(entry))
    }
  }
  return out
}

const FONT = 'Calibri'

/** Builds the document (docx's object model); `renderDocx` packs it. */
export function briefDocx(doc: BriefDocument): Document {
  const size = (points: number) => ({ run: { font: FONT, size: points * 2, bold: true }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } })
  return new Document({
    creator: doc.title.author.trim() ? xmlSafe(doc.title.author) : 'Casebook',
    title: xmlSafe(`${doc.title.motion} (${doc.title.sideLabel})`),
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 60 } } },
        heading1: size(20),
        heading2: size(16),
        heading3: size(14),
        heading4: size(13),
        heading5: size(12),
        heading6: size(11)
      }
    },
    sections: [
      {
        // titlePage: the first page has its own (empty) footer, so the title page shows no number.
        properties: { titlePage: true },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
          first: new Footer({ children: [] })
        },
        children: [...titlePage(doc), ...body(doc)]
      }
    ]
  })
}

/** The brief as the bytes of a .docx file. */
export async function renderDocx(doc: BriefDocument): Promise<Uint8Array> {
  const blob = await Packer.toBuffer(briefDocx(doc))
  return new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength)
}
