/**
 * PDF: one unit per page (id "page-N", label "p. N" with the number the page prints where it
 * prints one, and the PDF page where two pages would share a label: ./pdf/page-names.ts), its
 * paragraphs separated by a blank line, running heads and footers left out; citation fields
 * from the info dictionary and XMP. A PDF without a text layer, a locked one, a broken one and
 * one of more than MAX_PDF_PAGES pages are refused with a message naming the file.
 */
import { ApiError } from '../errors'
import type { SourceUnit } from '../model/source'
import type { ExtractedDocument } from './extracted'
import { looksGarbled, measureText } from './quality'
import { itemsToLines, type PageLine, type PdfTextItem } from './pdf/lines'
import { pdfMetadata, type PdfInfo, type PdfXmp } from './pdf/metadata'
import { collectWordEvidence, groupParagraphs, joinLines } from './pdf/paragraphs'
import { openPdf, type PdfDocument } from './pdf/pdfjs'
import { namePagesLabelled, pageLabels } from './pdf/page-names'
import { dropRunningLines, printedPageNumbers } from './pdf/running-lines'

/** The most pages read: a book-length report is a few hundred; more is a scan archive or an attack. */
export const MAX_PDF_PAGES = 2_000
/** A page with fewer visible characters than this has, for this purpose, no text. */
const MIN_PAGE_CHARACTERS = 20
/** The longest text one page may give (a unit's limit). */
const MAX_PAGE_TEXT = 100_000

function refusal(error: unknown, fileName: string): ApiError {
  if (error instanceof ApiError) return error
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') {
    return new ApiError('invalid_input', `${fileName} is protected by a password: open it in a PDF reader, save a copy without the password, and import that`)
  }
  const detail = error instanceof Error && error.message ? ` (${error.message.replace(/\s+/g, ' ').slice(0, 200)})` : ''
  return new ApiError('invalid_input', `${fileName} could not be read as a PDF: it is damaged or not a PDF${detail}`)
}

async function readPageLines(document: PdfDocument, pageNumber: number): Promise<PageLine[]> {
  const page = await document.getPage(pageNumber)
  try {
    // Normalisation off: pdf.js's would also change spaces and other characters; only ligatures are spelt out (./pdf/paragraphs.ts).
    const content = await page.getTextContent({ disableNormalization: true })
    return itemsToLines(content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item))
  } finally {
    page.cleanup()
  }
}

async function readMetadata(document: PdfDocument): Promise<{ info: PdfInfo; xmp: PdfXmp }> {
  try {
    const { info, metadata } = await document.getMetadata()
    const xmp: Record<string, string | string[]> = {}
    if (metadata) for (const [key, value] of metadata) if (typeof value === 'string' || Array.isArray(value)) xmp[key] = value
    return { info: info as PdfInfo, xmp }
  } catch {
    // Broken metadata loses the citation fields, not the text.
    return { info: {}, xmp: {} }
  }
}

async function readPageLabels(document: PdfDocument): Promise<(string | undefined)[]> {
  try {
    return (await document.getPageLabels()) ?? []
  } catch {
    return []
  }
}

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  let document: PdfDocument
  try {
    document = await openPdf(bytes)
  } catch (error) {
    throw refusal(error, fileName)
  }
  try {
    const pageCount = document.numPages
    if (pageCount > MAX_PDF_PAGES) {
      throw new ApiError('invalid_input', `${fileName} has ${pageCount.toLocaleString('en-US')} pages; Casebook reads PDFs of up to ${MAX_PDF_PAGES.toLocaleString('en-US')} pages`)
    }
    const warnings: string[] = []
    const unreadable: number[] = []
    const pageLines: PageLine[][] = []
    for (let number = 1; number <= pageCount; number++) {
      try {
        pageLines.push(await readPageLines(document, number))
      } catch {
        unreadable.push(number)
        pageLines.push([])
      }
    }
    const pages = dropRunningLines(pageLines)
    const labels = pageLabels(printedPageNumbers(pages), await readPageLabels(document))
    const evidence = collectWordEvidence(pages.flatMap((page) => page.lines.map((line) => line.text)))
    const units: SourceUnit[] = pages.map((page, index) => {
      const text = groupParagraphs(page.lines)
        .map((paragraph) => joinLines(paragraph, evidence))
        .join('\n\n')
      if (text.length > MAX_PAGE_TEXT) {
        throw new ApiError('invalid_input', `${fileName}: page ${index + 1} has more than ${MAX_PAGE_TEXT.toLocaleString('en-US')} characters of text, more than one page holds`)
      }
      return { id: `page-${index + 1}`, label: labels[index], text }
    })

    const measured = units.map((unit) => measureText(unit.text))
    const empty = measured.flatMap((quality, index) => (quality.characters < MIN_PAGE_CHARACTERS && !unreadable.includes(index + 1) ? [index + 1] : []))
    if (empty.length + unreadable.length === pageCount) {
      if (unreadable.length > 0) throw new ApiError('invalid_input', `${fileName} could not be read as a PDF: none of its pages gave text`)
      throw new ApiError('invalid_input', `${fileName} has no text layer: it looks like a scan. Run it through OCR first (for example with OCRmyPDF, or "Recognize text" in a PDF editor), then import the result`)
    }
    if (unreadable.length > 0) warnings.push(`${capitalised(namePagesLabelled(unreadable, labels))} could not be read; their text is missing.`)
    if (empty.length > 0) warnings.push(`${capitalised(namePagesLabelled(empty, labels))} ${empty.length === 1 ? 'has' : 'have'} no text: blank, or scanned without a text layer.`)
    // The one rule every document is judged by (./quality.ts), page by page, so the warning can name the pages.
    const suspect = measured.flatMap((quality, index) => (looksGarbled(quality) ? [index + 1] : []))
    if (suspect.length > 0) {
      warnings.push(`The text of ${namePagesLabelled(suspect, labels)} does not read as words (a poor OCR layer or a broken font): check a card against the printed page before relying on it.`)
    }
    const { info, xmp } = await readMetadata(document)
    return {
      kind: 'pdf',
      units,
      pageCount,
      metadata: pdfMetadata(info, xmp, fileName),
      textQuality: suspect.length > 0 ? 'suspect' : 'good',
      warnings
    }
  } catch (error) {
    throw refusal(error, fileName)
  } finally {
    await document.destroy()
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
