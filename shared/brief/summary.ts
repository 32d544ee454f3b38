/** What a brief holds and what its file is called: the facts the preview and the export answer beside the brief. */
import type { BriefCounts } from './api'
import { briefCards, type BriefDocument } from './document'
import type { BriefFormat } from './options'
import { fileNameFor } from '../model/text'

export const BRIEF_MIME_TYPES: Record<BriefFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf'
}

export function briefCounts(doc: BriefDocument): BriefCounts {
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
