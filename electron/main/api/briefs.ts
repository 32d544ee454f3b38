import type { BriefFile } from '../../../shared/brief/api'
import { assembleBrief } from '../../../shared/brief/document'
import { renderHtml, renderHtmlBody } from '../../../shared/brief/html'
import { BRIEF_MIME_TYPES, briefCounts, briefFileName } from '../../../shared/brief/summary'
import { ApiError } from '../../../shared/errors'
import { renderBrief } from '../../brief/write'
import { base64 } from './bytes'
import type { Handlers } from './handler'

export const briefHandlers: Pick<Handlers, 'brief.preview' | 'brief.export'> = {
  'brief.preview': (options, { store }) => {
    const doc = assembleBrief(store.library, options)
    return { html: renderHtmlBody(doc), counts: briefCounts(doc) }
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
  }
}
