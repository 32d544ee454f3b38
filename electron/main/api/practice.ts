import {
  deleteFlow,
  deleteFormat,
  findFlow,
  gradeReview,
  listFlows,
  listFormats,
  listPractice,
  recordPractice,
  saveFlow,
  saveFormat
} from '../../../shared/operations/practice'
import { deleteDrill, listDrills, saveDrill } from '../../../shared/operations/drills'
import { ApiError } from '../../../shared/errors'
import { DEFAULT_SIDE_LABELS } from '../../../shared/model/motion'
import { fileNameFor } from '../../../shared/model/text'
import { renderFlowHtml } from '../../../shared/practice/flow-html'
import type { Handlers } from './handler'

export const practiceHandlers: Pick<
  Handlers,
  | 'practice.list'
  | 'practice.record'
  | 'format.list'
  | 'format.save'
  | 'format.delete'
  | 'review.list'
  | 'review.grade'
  | 'flow.list'
  | 'flow.save'
  | 'flow.delete'
  | 'flow.pdf'
  | 'drill.list'
  | 'drill.save'
  | 'drill.delete'
> = {
  'practice.list': (_input, { store }) => listPractice(store.library),
  'practice.record': (input, { store, env }) => store.update((library) => recordPractice(library, input, env)),
  'format.list': (_input, { store }) => listFormats(store.library),
  'format.save': (input, { store, env }) => store.update((library) => saveFormat(library, input, env)),
  'format.delete': (input, { store }) => store.update((library) => deleteFormat(library, input)),
  'review.list': (_input, { store }) => store.library.cardReviews,
  'review.grade': (input, { store, env }) => store.update((library) => gradeReview(library, input, env)),
  'flow.list': (_input, { store }) => listFlows(store.library),
  'flow.save': (input, { store, env }) => store.update((library) => saveFlow(library, input, env)),
  'flow.delete': (input, { store }) => store.update((library) => deleteFlow(library, input)),
  'flow.pdf': async ({ flowId }, { store, printPdf }) => {
    const sheet = findFlow(store.library, flowId)
    if (!printPdf) throw new ApiError('forbidden', 'Printing a PDF needs the desktop app or Chromium; export CSV, or print from the browser', '')
    const motion = sheet.motionId === null ? undefined : store.library.motions.find((m) => m.id === sheet.motionId)
    const html = renderFlowHtml(sheet, motion?.sideLabels ?? DEFAULT_SIDE_LABELS.other, motion?.title ?? null)
    const bytes = await printPdf(html)
    return { fileName: fileNameFor(sheet.title, 'pdf'), mimeType: 'application/pdf', base64: Buffer.from(bytes).toString('base64') }
  },
  'drill.list': (_input, { store }) => listDrills(store.library),
  'drill.save': (input, { store, env }) => store.update((library) => saveDrill(library, input, env)),
  'drill.delete': (input, { store }) => store.update((library) => deleteDrill(library, input))
}
