/**
 * PDF briefs: the brief's HTML printed by a browser engine. In the app, Electron's own
 * printToPDF in a hidden window; for the CLI and the web mode, where there may be no Electron
 * binary, a headless Chromium run as a child process. Either way the file appears whole or
 * not at all: it is written beside its final path, then renamed over it.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { writeFileAtomic } from '../write-whole'

/**
 * Where Chromium is looked for, after $CASEBOOK_CHROMIUM. Chromium's headless shell first:
 * made for printing, it starts in a third of the time and prints a long brief a third faster
 * than the full browser, with the same layout, tags and bookmarks.
 */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chrome-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
]

/** The Chromium to print with: $CASEBOOK_CHROMIUM, else the first of the usual places that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  const chosen = env.CASEBOOK_CHROMIUM?.trim()
  if (chosen) {
    if (!exists(chosen)) throw new Error(`CASEBOOK_CHROMIUM names ${chosen}, which does not exist`)
    return chosen
  }
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path))
  if (!found) {
    throw new Error('no Chromium or Chrome found to print the PDF with: install Chromium, or set CASEBOOK_CHROMIUM to its path')
  }
  return found
}

export interface ChromiumPdfOptions {
  chromium?: string
  env?: NodeJS.ProcessEnv
  /** Tagged PDF with bookmarks (default true); false prints faster and smaller. */
  tagged?: boolean
  /** Give up after this long (default 120 s): a hung browser must not hang the CLI. */
  timeoutMs?: number
}

function run(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) resolve()
      else {
        const detail = String(stderr).split('\n').find((line) => /error/i.test(line) && !/dbus|gpu|vaapi/i.test(line))
        reject(new Error(`Chromium could not print the PDF${error.killed ? ' in time' : ''}${detail ? `: ${detail.trim()}` : ''}`))
      }
    })
  })
}

/** Prints `html` to a PDF at `outFile` with headless Chromium. */
export async function htmlToPdfWithChromium(html: string, outFile: string, options: ChromiumPdfOptions = {}): Promise<void> {
  const chromium = options.chromium ?? findChromium(options.env)
  const work = await mkdtemp(join(tmpdir(), 'casebook-pdf-'))
  try {
    const page = join(work, 'brief.html')
    const printed = join(work, 'brief.pdf')
    await writeFile(page, html)
    const args = [
      '--headless',
      '--disable-gpu',
      // A fresh profile each time: no shared lock with a running browser, nothing left behind.
      `--user-data-dir=${join(work, 'profile')}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-sync',
      // The page's own @page footer numbers the pages; Chromium's would print the temp file's path.
      '--no-pdf-header-footer',
      // Tags (for screen readers) and bookmarks from the headings (an outline of contentions and
      // blocks; Chromium builds it from the tags). Without them a long brief prints about a fifth
      // faster at half the size.
      ...(options.tagged === false ? ['--disable-pdf-tagging'] : ['--generate-pdf-document-outline']),
      `--print-to-pdf=${printed}`,
      pathToFileURL(page).href
    ]
    // Chromium refuses to run as root with its sandbox. The page can run no scripts and load
    // nothing (its CSP says so; turning scripts off by flag stops headless printing altogether).
    if (process.getuid?.() === 0) args.unshift('--no-sandbox')
    await run(chromium, args, options.timeoutMs ?? 120_000)
    const pdf = await readFile(printed).catch(() => null)
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Chromium finished but wrote no PDF')
    // Printed in the temp folder, then written into place whole, so a failed print leaves nothing behind.
    await writeFileAtomic(outFile, pdf)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** What printToPDF needs of Electron, so tests can pass a mock. */
export interface ElectronForPdf {
  BrowserWindow: new (options: Record<string, unknown>) => {
    loadFile(path: string): Promise<void>
    webContents: { printToPDF(options: Record<string, unknown>): Promise<Uint8Array> }
    destroy(): void
  }
}

/**
 * Prints `html` to a PDF at `outFile` in a hidden Electron window. The page goes through a
 * temporary file rather than a data: URL, which Chromium caps at 2 MB and a long brief exceeds.
 */
export async function htmlToPdfWithElectron(electron: ElectronForPdf, html: string, outFile: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'casebook-pdf-'))
  const window = new electron.BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false }
  })
  try {
    const page = join(work, 'brief.html')
    await writeFile(page, html)
    await window.loadFile(page)
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      // As the Chromium variant: bookmarks from the headings, and tags for screen readers.
      generateDocumentOutline: true,
      generateTaggedPDF: true
    })
    await writeFileAtomic(outFile, pdf)
  } finally {
    window.destroy()
    await rm(work, { recursive: true, force: true })
  }
}

/**
 * A PDF as bytes rather than a file (for the app's save dialog and the web mode's download):
 * printed by `print` into a temporary folder, read back, and the folder removed.
 */
export async function printToBytes(print: (html: string, outFile: string) => Promise<void>, html: string): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), 'casebook-print-'))
  try {
    const file = join(work, 'brief.pdf')
    await print(html, file)
    return new Uint8Array(await readFile(file))
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
