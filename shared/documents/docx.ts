/**
 * An ordinary Word document (.docx): its paragraphs in order with their list numbers, headings
 * from its paragraph styles, and the title, authors and date its core properties state. Unzipped safely by
 * openDocx (sizes checked before anything is inflated) and read with a real XML parser.
 */
import { ApiError } from '../errors'
import { openDocx } from './docx-package'
import { coreProperties } from './docx/core-properties'
import { readNumbering } from './docx/numbering'
import { documentBlocks } from './docx/paragraphs'
import { readParagraphStyles } from './docx/styles'
import type { ExtractedDocument } from './extracted'
import { paragraphUnits, withoutOpeningTitle } from './paragraph-units'
import { textLooksGarbled } from './quality'

const PARTS = new Set(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml'])

export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const docx = openDocx(bytes, fileName, (part) => PARTS.has(part))
  const body = docx.xml('word/document.xml')
  if (!body) {
    const what = docx.has('[Content_Types].xml') ? 'an Office file but not a Word document' : 'a zip file but not a Word document'
    throw new ApiError('invalid_input', `${fileName} is ${what} (it has no word/document.xml)`)
  }
  const metadata = coreProperties(docx.xml('docProps/core.xml'))
  const units = paragraphUnits(withoutOpeningTitle(documentBlocks(body, readParagraphStyles(docx.xml('word/styles.xml')), readNumbering(docx.xml('word/numbering.xml'))), metadata.title?.value))
  if (units.length === 0) throw new ApiError('invalid_input', `${fileName} has no text (only pictures or empty paragraphs)`)
  return {
    kind: 'docx',
    units,
    metadata,
    textQuality: textLooksGarbled(units.map((unit) => unit.text).join('\n')) ? 'suspect' : 'good',
    warnings: []
  }
}
