/**
 * The installed app as `npm run dist` packages it (electron-builder's `dir` target, for Linux):
 * what app.asar holds and leaves out, data/ among the resources, the fuses flipped, and the
 * web mode and the CLI run from the packaged files finding the starter pack, the Constitution
 * and the citation styles.
 *
 * Electron's binary is not installed here, so electron-builder is handed a stand-in Electron
 * folder: one executable holding the fuse wire as Electron lays it out. It cannot run, so the
 * web mode and the CLI run under this Node from the package's own files (app.asar extracted
 * to resources/app, a layout Electron also accepts), with only the package's node_modules.
 * Slow (it builds and packages): one to two minutes.
 */
import { extractAll, listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { execFile, spawnSync } from 'node:child_process'
import { isBuiltin } from 'node:module'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's default fuses, in wire order: RunAsNode on, cookie encryption off, and so on. */
const DEFAULT_WIRE = '101100011'
/** Libraries the page's bundle already holds (out/renderer): they must not ship a second time. */
const PAGE_LIBRARIES = ['react', 'react-dom', 'scheduler', '@tanstack/react-virtual', '@tanstack/virtual-core', 'd3-hierarchy', 'd3-selection', 'd3-zoom', 'd3-color', 'd3-dispatch', 'd3-drag', 'd3-ease', 'd3-interpolate', 'd3-timer', 'd3-transition']
/** Tooling that belongs to building and testing, never to the app. */
const DEV_TOOLING = ['electron', 'electron-vite', 'electron-builder', 'vite', 'vitest', 'typescript', 'eslint', '@playwright/test', 'playwright', 'fast-check', '@electron/asar', '@electron/fuses', '@doyensec/electronegativity']
const STARTER_MOTION = 'Resolved: A U.S. state has a constitutional right to secede.'

const work = mkdtempSync(join(tmpdir(), 'casebook-package-'))
const unpacked = join(work, 'dist', 'linux-unpacked')
const resources = join(unpacked, 'resources')
const asar = join(resources, 'app.asar')
let entries: string[] = []

function standInElectron(): string {
  const folder = join(work, 'electron-dist')
  mkdirSync(folder)
  const binary = join(folder, 'electron')
  const wire = Buffer.from([1, DEFAULT_WIRE.length, ...Buffer.from(DEFAULT_WIRE)])
  writeFileSync(binary, Buffer.concat([Buffer.from('\x7fELF stand-in for Electron '), Buffer.from(SENTINEL), wire, Buffer.from(' end')]))
  chmodSync(binary, 0o755)
  return folder
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
}

/** Bytes under a folder. */
function sizeOf(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.size
  return readdirSync(path).reduce((total, name) => total + sizeOf(join(path, name)), 0)
}

beforeAll(() => {
  run(NPX, ['electron-vite', 'build'])
  // Into a folder outside the checkout, so that nothing can be found in the checkout's node_modules.
  run(NPX, ['electron-builder', '--linux', 'dir', `-c.electronDist=${standInElectron()}`, `-c.directories.output=${join(work, 'dist')}`])
  entries = listPackage(asar, { isPack: false }).map((entry) => entry.split(sep).join('/'))
}, 300_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the packaged app', () => {
  it('holds the built app in app.asar: main, CLI, web mode, preload and page', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/main/cli.js', '/out/main/web.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      expect(entries, file).toContain(file)
    }
    expect(entries.some((entry) => /^\/out\/renderer\/assets\/index-[\w-]+\.js$/.test(entry))).toBe(true)
  })

  it('leaves out sources, tests, source maps and the project’s own tooling', () => {
    const outside = entries.filter((entry) => !entry.startsWith('/out/') && !entry.startsWith('/node_modules/') && entry !== '/package.json' && entry !== '/out' && entry !== '/node_modules')
    expect(outside).toEqual([])
    expect(entries.filter((entry) => entry.endsWith('.map') || /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([])
    expect(entries.filter((entry) => /\/(tests?|__tests__)\//.test(entry))).toEqual([])
  })

  it('ships none of the page’s libraries and no dev tooling in node_modules, and is lighter by their weight', () => {
    const packages = new Set(entries.map((entry) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry)?.[1]).filter(Boolean))
    expect(packages.has('lowdb') && packages.has('zod') && packages.has('docx')).toBe(true)
    expect([...PAGE_LIBRARIES, ...DEV_TOOLING].filter((name) => packages.has(name))).toEqual([])
    const asarBytes = statSync(asar).size
    const libraryBytes = PAGE_LIBRARIES.map((name) => join(ROOT, 'node_modules', name)).filter(existsSync).reduce((total, folder) => total + sizeOf(folder), 0)
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
    console.log(`app.asar: ${mb(asarBytes)}; with the page's libraries it would be about ${mb(asarBytes + libraryBytes)} (+${mb(libraryBytes)})`)
  })

  it('holds every package the main process, preload, web mode and CLI import', () => {
    const packages = new Set(entries.map((entry) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(entry)?.[1]).filter(Boolean))
    const copy = join(work, 'imports-check')
    extractAll(asar, copy)
    const code = entries.filter((entry) => /^\/out\/(main|preload)\/.*\.c?js$/.test(entry)).map((entry) => readFileSync(join(copy, entry), 'utf8'))
    const imported = new Set<string>()
    for (const text of code) {
      // A package name has no spaces, so a sentence ending "…cut from" before a quote is not taken for an import.
      for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"'./$\s][^"'\s]*)["']/g)) {
        const specifier = match[1] as string
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string)
        if (!isBuiltin(specifier) && name !== 'electron') imported.add(name)
      }
    }
    expect([...imported]).toEqual(expect.arrayContaining(['@citation-js/core', 'docx', 'lowdb', 'zod']))
    expect([...imported].filter((name) => !packages.has(name))).toEqual([])
  })

  it('holds data/ among its resources: the starter pack, the bundled texts and the citation styles', () => {
    for (const file of ['packs/california-secession.casebook', 'texts/us-constitution.json', 'csl/modern-language-association.csl', 'csl/chicago-author-date.csl', 'README.md', 'csl/README.md']) {
      expect(readFileSync(join(resources, 'data', file), 'utf8')).toBe(readFileSync(join(ROOT, 'data', file), 'utf8'))
    }
  })

  it('holds pdf.js’s character maps and standard fonts unpacked beside app.asar, where the parse worker reads them', () => {
    const folder = join(resources, 'app.asar.unpacked', 'node_modules', 'pdfjs-dist')
    for (const file of ['cmaps/UniJIS-UCS2-H.bcmap', 'cmaps/Adobe-GB1-UCS2.bcmap', 'standard_fonts/FoxitSerif.pfb']) {
      expect(readFileSync(join(folder, file))).toEqual(readFileSync(join(ROOT, 'node_modules', 'pdfjs-dist', file)))
    }
  })

  it('has Casebook’s fuses flipped in the packaged executable', async () => {
    const fuses = await getCurrentFuseWire(join(unpacked, 'casebook'))
    const on = (option: FuseV1Options) => fuses[option] === '1'.charCodeAt(0)
    expect(on(FuseV1Options.RunAsNode)).toBe(false)
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false)
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false)
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe(true)
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true)
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true)
  })
})

describe('the web mode and the CLI run from the packaged files', () => {
  const app = join(resources, 'app')
  const dataDir = join(work, 'library')
  const exec = promisify(execFile)

  beforeAll(() => extractAll(asar, app))

  it('the web mode installs the starter pack, lists the Constitution and cites in MLA and Chicago', async () => {
    const { startWebMode } = await import('../../support/web-mode')
    const web = await startWebMode(dataDir, [], { starterPack: true, script: join(app, 'out', 'main', 'web.js') })
    try {
      const origin = new URL(web.url).origin
      const entry = await fetch(web.url, { redirect: 'manual' })
      const cookie = (entry.headers.get('set-cookie') ?? '').split(';')[0] as string
      const invoke = async (name: string, input: unknown) => {
        const response = await fetch(`${origin}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name, input }) })
        const outcome = (await response.json()) as { ok: boolean; data: unknown; error?: { message: string } }
        if (!outcome.ok) throw new Error(`${name}: ${outcome.error?.message}`)
        return outcome.data as never
      }
      const packs: Array<{ id: string }> = await invoke('pack.list', {})
      expect(packs.map((pack) => pack.id)).toContain('california-secession')
      const sources: Array<{ source: { id: string; title: string }; bundled: boolean }> = await invoke('source.list', {})
      expect(sources.filter((s) => s.bundled).map((s) => s.source.title)).toContain('Constitution of the United States')
      // A news article from the pack: no legal form, so the styles' own output.
      const article = sources.find((s) => !s.bundled && s.source.title.startsWith('Could California leave the United States?'))
      expect(article).toBeDefined()
      const mla: { bibliography: string } = await invoke('source.cite', { sourceId: article?.source.id, style: 'mla' })
      const chicago: { bibliography: string } = await invoke('source.cite', { sourceId: article?.source.id, style: 'chicago' })
      expect(mla.bibliography).not.toBe(chicago.bibliography)
      expect(mla.bibliography).toMatch(/“.+\.”/)
      // The page itself comes from the package.
      const page = await fetch(`${origin}/`, { headers: { cookie } })
      expect(await page.text()).toContain('<div id="root">')
    } finally {
      await web.stop()
    }
  }, 60_000)

  it('the CLI lists the starter pack’s motions and writes a brief that quotes the Constitution', async () => {
    const cli = join(app, 'out', 'main', 'cli.js')
    const listed = await exec(process.execPath, [cli, 'list', 'motions', '--data', dataDir, '--json'])
    expect((JSON.parse(listed.stdout) as Array<{ title: string }>).map((m) => m.title)).toContain(STARTER_MOTION)
    const out = join(work, 'brief.md')
    await exec(process.execPath, [cli, 'brief', '--motion', STARTER_MOTION, '--out', out, '--format', 'md', '--style', 'mla', '--data', dataDir])
    const brief = readFileSync(out, 'utf8')
    const readJson = (file: string) => JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8')) as never
    const units: Array<{ id: string; text: string }> = (readJson('texts/us-constitution.json') as { units: never }).units
    const cards: Array<{ sourceId: string; unitId: string; text: string }> = (readJson('packs/california-secession.casebook') as { quotes: never }).quotes
    const quoted = cards.filter((card) => card.sourceId === 'us-const' && brief.includes(card.text))
    expect(quoted.length).toBeGreaterThan(0)
    // Each, word for word, the Constitution's own text.
    for (const card of quoted) expect(units.find((unit) => unit.id === card.unitId)?.text).toContain(card.text)
    expect(brief).toContain('U.S. Const.')
  }, 60_000)
})
