/**
 * Opening a PDF with Mozilla's pdf.js, set up for untrusted files read on our parse worker:
 * pdf.js's own "worker" runs in this thread (its module is loaded here and found on globalThis,
 * so no thread is started and nothing is loaded by URL), nothing is fetched (the bytes are all
 * it gets; character maps come from the installed package, read from disk: ./package-folder.ts),
 * fonts are never compiled to code (isEvalSupported: false) and no script in the PDF runs.
 */
import { pdfjsDataFolder } from './package-folder'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>

let loading: Promise<PdfJs> | undefined

function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loading
}

/** Loads pdf.js before a file comes, so that the first PDF of a session reads as fast as the next (electron/main/parse/parsers.ts). */
export async function preparePdfJs(): Promise<void> {
  await loadPdfJs()
}

/** pdf.js's data folders: the installed package's, or their unpacked copy in an installed app (./package-folder.ts). */
function packageFolder(): string | undefined {
  try {
    return pdfjsDataFolder(import.meta.resolve('pdfjs-dist/package.json'))
  } catch {
    return undefined
  }
}

/** Opens the bytes as a PDF (the empty password only). Errors are pdf.js's own (PasswordException, InvalidPDFException). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfJs()
  const folder = packageFolder()
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: a copy leaves the caller's bytes whole.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...(folder ? { cMapUrl: `${folder}cmaps/`, cMapPacked: true, standardFontDataUrl: `${folder}standard_fonts/` } : {})
  })
  return task.promise
}
