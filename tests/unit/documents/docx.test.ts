/**
 * Word documents built here part by part, each showing one thing Word files do: the text comes
 * out as Word shows it, headings come from styles however they are defined, and a file that is
 * not a Word document is refused with a message naming it.
 */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { extractDocx } from '../../../shared/documents/docx'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const NAMESPACES = `${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"`
const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'

function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)]))
  })
}

const p = (runs: string, properties = ''): string => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`
const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
const texts = async (body: string, parts?: Record<string, string>) => (await extractDocx(docx(body, parts), 'brief.docx')).units.map((unit) => unit.text)

describe('the text as Word shows it', () => {
  it('runs joined; tabs, line breaks, symbols and non-breaking hyphens as drawn', async () => {
    expect(await texts(p(`${r('Split ')}${r('runs')}<w:r><w:tab/><w:t>after a tab</w:t><w:br/><w:t>next line</w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t><w:softHyphen/><w:t>z</w:t></w:r>`))).toEqual([
      'Split runs\tafter a tab\nnext line≥x-yz'
    ])
  })

  it("tracked changes read as accepted: insertions kept, deletions left out; hidden text left out", async () => {
    expect(await texts(p(`${r('The law ')}<w:del><w:r><w:delText>never </w:delText></w:r></w:del><w:ins><w:r><w:t>always </w:t></w:r></w:ins>${r('applies')}<w:r><w:rPr><w:vanish/></w:rPr><w:t> (hidden note)</w:t></w:r>${r('.')}`))).toEqual([
      'The law always applies.'
    ])
  })

  it("a field shows its result, not its code; a hyperlink its text; a footnote reference nothing", async () => {
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('12')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    const link = `<w:hyperlink w:history="1">${r('the opinion')}</w:hyperlink>`
    const footnote = '<w:r><w:footnoteReference w:id="2"/></w:r>'
    expect(await texts(p(`${r('See page ')}${field}${r(' of ')}${link}${footnote}${r('.')}`))).toEqual(['See page 12 of the opinion.'])
    expect(await texts(p(`<w:fldSimple w:instr=" DATE ">${r('1 May 2024')}</w:fldSimple>`))).toEqual(['1 May 2024'])
  })

  it('tables cell by cell; content controls read; a text box once (not again from its fallback)', async () => {
    const cell = (text: string) => `<w:tc>${p(r(text))}</w:tc>`
    const table = `<w:tbl><w:tr>${cell('Year')}${cell('Troops')}</w:tr><w:tr>${cell('2007')}${cell('250,000')}</w:tr></w:tbl>`
    const box = (text: string) => `<w:txbxContent>${p(r(text))}</w:txbxContent>`
    const drawing = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('In a box')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('In a box')}</w:pict></mc:Fallback></mc:AlternateContent></w:r>`
    const control = `<w:sdt><w:sdtPr/><w:sdtContent>${p(r('In a control'))}</w:sdtContent></w:sdt>`
    expect(await texts(`${table}${p(`${r('Anchor')}${drawing}`)}${control}`)).toEqual(['Year', 'Troops', '2007', '250,000', 'Anchor', 'In a box', 'In a control'])
  })
})

describe('headings from paragraph styles', () => {
  const styles = `<?xml version="1.0"?><w:styles ${W}>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Pocket"><w:name w:val="Pocket"/><w:basedOn w:val="Heading1"/></w:style>
    <w:style w:type="paragraph" w:styleId="Ttulo2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="LoopA"><w:basedOn w:val="LoopB"/></w:style>
    <w:style w:type="paragraph" w:styleId="LoopB"><w:basedOn w:val="LoopA"/></w:style>
  </w:styles>`

  it('through basedOn chains, by built-in name in any language, by outline level; body text stays body text', async () => {
    const style = (id: string) => `<w:pStyle w:val="${id}"/>`
    const body = [
      p(r('Based on Heading 1'), style('Pocket')),
      p(r('One.')),
      p(r('Named "heading 2"'), style('Ttulo2')),
      p(r('Two.'), style('Quote')),
      p(r('Outline level on the paragraph'), '<w:outlineLvl w:val="2"/>'),
      p(r('Three.'), style('LoopA')),
      p(r('Four.'), style('NoSuchStyle'))
    ].join('')
    const { units } = await extractDocx(docx(body, { 'word/styles.xml': styles }), 'brief.docx')
    expect(units.map((unit) => [unit.heading, unit.text])).toEqual([
      ['Based on Heading 1', 'One.'],
      ['Named "heading 2"', 'Two.'],
      ['Outline level on the paragraph', 'Three.'],
      ['Outline level on the paragraph', 'Four.']
    ])
  })

  it('a heading with nothing beneath it is a unit of its own; the Title paragraph that is the document\'s title is not repeated', async () => {
    const style = (id: string) => `<w:pStyle w:val="${id}"/>`
    const body = [
      p(r('On Secession'), style('Title')),
      p(r('Part One'), style('Heading1')),
      p(r('Chapter 1'), style('Heading2')),
      p(r('Text.')),
      p(r('Appendix'), style('Heading1'))
    ].join('')
    const title = { 'docProps/core.xml': '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>On Secession</dc:title></cp:coreProperties>' }
    const { units } = await extractDocx(docx(body, title), 'brief.docx')
    expect(units.map((unit) => [unit.heading, unit.text])).toEqual([
      ['Part One', 'Part One'],
      ['Chapter 1', 'Text.'],
      ['Appendix', 'Appendix']
    ])
    // A document of headings alone is read, not refused.
    expect(await texts(p(r('Only a heading'), style('Heading1')))).toEqual(['Only a heading'])
  })
})

describe('core properties', () => {
  const core = (fields: string) => ({
    'docProps/core.xml': `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${fields}</cp:coreProperties>`
  })

  it('title, creators and created date, each saying where it was found; the last editor is not an author', async () => {
    const { metadata } = await extractDocx(docx(p(r('Text.')), core('<dc:title>On Secession</dc:title><dc:creator>Jane Doe; Smith, John</dc:creator><cp:lastModifiedBy>Intern</cp:lastModifiedBy><dcterms:created>2024-09-01T10:00:00Z</dcterms:created>')), 'x.docx')
    expect(metadata).toEqual({
      title: { value: 'On Secession', from: 'docProps/core.xml dc:title' },
      authors: { value: [{ given: 'Jane', family: 'Doe' }, { family: 'Smith', given: 'John' }], from: 'docProps/core.xml dc:creator' },
      date: { value: '2024-09-01', from: 'docProps/core.xml dcterms:created' }
    })
    const edited = await extractDocx(docx(p(r('Text.')), core('<cp:lastModifiedBy>Intern</cp:lastModifiedBy>')), 'x.docx')
    expect(edited.metadata).toEqual({})
  })
})

describe('files that are not Word documents', () => {
  const good = docx(p(r('Some text.')))

  it('a truncated file', async () => {
    await expect(extractDocx(good.subarray(0, Math.floor(good.length / 2)), 'cut.docx')).rejects.toThrow(/^cut\.docx could not be unpacked/u)
  })

  it('a PDF renamed .docx', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n')
    await expect(extractDocx(pdf, 'renamed.docx')).rejects.toThrow('renamed.docx is not a Word (.docx) file: it is not a zip package')
  })

  it('a zip without a document, and a document that is not XML', async () => {
    const other = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'xl/workbook.xml': strToU8('<workbook/>') })
    await expect(extractDocx(other, 'sheet.docx')).rejects.toThrow('sheet.docx is an Office file but not a Word document (it has no word/document.xml)')
    const broken = zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8('<w:document><w:body><w:p>') })
    await expect(extractDocx(broken, 'broken.docx')).rejects.toThrow(/^broken\.docx: its part word\/document\.xml is not well-formed XML/u)
  })

  it('a document with no text', async () => {
    await expect(extractDocx(docx(p('')), 'empty.docx')).rejects.toThrow('empty.docx has no text (only pictures or empty paragraphs)')
  })
})
