/**
 * Small Verbatim-style Word files for tests and benchmarks, written with the docx library the
 * way Verbatim's template lays them out: Pocket, Hat, Block, Tag on Heading 1 to 4; the cite's
 * head in the "Cite" character style; card text in "Underline" and "Emphasis", highlighted in a
 * colour, and unread text shrunk to 8 pt. So tests need no file from ../shared.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'

export type GeneratedRun = { text: string; mark?: 'underline' | 'emphasis' | 'shrunk' | 'plain'; highlight?: 'yellow' | 'cyan' | 'green' }

export type GeneratedItem =
  | { kind: 'pocket' | 'hat' | 'block'; text: string }
  | { kind: 'card'; tag: string; citeHead?: string; citeRest?: string; runs: GeneratedRun[] }
  | { kind: 'analytic'; tag: string; note?: string }

const LEVELS = { pocket: HeadingLevel.HEADING_1, hat: HeadingLevel.HEADING_2, block: HeadingLevel.HEADING_3 } as const

function run({ text, mark = 'plain', highlight }: GeneratedRun): TextRun {
  const style = mark === 'underline' ? 'StyleUnderline' : mark === 'emphasis' ? 'Emphasis' : undefined
  return new TextRun({ text, ...(style ? { style } : {}), ...(mark === 'shrunk' ? { size: 16 } : {}), ...(highlight ? { highlight } : {}) })
}

export async function verbatimDocx(items: readonly GeneratedItem[]): Promise<Uint8Array> {
  const children: Paragraph[] = []
  for (const item of items) {
    if (item.kind === 'card') {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun(item.tag)] }))
      if (item.citeHead) children.push(new Paragraph({ children: [new TextRun({ text: item.citeHead, style: 'Style13ptBold' }), new TextRun(item.citeRest ?? '')] }))
      children.push(new Paragraph({ children: item.runs.map(run) }))
    } else if (item.kind === 'analytic') {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun(item.tag)] }))
      if (item.note) children.push(new Paragraph({ children: [new TextRun(item.note)] }))
    } else {
      children.push(new Paragraph({ heading: LEVELS[item.kind], children: [new TextRun(item.text)] }))
    }
  }
  const document = new Document({
    styles: {
      default: { document: { run: { size: 22 } } },
      characterStyles: [
        { id: 'Style13ptBold', name: 'Style 13 pt Bold', basedOn: 'DefaultParagraphFont', run: { bold: true, size: 26 } },
        { id: 'StyleUnderline', name: 'Style Underline', basedOn: 'DefaultParagraphFont', run: { underline: { type: 'single' }, size: 22 } },
        { id: 'Emphasis', name: 'Emphasis', basedOn: 'DefaultParagraphFont', run: { bold: true, underline: { type: 'single' }, size: 22 } }
      ]
    },
    sections: [{ children }]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/** A file of `count` cards under blocks of ten, each card marked like a real one. */
export function manyCards(count: number): GeneratedItem[] {
  const items: GeneratedItem[] = [{ kind: 'pocket', text: '1NC' }, { kind: 'hat', text: 'Off-case' }]
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) items.push({ kind: 'block', text: `Block ${i / 10 + 1}` })
    items.push({
      kind: 'card',
      tag: `Card ${i + 1}: the plan causes the harm it claims to solve`,
      citeHead: `Author${i} 19`,
      citeRest: `, Professor of Law at a University, "Title number ${i}," Law Review, 5/3/2019, https://example.org/${i}`,
      runs: Array.from({ length: 12 }, (_, j): GeneratedRun => ({
        text: `sentence ${j} of card ${i} with several words in it. `,
        mark: (['shrunk', 'underline', 'emphasis', 'underline'] as const)[j % 4],
        ...(j % 3 === 1 ? { highlight: 'cyan' as const } : {})
      }))
    })
  }
  return items
}

/** A team's 1AC: pocket, hat, two blocks, a card with every mark, an analytic, and a card whose cite cannot be parsed. */
export const AFF: GeneratedItem[] = [
  { kind: 'pocket', text: '1AC' },
  { kind: 'hat', text: 'Yemen' },
  { kind: 'block', text: 'Harms' },
  {
    kind: 'card',
    tag: '233,000 will die by the end of 2019',
    citeHead: 'Bazzi 19',
    citeRest: ', journalism professor at New York University, "Trump wants to sell more weapons to Saudi Arabia," The Guardian, 6/8/2019, https://www.theguardian.com/x',
    runs: [
      { text: 'On the Friday before Memorial Day, ', mark: 'shrunk' },
      { text: 'the administration announced', mark: 'underline', highlight: 'yellow' },
      { text: ' that it would ' },
      { text: 'circumvent Congress', mark: 'emphasis', highlight: 'cyan' }
    ]
  },
  { kind: 'analytic', tag: 'Extend the impact: no other advocate solves', note: 'Say this in the 2AC' },
  { kind: 'block', text: 'Solvency' },
  { kind: 'card', tag: 'The plan solves', citeHead: 'Unknown Writer', citeRest: ' somewhere online', runs: [{ text: 'An arms embargo ', mark: 'underline' }, { text: 'would signal disapproval.' }] }
]
