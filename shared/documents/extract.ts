/**
 * One entry point for reading any document: says which kind the file is (from its bytes first,
 * its name second) and hands it to that kind's extractor. Runs on the parse worker.
 */
import { ApiError } from '../errors'
import { looksLikeZip } from './docx-package'
import { MAX_DOCUMENT_BYTES, type DocumentKind, type ExtractedDocument } from './extracted'

export function documentKindOf(bytes: Uint8Array, fileName: string): DocumentKind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  if (head.startsWith('%PDF-') || head.slice(0, 1024).includes('%PDF-')) return 'pdf'
  if (looksLikeZip(bytes)) return 'docx'
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''
  if (['html', 'htm', 'xhtml', 'mhtml'].includes(extension) || /^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)/i.test(head.replace(/^\uFEFF/, ''))) return 'html'
  if (['md', 'markdown'].includes(extension)) return 'markdown'
  if (extension === 'doc') throw new ApiError('invalid_input', `${fileName} is an old Word (.doc) file: save it as .docx in Word, then import that`)
  // A name that promises a binary format the bytes are not: read as text it would be junk, so say what it is not.
  if (extension === 'pdf') throw new ApiError('invalid_input', `${fileName} is not a PDF: it does not begin as a PDF file does (it may be damaged, or another kind of file renamed)`)
  if (extension === 'docx') throw new ApiError('invalid_input', `${fileName} is not a Word (.docx) file: it is not a zip package (it may be damaged, or another kind of file renamed)`)
  return 'text'
}

export async function extractDocument(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  if (bytes.length === 0) throw new ApiError('invalid_input', `${fileName} is empty`)
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new ApiError('invalid_input', `${fileName} is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`)
  const kind = documentKindOf(bytes, fileName)
  // Each format's library loads only when a file of its kind is read.
  switch (kind) {
    case 'pdf':
      return (await import('./pdf')).extractPdf(bytes, fileName)
    case 'docx':
      return (await import('./docx')).extractDocx(bytes, fileName)
    case 'html':
      return (await import('./html')).extractHtml(bytes, fileName)
    case 'markdown':
    case 'text':
      return (await import('./text')).extractText(bytes, fileName, kind)
  }
}
