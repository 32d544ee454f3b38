/**
 * A brief as a Word document in Verbatim's own conventions (see verbatim-styles.ts), so a
 * Verbatim user's ribbon, navigation pane and macros treat it as one of their files: the side
 * is a Pocket (Heading 1), each contention and the blocks a Hat (Heading 2), the claims under
 * them and each block Blocks (Heading 3; Verbatim has no deeper level, so deeper claims stay
 * Blocks), and every card a Tag (Heading 4) paragraph, a cite paragraph with the author and
 * date in the Cite style, and its text: underlined words in the Underline style, stressed ones
 * in Emphasis, highlights in their colour, shrunk words small (and, when the brief asks, all
 * words not underlined). Verbatim's template, Debate.dotm, is named as the attached template.
 * A title page first, page numbers in the footer, the bibliography at the end.
 *
 * Everything between one Tag and the next is that card's text to a Verbatim reader, so an
 * altered card or a paraphrase says so at the end of its cite line, and a card's notes are a
 * Word comment on its tag, never text among the card's words.
 *
 * Card text goes into w:t runs unchanged, one paragraph per line. The only characters left
 * out are those XML 1.0 cannot hold at all (other control characters, unpaired surrogates),
 * which no valid .docx can contain.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild
} from 'docx'
import { BRIEF_WORDS, writeSection, type BriefCard, type BriefClaim, type BriefDocument } from './document'
import { DEFAULT_HIGHLIGHT, type TextRun as BriefRun } from './runs'
import { attachVerbatimTemplate } from './verbatim-template'
import { VERBATIM_STYLES, verbatimStylesXml } from './verbatim-styles'

/** Pocket, Hat, Block: Verbatim's three levels of structure above the cards. */
const STRUCTURE = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const

/** Shrunk words with no size asked for are printed at 8 pt, Verbatim's usual. */
const SHRUNK_POINTS = 8

/** Characters XML 1.0 forbids (a .docx cannot hold them, escaped or not). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '')
}

function run(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafe(text) })
}

/** A structural heading; the style itself breaks the page and keeps it with what follows. */
function heading(level: number, text: string): Paragraph {
  return new Paragraph({ heading: STRUCTURE[Math.min(Math.max(level, 1), 3) - 1], children: [run(text)] })
}

/** Text of several lines as paragraphs, one per line (Word has no line break inside a w:t). */
function lines(text: string, options: Omit<IRunOptions, 'text'> = {}): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: line ? [run(line, options)] : [] }))
}

type Highlight = NonNullable<IRunOptions['highlight']>

/** A run's marks in Verbatim's terms: Emphasis or Underline style, highlight colour, size when shrunk. */
function marksOf(r: BriefRun, shrinkUnreadTo: number | null): Omit<IRunOptions, 'text'> {
  const read = r.underline || r.emphasis === true
  const style = r.emphasis ? VERBATIM_STYLES.emphasis : r.underline ? VERBATIM_STYLES.underline : undefined
  const points = r.shrunk ? (shrinkUnreadTo ?? SHRUNK_POINTS) : read ? null : shrinkUnreadTo
  return {
    ...(style ? { style } : {}),
    // Emphasis looks underlined either way; a direct underline says the words are also marked read.
    ...(r.emphasis && r.underline ? { underline: {} } : {}),
    ...(r.highlight ? { highlight: (r.color ?? DEFAULT_HIGHLIGHT) as Highlight } : {}),
    ...(points ? { size: points * 2 } : {})
  }
}

/** Card text: its marked runs, cut into one paragraph per line, marks kept on each piece. */
function cardText(runs: readonly BriefRun[], shrinkUnreadTo: number | null): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let children: TextRun[] = []
  const close = () => {
    paragraphs.push(new Paragraph({ children }))
    children = []
  }
  for (const r of runs) {
    const marks = marksOf(r, shrinkUnreadTo)
    r.text.split('\n').forEach((piece, index) => {
      if (index > 0) close()
      if (piece) children.push(run(piece, marks))
    })
  }
  close()
  return paragraphs
}

/** What the writer gathers besides paragraphs: the Word comments holding card notes. */
interface Writing {
  out: Paragraph[]
  comments: ICommentOptions[]
  shrinkUnreadTo: number | null
}

/** The tag's words, with the card's notes as a Word comment on them when there are notes. */
function tagChildren(c: BriefCard, w: Writing): ParagraphChild[] {
  if (!c.note) return [run(c.tag)]
  const id = w.comments.length
  w.comments.push({ id, author: 'Casebook', initials: 'CB', children: lines(`${BRIEF_WORDS.notes}: ${c.note}`) })
  return [new CommentRangeStart(id), run(c.tag), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]
}

function card(c: BriefCard, w: Writing): void {
  // Every card is a Tag, even one with no tag of its own, so a reader never joins it to the card before.
  w.out.push(new Paragraph({ heading: HeadingLevel.HEADING_4, children: tagChildren(c, w) }))
  const marks = [c.altered ? BRIEF_WORDS.altered : '', c.paraphrase ? BRIEF_WORDS.paraphrase : ''].filter(Boolean)
  // The paragraph after a Tag is its cite, to Verbatim: written even when empty, so card text never takes its place.
  // A cite line with no author and date to lead with (a card's own, "Undated leaflet") is Cite throughout, so Verbatim still sees a cite.
  const lead = c.cite.some((s) => s.emphasis)
  const cite = c.cite.map((s) => run(s.text, s.emphasis || !lead ? { style: VERBATIM_STYLES.cite } : {}))
  const said = marks.map((mark, index) => run(`${index > 0 || cite.length > 0 ? ' ' : ''}[${mark}]`, { italics: true }))
  w.out.push(new Paragraph({ keepNext: c.text !== null, children: [...cite, ...said] }))
  if (c.text) w.out.push(...cardText(c.text, w.shrinkUnreadTo))
}

function claim(c: BriefClaim, level: number, title: string, w: Writing): void {
  w.out.push(heading(level, title))
  if (c.body.trim()) w.out.push(...lines(c.body))
  if (c.notes) w.out.push(...lines(`${BRIEF_WORDS.notes}: ${c.notes}`, { italics: true }))
  for (const each of c.cards) card(each, w)
  for (const child of c.children) claim(child, level + 1, child.tag, w)
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

function body(doc: BriefDocument, w: Writing): void {
  const { out } = w
  for (const section of doc.sections) {
    // A side's section is a Pocket, its contentions and "Blocks" Hats: writeSection's levels 1 and 2.
    writeSection(section, { heading: (level, text) => out.push(heading(level, text)), claim: (c, level, text) => claim(c, level, text, w) })
  }
  const { bibliography } = doc
  if (bibliography.entries.length > 0 || bibliography.legal.length > 0) {
    out.push(heading(1, bibliography.heading))
    // Hanging indent, as every one of the three styles sets its list.
    const entry = (text: string) => new Paragraph({ indent: { left: 720, hanging: 720 }, spacing: { after: 120 }, children: [run(text)] })
    out.push(...bibliography.entries.map(entry))
    if (bibliography.legal.length > 0) {
      out.push(heading(2, BRIEF_WORDS.legal))
      out.push(...bibliography.legal.map(entry))
    }
  }
}

/** Builds the document (docx's object model); `renderDocx` packs it. */
export function briefDocx(doc: BriefDocument): Document {
  const w: Writing = { out: titlePage(doc), comments: [], shrinkUnreadTo: doc.options.shrinkUnreadTo }
  body(doc, w)
  return new Document({
    creator: doc.title.author.trim() ? xmlSafe(doc.title.author) : 'Casebook',
    title: xmlSafe(`${doc.title.motion} (${doc.title.sideLabel})`),
    externalStyles: verbatimStylesXml(),
    ...(w.comments.length > 0 ? { comments: { children: w.comments } } : {}),
    sections: [
      {
        // titlePage: the first page has its own (empty) footer, so the title page shows no number.
        properties: { titlePage: true },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }),
          first: new Footer({ children: [] })
        },
        children: w.out
      }
    ]
  })
}

/** The brief as the bytes of a .docx file, with Verbatim's template attached. */
export async function renderDocx(doc: BriefDocument): Promise<Uint8Array> {
  const blob = await Packer.toBuffer(briefDocx(doc))
  return attachVerbatimTemplate(new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength))
}
