/**
 * Reading a paste's marks from HTML as Word and Chrome put it on the clipboard. linkedom's
 * DOMParser stands in for the browser's (both give an inert document to walk).
 */
import fc from 'fast-check'
import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { marksAfterEdit, pastedMarks, type CardMark, type PastedDocument } from '../../../renderer/src/cards/paste-marks'
import { snapToSource } from '../../../renderer/src/cards/snap'

// linkedom builds no <html> and <body> around a bare fragment, as a browser does: they are added here.
const parse = (html: string) =>
  new DOMParser().parseFromString(/^\s*<html/i.test(html) ? html : `<html><body>${html}</body></html>`, 'text/html') as unknown as PastedDocument

/** The marked words, as "kind[:colour]=words", for readable expectations. */
function words(text: string, marks: readonly CardMark[]): string[] {
  return marks.map((m) => `${m.kind}${m.color ? `:${m.color}` : ''}=${text.slice(m.start, m.end)}`)
}

// As Word 365 puts a Verbatim card on the clipboard: a style sheet with its character styles, mso styles inline.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<style><!--
p.MsoNormal, li.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.StyleUnderline {mso-style-name:"Style Underline"; mso-style-priority:6; text-decoration:underline; text-underline:single;}
span.Style13ptBold {mso-style-name:"Style 13 pt Bold"; font-weight:bold;}
--></style></head>
<body lang=EN-US style='tab-interval:.5in'><!--StartFragment-->
<p class=MsoNormal>The people <span class=StyleUnderline><span style='background:yellow;mso-highlight:yellow'>may
withdraw</span> what they</span> <b><u>gave</u></b><span style='mso-spacerun:yes'>  </span>and <span
style='background:aqua;mso-highlight:aqua'>nothing more</span>.<o:p></o:p></p>
<!--EndFragment--></body></html>`

const WORD_PLAIN = 'The people may withdraw what they gave  and nothing more.\r\n'

// As Chrome on Windows copies a web page: every span with computed inline styles, white backgrounds included.
const CHROME_HTML = `<html>\n<body>\n<!--StartFragment--><p style="color: rgb(0, 0, 0); font-weight: 400; background-color: rgb(255, 255, 255); text-decoration: none;">A state <u>may not</u> secede; <strong>never</strong>, said <mark>the Court</mark>, <span style="text-decoration-line: underline; font-weight: 700;">ever</span> <span style="background-color: rgb(0, 255, 0);">again</span>.</p><ul><li>Second line</li></ul><!--EndFragment-->\n</body>\n</html>`

const CHROME_PLAIN = 'A state may not secede; never, said the Court, ever again.\n\nSecond line'

describe('marks of a pasted passage', () => {
  it('reads Word’s clipboard: its Underline style, bold, underline and mso highlights in their colours', () => {
    const { text, marks } = pastedMarks(parse(WORD_HTML), WORD_PLAIN)
    expect(text).toBe('The people may withdraw what they gave  and nothing more.\n')
    // The space between two underlined stretches is underlined with them.
    expect(words(text, marks)).toEqual(['highlight=may withdraw', 'underline=may withdraw what they gave', 'emphasis=gave', 'highlight:cyan=nothing more'])
  })

  it('reads a web page as Chrome copies it, and takes a white background as no highlight', () => {
    const { text, marks } = pastedMarks(parse(CHROME_HTML), CHROME_PLAIN)
    expect(text).toBe(CHROME_PLAIN)
    expect(words(text, marks)).toEqual(['underline=may not', 'emphasis=never', 'highlight=the Court', 'emphasis=ever', 'underline=ever', 'highlight:green=again'])
  })

  it('keeps the text exactly as a plain paste gives it, whatever the HTML holds', () => {
    const plain = 'Text\twith a tab,  two spaces, “quotes”, § 3 and 日本語\nand a second line'
    const html = '<p><b>Text</b> with a tab, two spaces, <u>“quotes”</u>, § 3 and 日本語</p><p>and a <i>second</i> line</p><p style="display:none">hidden</p>'
    const { text, marks } = pastedMarks(parse(html), plain)
    expect(text).toBe(plain)
    expect(words(text, marks)).toEqual(['emphasis=Text', 'underline=“quotes”'])
  })

  it('gives plain text with no marks from HTML that marks nothing, or that does not match it', () => {
    expect(pastedMarks(parse('<p>Nothing marked here</p>'), 'Nothing marked here').marks).toEqual([])
    expect(pastedMarks(parse('<p><u>Something else</u></p>'), 'Nothing alike')).toEqual({ text: 'Nothing alike', marks: [] })
  })

  it('never changes the text, and marks only inside it (property)', () => {
    const piece = fc.record({ text: fc.string({ maxLength: 12 }), tag: fc.constantFrom('u', 'b', 'mark', 'span', 'i') })
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
        const html = pieces.map((p) => `<${p.tag}>${escape(p.text)}</${p.tag}>`).join('')
        const plain = pieces.map((p) => p.text).join('')
        const { text, marks } = pastedMarks(parse(`<p>${html}</p>`), plain)
        expect(text).toBe(plain.replace(/\r\n?/g, '\n').replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : '')))
        for (const m of marks) expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true)
      })
    )
  })
})

describe('marks across an edit of the text', () => {
  it('move with the words after an edit, are cut by one inside them, and go when emptied', () => {
    const marks: CardMark[] = [
      { start: 0, end: 3, kind: 'underline' },
      { start: 4, end: 9, kind: 'highlight' },
      { start: 10, end: 15, kind: 'emphasis' }
    ]
    // "one two three four" → "one 2 three four": the highlight over "two t" loses "two".
    expect(marksAfterEdit('one two three four', 'one 2 three four', marks)).toEqual([
      { start: 0, end: 3, kind: 'underline' },
      { start: 4, end: 7, kind: 'highlight' },
      { start: 8, end: 13, kind: 'emphasis' }
    ])
    expect(marksAfterEdit('abc', '', marks.slice(0, 1))).toEqual([])
  })
})

describe('a pasted passage found in its source', () => {
  const units = [
    { id: 'p1', label: 'p. 1', text: 'Nothing here.' },
    { id: 'p2', label: 'p. 2', text: 'The court held that the Union\nis indissoluble,  and that was that.' }
  ]

  it('is cut from the exact place it stands, with its marks as they were', () => {
    const marks: CardMark[] = [{ start: 4, end: 9, kind: 'underline' }]
    expect(snapToSource(units, 'court held', marks)).toEqual({ unitId: 'p2', range: { start: 4, end: 14 }, text: 'court held', marks })
  })

  it('is found when only its spaces and line breaks differ, and takes the source’s text, its marks on the same words', () => {
    const text = 'the Union is indissoluble, and'
    const snapped = snapToSource(units, text, [
      { start: 4, end: 12, kind: 'underline' },
      { start: 13, end: 25, kind: 'highlight', color: 'cyan' }
    ])
    expect(snapped?.text).toBe('the Union\nis indissoluble,  and')
    expect(snapped?.range).toEqual({ start: 20, end: 51 })
    expect(words(snapped!.text, snapped!.marks)).toEqual(['underline=Union\nis', 'highlight:cyan=indissoluble'])
  })

  it('is not found when the words differ, or when it is only space', () => {
    expect(snapToSource(units, 'the Union is dissoluble', [])).toBeNull()
    expect(snapToSource(units, '  ', [])).toBeNull()
  })
})
