/**
 * Plain text and Markdown: paragraphs kept exactly as the file has them (a card must be found
 * in the stored text character for character), headings naming the paragraphs beneath them,
 * and a Markdown file's front matter read as its title, authors and date.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isHeadingUnit } from '../../../shared/documents/paragraph-units'
import { extractText } from '../../../shared/documents/text'
import { readerContents } from '../../../shared/sources/contents'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const markdown = (text: string) => extractText(utf8(text), 'notes.md', 'markdown')
const plain = (text: string) => extractText(utf8(text), 'notes.txt', 'text')

describe('plain text', () => {
  it('keeps every paragraph exactly, line breaks and spacing included (property)', () => {
    const line = fc.string({ minLength: 1, maxLength: 60 }).filter((text) => !/[\n\r\uFEFF\p{Cc}]/u.test(text) && text.trim() === text && text.length > 0)
    const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'))
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const document = plain(paragraphs.join('\n\n'))
        expect(document.units.map((unit) => unit.text)).toEqual(paragraphs)
      })
    )
  })

  it('reads a file written one paragraph per line, without blank lines, a line per paragraph', () => {
    const first = 'He has refused his Assent to Laws, the most wholesome and necessary for the public good, and so on and on.'
    const second = 'He has forbidden his Governors to pass Laws of immediate and pressing importance, unless suspended in their operation.'
    expect(plain(`${first}\n${second}\n`).units.map((unit) => unit.text)).toEqual([first, second])
    // Hard-wrapped prose stays one paragraph.
    expect(plain('A short line\nand its continuation\n').units.map((unit) => unit.text)).toEqual(['A short line\nand its continuation'])
  })

  it('reads Windows line ends and Windows-1252 files; refuses binary data, naming the file', () => {
    expect(plain('One.\r\n\r\nTwo.\r\n').units.map((unit) => unit.text)).toEqual(['One.', 'Two.'])
    const cp1252 = new Uint8Array([0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9])
    expect(extractText(cp1252, 'old.txt', 'text').units[0]?.text).toBe('\u201cQuote\u201d \u2013 café')
    expect(() => extractText(new Uint8Array([0x41, 0, 0x42]), 'image.txt', 'text')).toThrow('image.txt is not a text file (it holds binary data)')
    expect(() => plain('\n\n  \n')).toThrow('notes.txt has no text')
  })

  it('does not read "#" lines as headings in a plain text file', () => {
    expect(plain('# not a heading\n\nText.').units.map((unit) => unit.text)).toEqual(['# not a heading', 'Text.'])
  })
})

describe('Markdown', () => {
  it('"#" and underlined headings name the paragraphs beneath them; a heading may interrupt a paragraph', () => {
    const document = markdown(['Intro before any heading.', '', '# The Case', 'First paragraph.', '', 'Second', 'Section', '-------', 'Under it.', '', '### Deeper ###', '', 'Last.'].join('\n'))
    expect(document.units).toEqual([
      { id: 'para-1', label: '¶ 1', text: 'Intro before any heading.' },
      { id: 'para-2', label: '¶ 2', heading: 'The Case', text: 'First paragraph.' },
      { id: 'para-3', label: '¶ 3', heading: 'Second Section', text: 'Under it.' },
      { id: 'para-4', label: '¶ 4', heading: 'Deeper', text: 'Last.' }
    ])
    expect(document.metadata.title).toEqual({ value: 'The Case', from: 'the first “#” heading' })
  })

  it('a "# Title" opening the file is the source\'s title once, not again as a heading over the text', () => {
    for (const opening of ['# Secession: a primer', 'Secession: a primer\n===']) {
      const document = markdown(`${opening}\n\nThe Union is perpetual.\n\n## Texas v. White\n\nIt was decided in 1869.`)
      expect(document.metadata.title?.value).toBe('Secession: a primer')
      expect(document.units).toEqual([
        { id: 'para-1', label: '¶ 1', text: 'The Union is perpetual.' },
        { id: 'para-2', label: '¶ 2', heading: 'Texas v. White', text: 'It was decided in 1869.' }
      ])
    }
    // A front matter title of its own leaves a different "#" heading where it is.
    expect(markdown('---\ntitle: Notes\n---\n# Facts\n\nOne.').units[0]?.heading).toBe('Facts')
    // A file that is nothing but its title still has that text.
    expect(markdown('# Only a title').units.map((unit) => unit.text)).toEqual(['Only a title'])
  })

  it('a heading with no paragraph beneath it is kept as a unit of its own, its text the heading\'s', () => {
    const document = markdown('Intro.\n\n## Part One\n## Chapter 1\n\nText.\n\n## Appendix')
    expect(document.units).toEqual([
      { id: 'para-1', label: '¶ 1', text: 'Intro.' },
      { id: 'para-2', label: '¶ 2', heading: 'Part One', text: 'Part One' },
      { id: 'para-3', label: '¶ 3', heading: 'Chapter 1', text: 'Text.' },
      { id: 'para-4', label: '¶ 4', heading: 'Appendix', text: 'Appendix' }
    ])
    expect(readerContents(document.units, 'markdown').map((entry) => [entry.name, entry.unitId])).toEqual([
      ['Start of the text', 'para-1'],
      ['Part One', 'para-2'],
      ['Chapter 1', 'para-3'],
      ['Appendix', 'para-4']
    ])
    expect(document.units.map(isHeadingUnit)).toEqual([false, true, false, true])
  })

  it('keeps inline Markdown in the text, exactly as written', () => {
    const text = 'The *Court* held [in Texas](https://example.org/texas) that `union` was **perpetual**.'
    expect(markdown(`Intro.\n\nPart\n====\n\n${text}\n`).units[1]).toEqual({ id: 'para-2', label: '¶ 2', heading: 'Part', text })
  })

  it('keeps a fenced code block whole, "#" lines and blank lines included; a rule is not text', () => {
    const code = '```sh\n# install\n\nnpm ci\n```'
    expect(markdown(`Before.\n\n${code}\n\n***\n\nAfter.`).units.map((unit) => unit.text)).toEqual(['Before.', code, 'After.'])
    expect(markdown('#hashtag is a paragraph').units[0]?.text).toBe('#hashtag is a paragraph')
  })

  it('front matter gives the title, authors and date, and is not text', () => {
    const document = markdown(['---', 'title: "Secession: a primer"', 'author:', '  - Jane Q. Doe', '  - name: Smith, John', 'date: 2024-03-05', 'tags: [law]', '---', '', '# Heading', '', 'Body.'].join('\n'))
    expect(document.metadata).toEqual({
      title: { value: 'Secession: a primer', from: 'front matter title' },
      authors: { value: [{ given: 'Jane Q.', family: 'Doe' }, { given: 'John', family: 'Smith' }], from: 'front matter author' },
      date: { value: '2024-03-05', from: 'front matter date' }
    })
    expect(document.units.map((unit) => unit.text)).toEqual(['Body.'])
    expect(markdown('---\nauthor: Jane Doe and John Smith\n---\nText.').metadata.authors?.value).toEqual([
      { given: 'Jane', family: 'Doe' },
      { given: 'John', family: 'Smith' }
    ])
  })

  it('front matter that is not YAML is warned about, naming the line, and the text still comes in', () => {
    const document = markdown('---\ntitle: ok\nauthor: [unclosed\n---\n\nText.')
    expect(document.warnings).toEqual([expect.stringMatching(/^The front matter at the top of the file is not valid YAML \(line \d+\)/u)])
    expect(document.units.map((unit) => unit.text)).toEqual(['Text.'])
    expect(document.metadata).toEqual({})
  })
})
