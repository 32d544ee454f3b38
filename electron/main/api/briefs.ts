import { existsSync } from 'node:fs'
import type { BriefCounts, BriefFile } from '../../../shared/brief/api'
import { assembleBrief, briefCards, type BriefDocument } from '../../../shared/brief/document'
import { renderHtml, renderHtmlBody } from '../../../shared/brief/html'
import type { BriefFormat } from '../../../shared/brief/options'
import { ApiError } from '../../../shared/errors'
import { renderBrief } from '../../brief/write'
import { recentExportsOf } from '../recent-exports'
import type { Handlers } from './handler'
import { fileNameFor } from '../../../shared/model/text'

export const BRIEF_MIME_TYPES: Record<BriefFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf'
}

function countsOf(doc: BriefDocument): BriefCounts {
  return {
    contentions: doc.sections.reduce((n, s) => n + s.contentions.length, 0),
    blocks: doc.sections.reduce((n, s) => n + (s.blocks?.length ?? 0), 0),
    cards: briefCards(doc).length,
    sources: doc.bibliography.entries.length + doc.bibliography.legal.length
  }
}

/** "This-House-believes-…-Gov-and-Opp.docx": the motion (cut short), the side, the format. */
export function briefFileName(doc: BriefDocument, format: BriefFormat): string {
  return fileNameFor(`${doc.title.motion.slice(0, 60)} ${doc.title.sideLabel}`, format)
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

export const briefHandlers: Pick<Handlers, 'brief.preview' | 'brief.export' | 'file.recent' | 'file.reveal'> = {
  'brief.preview': (options, { store }) => {
    const doc = assembleBrief(store.library, options)
    return { html: renderHtmlBody(doc), counts: countsOf(doc) }
  },
  'brief.export': async ({ format, ...options }, { store, printPdf }): Promise<BriefFile> => {
    const doc = assembleBrief(store.library, options)
    const file = { fileName: briefFileName(doc, format), mimeType: BRIEF_MIME_TYPES[format] }
    if (format === 'pdf') {
      if (!printPdf) throw new ApiError('forbidden', 'Printing a PDF needs the desktop app or Chromium; export HTML and print it from a browser instead', 'format')
      return { ...file, base64: base64(await printPdf(renderHtml(doc))) }
    }
    const content = await renderBrief(doc, format)
    return typeof content === 'string' ? { ...file, text: content } : { ...file, base64: base64(content) }
  },
  'file.recent': (_input, { store }) => recentExportsOf(store).list(),
  'file.reveal': async ({ exportId }, { store, revealFile }) => {
    if (!revealFile) throw new ApiError('forbidden', 'Showing a file in its folder needs the desktop app; this page downloads files instead', '')
    const entry = await recentExportsOf(store).find(exportId)
    if (!entry) throw new ApiError('not_found', 'That file is not among the recent exports', 'exportId')
    if (!existsSync(entry.path)) throw new ApiError('not_found', `${entry.fileName} is no longer where it was saved (${entry.path}): it was moved or deleted`, 'exportId')
    await revealFile(entry.path)
    return { path: entry.path }
  }
}
