/**
 * A brief rendered and written to a file in any of its formats, whole or not at all: the one
 * path the CLI and the app's save dialog both take. PDF printing is passed in, since the app
 * prints with Electron and the CLI and the web mode with headless Chromium.
 */
import { extname } from 'node:path'
import type { BriefDocument } from '../../shared/brief/document'
import { renderDocx } from '../../shared/brief/docx'
import { renderHtml } from '../../shared/brief/html'
import { renderMarkdown } from '../../shared/brief/markdown'
import type { BriefFormat } from '../../shared/brief/options'
import { writeFileAtomic } from '../write-whole'

/** Prints HTML to a PDF at a path, whole or not at all (htmlToPdfWithChromium, or htmlToPdfWithElectron bound to electron). */
export type PdfPrinter = (html: string, outFile: string) => Promise<void>

/** Each format's file name extension, for save dialogs and for reading a format from a path. */
export const BRIEF_EXTENSIONS: Record<BriefFormat, string> = { md: '.md', html: '.html', docx: '.docx', pdf: '.pdf' }

const BY_EXTENSION: Record<string, BriefFormat> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.pdf': 'pdf' }

/** The format a file name asks for by its extension, or null. */
export function formatFromPath(path: string): BriefFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null
}

/** The brief as the bytes or text of a file in a format other than PDF (which needs a browser). */
export async function renderBrief(doc: BriefDocument, format: Exclude<BriefFormat, 'pdf'>): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return renderMarkdown(doc)
    case 'html':
      return renderHtml(doc)
    case 'docx':
      return renderDocx(doc)
  }
}

/** Renders the brief in `format` and writes it to `outFile` atomically. */
export async function writeBrief(doc: BriefDocument, format: BriefFormat, outFile: string, printPdf: PdfPrinter): Promise<void> {
  if (format === 'pdf') await printPdf(renderHtml(doc), outFile)
  else await writeFileAtomic(outFile, await renderBrief(doc, format))
}
