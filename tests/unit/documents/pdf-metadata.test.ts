/**
 * Citation fields from a PDF's info dictionary and XMP packet, as pdf.js hands them over:
 * which one wins, what is read as a date or a person, and which titles are not taken.
 */
import { describe, expect, it } from 'vitest'
import { isJunkTitle, isoDate, pdfMetadata, personOf } from '../../../shared/documents/pdf/metadata'

describe('PDF metadata', () => {
  it('does not take a title that names the file or the program', () => {
    for (const junk of ['Microsoft Word - brief final.doc', 'report.pdf', 'Untitled', 'Document1', 'PowerPoint Presentation', 'gao-07-283', 'C:\\Users\\me\\brief', '1234'])
      expect(isJunkTitle(junk, 'gao-07-283.pdf'), junk).toBe(true)
    for (const title of ['21-908 Bartenwerfer v. Buckley (02/22/2023)', 'THE CONSTITUTION OF THE RUSSIAN FEDERATION'])
      expect(isJunkTitle(title, 'opinion.pdf'), title).toBe(false)
    const metadata = pdfMetadata({ Title: 'Microsoft Word - brief.docx' }, {}, 'brief.pdf')
    expect(metadata.title).toBeUndefined()
  })

  it('reads dates to ISO as written, without moving them to another time zone', () => {
    expect(isoDate("D:20230221230748-05'00'")).toBe('2023-02-21')
    expect(isoDate('2020-08-06T09:51:25Z')).toBe('2020-08-06')
    expect(isoDate('D:2007')).toBe('2007')
    expect(isoDate('D:200713')).toBe('2007')
    expect(isoDate('yesterday')).toBeUndefined()
  })

  it('reads people, and keeps an organisation whole without its web address', () => {
    expect(personOf('Veniamin Levtsov')).toEqual({ given: 'Veniamin', family: 'Levtsov' })
    expect(personOf('Levtsov, Veniamin')).toEqual({ family: 'Levtsov', given: 'Veniamin' })
    expect(personOf('U.S. Government Accountability Office, http://www.gao.gov')).toEqual({ literal: 'U.S. Government Accountability Office' })
    expect(personOf('jsmith')).toEqual({ literal: 'jsmith' })
  })

  it('prefers XMP, says where each field was found, and leaves out what is not stated', () => {
    const metadata = pdfMetadata(
      { Title: 'Old title', Author: 'Ann Smith; Bo Lee', CreationDate: "D:20200102000000Z'" },
      { 'dc:title': 'New title', 'xmp:createdate': '2021-03-04T10:00:00+02:00', 'prism:doi': 'doi:10.1000/xyz123.', 'prism:startingpage': '7', 'prism:endingpage': '19' },
      'paper.pdf'
    )
    expect(metadata).toEqual({
      title: { value: 'New title', from: 'XMP dc:title' },
      authors: { value: [{ given: 'Ann', family: 'Smith' }, { given: 'Bo', family: 'Lee' }], from: 'PDF info: Author' },
      date: { value: '2021-03-04', from: 'XMP xmp:CreateDate' },
      doi: { value: '10.1000/xyz123', from: 'XMP prism:doi' },
      pages: { value: '7–19', from: 'XMP prism:startingPage' }
    })
  })
})
