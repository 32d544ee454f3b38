import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHROMIUM_CANDIDATES, findChromium, htmlToPdfWithChromium, htmlToPdfWithElectron, type ElectronForPdf } from '../../../electron/brief/pdf'
import { writeFileAtomic } from '../../../electron/write-whole'
import { assembleBrief } from '../../../shared/brief/document'
import { renderHtml } from '../../../shared/brief/html'
import { BriefOptionsSchema } from '../../../shared/brief/options'
import { pdfText } from './extract'
import { awkwardMotion } from './fixtures'
import { sampleDocument } from './sample'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-pdf-test-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('findChromium', () => {
  it('takes $CASEBOOK_CHROMIUM first, and says so when it names nothing', () => {
    expect(findChromium({ CASEBOOK_CHROMIUM: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome')
    expect(() => findChromium({ CASEBOOK_CHROMIUM: '/opt/none' }, () => false)).toThrow('CASEBOOK_CHROMIUM names /opt/none, which does not exist')
  })

  it('else looks in the usual places in turn, and names the fix when none has it', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium-browser' || p === '/usr/bin/google-chrome')).toBe('/usr/bin/chromium-browser')
    expect(CHROMIUM_CANDIDATES.slice(0, 3)).toEqual(['/usr/bin/chromium-headless-shell', '/usr/bin/chrome-headless-shell', '/usr/bin/chromium'])
    expect(findChromium({}, (p) => p === '/usr/bin/chromium' || p === '/usr/bin/chromium-headless-shell')).toBe('/usr/bin/chromium-headless-shell')
    expect(() => findChromium({}, () => false)).toThrow(/^no Chromium or Chrome found.*set CASEBOOK_CHROMIUM/)
  })
})

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file behind', async () => {
    const file = join(dir, 'out.md')
    writeFileSync(file, 'old')
    await writeFileAtomic(file, 'new text')
    expect(readFileSync(file, 'utf8')).toBe('new text')
    expect(readdirSync(dir)).toEqual(['out.md'])
  })

  it('fails on a folder that is not there, writing nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.md'), 'x')).rejects.toThrow(/ENOENT/)
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('PDF with headless Chromium', () => {
  it('prints the brief, its text readable by pdftotext', async () => {
    const file = join(dir, 'brief.pdf')
    await htmlToPdfWithChromium(renderHtml(sampleDocument()), file)
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = pdfText(file)
    expect(text).toContain('THBT states may secede')
    expect(text).toContain('The people may withdraw what they gave.')
    expect(readdirSync(dir)).toEqual(['brief.pdf'])
  }, 60_000)

  it('gives a clear error, and no file, when Chromium is missing or the folder is', async () => {
    await expect(htmlToPdfWithChromium('<p>x</p>', join(dir, 'a.pdf'), { env: { CASEBOOK_CHROMIUM: join(dir, 'nope') } })).rejects.toThrow(
      /CASEBOOK_CHROMIUM names .*nope, which does not exist/
    )
    await expect(htmlToPdfWithChromium('<p>x</p>', join(dir, 'missing', 'a.pdf'))).rejects.toThrow(/ENOENT/)
    expect(readdirSync(dir)).toEqual([])
  }, 60_000)

  it('says so when the browser fails', async () => {
    await expect(htmlToPdfWithChromium('<p>x</p>', join(dir, 'a.pdf'), { chromium: '/bin/false' })).rejects.toThrow(/^Chromium could not print the PDF/)
    expect(readdirSync(dir)).toEqual([])
  })

  it('renders the awkward brief’s first pages for a look, into test-results/brief/', async () => {
    const fixture = awkwardMotion()
    const doc = assembleBrief(fixture.library, BriefOptionsSchema.parse({ motionId: fixture.motionId, author: 'Zoë Ng', date: '14 March 2026', includeNotes: true }))
    const out = join('test-results', 'brief')
    mkdirSync(out, { recursive: true })
    const file = join(out, 'awkward-brief.pdf')
    await htmlToPdfWithChromium(renderHtml(doc), file)
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(out, 'awkward-brief')])
    expect(existsSync(join(out, 'awkward-brief-1.png')) || existsSync(join(out, 'awkward-brief-01.png'))).toBe(true)
  }, 60_000)
})

describe('PDF with Electron’s printToPDF', () => {
  it('takes the real electron module (a compile-time check)', () => {
    const fits = (real: { BrowserWindow: typeof BrowserWindow }): ElectronForPdf => real
    expect(typeof fits).toBe('function')
  })

  function mockElectron(print: (options: Record<string, unknown>) => Promise<Uint8Array>) {
    const seen = { options: null as Record<string, unknown> | null, loaded: '', html: '', destroyed: 0, printOptions: null as Record<string, unknown> | null }
    const electron: ElectronForPdf = {
      BrowserWindow: class {
        webContents = {
          printToPDF: (options: Record<string, unknown>) => {
            seen.printOptions = options
            return print(options)
          }
        }
        constructor(options: Record<string, unknown>) {
          seen.options = options
        }
        async loadFile(path: string) {
          seen.loaded = path
          seen.html = readFileSync(path, 'utf8')
        }
        destroy() {
          seen.destroyed++
        }
      }
    }
    return { electron, seen }
  }

  it('loads the page hidden, with scripts off, prints backgrounds (highlights) and the CSS page size', async () => {
    const { electron, seen } = mockElectron(async () => new TextEncoder().encode('%PDF-1.7 mock'))
    const file = join(dir, 'brief.pdf')
    await htmlToPdfWithElectron(electron, '<p>brief</p>', file)
    expect(seen.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } })
    expect(seen.html).toBe('<p>brief</p>')
    expect(seen.printOptions).toMatchObject({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false })
    expect(readFileSync(file, 'utf8')).toBe('%PDF-1.7 mock')
    expect(seen.destroyed).toBe(1)
    // The page's temporary file is gone with its folder.
    expect(existsSync(seen.loaded)).toBe(false)
  })

  it('closes the window and writes nothing when printing fails', async () => {
    const { electron, seen } = mockElectron(vi.fn(async () => Promise.reject(new Error('printing failed'))))
    await expect(htmlToPdfWithElectron(electron, '<p>x</p>', join(dir, 'brief.pdf'))).rejects.toThrow('printing failed')
    expect(seen.destroyed).toBe(1)
    expect(readdirSync(dir)).toEqual([])
  })
})
