import { ApiError } from '../../../shared/errors'
import { deleteFlow, listFlows, saveFlow } from '../../../shared/operations/practice'
import { flowPrintPage } from '../../../shared/practice/flow-html'
import { base64 } from './bytes'
import type { Handlers } from './handler'

export const flowHandlers: Pick<Handlers, 'flow.list' | 'flow.save' | 'flow.delete' | 'flow.pdf'> = {
  'flow.list': (_input, { store }) => listFlows(store.library),
  'flow.save': (input, { store, env }) => store.update((library) => saveFlow(library, input, env)),
  'flow.delete': (input, { store }) => store.update((library) => deleteFlow(library, input)),
  'flow.pdf': async ({ flowId }, { store, printPdf }) => {
    const page = flowPrintPage(store.library, flowId)
    if (!printPdf) throw new ApiError('forbidden', 'Printing a PDF needs the desktop app or Chromium; export CSV, or print from the browser', '')
    return { fileName: page.fileName, mimeType: 'application/pdf', base64: base64(await printPdf(page.html)) }
  }
}
