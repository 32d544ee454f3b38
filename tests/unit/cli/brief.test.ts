/** `casebook brief` end to end: a real store in a temp folder, each format written and read back. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Store } from '../../../electron/main/store/store'
import { createMotion } from '../../../shared/operations/motions'
import type { Library } from '../../../shared/model/library'
import { docxText, htmlText, markdownUnquoted, pdfText } from '../brief/extract'
import { awkwardMotion, MOTION_TITLE } from '../brief/fixtures'
import { runCli } from '../../../electron/cli/run'
import { run } from './run-cli'

let dir: string
let data: string
let out: string
const fixture = awkwardMotion()
const cardTexts = fixture.cards.map((c) => c.text)

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-cli-brief-'))
  data = join(dir, 'data')
  out = join(dir, 'out')
  mkdirSync(out)
  const store = await Store.open(data, { holder: 'cli' })
  await store.update((): { library: Library; result: null } => ({ library: fixture.library, result: null }))
  await store.close()
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))


describe('casebook brief', () => {
  it('refuses to write the brief over the library or anywhere else inside the data folder', async () => {
    const library = readFileSync(join(data, 'casebook.json'), 'utf8')
    for (const target of [join(data, 'casebook.json'), join(data, 'brief.md')]) {
      const result = await run('brief', '--motion', fixture.motionId, '--out', target, '--format', 'md', '--data', data)
      expect(result.code, target).toBe(1)
      expect(result.err).toContain(`cannot write ${target}: it is inside the data folder ${data}`)
    }
    expect(readFileSync(join(data, 'casebook.json'), 'utf8')).toBe(library)
    expect(readdirSync(data)).not.toContain('brief.md')
  })

  it('writes Markdown, HTML and Word, the format taken from the extension, every card exact', async () => {
    for (const name of ['brief.md', 'brief.html', 'brief.docx']) {
      const file = join(out, name)
      const result = await run('brief', '--motion', fixture.motionId, '--out', file, '--data', data, '--date', '2026-03-14')
      expect(result, name).toMatchObject({ code: 0, err: '' })
      expect(result.out).toMatch(new RegExp(`^Wrote ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(Aff and Neg; ${fixture.cards.length} cards; (md|html|docx)\\)$`))
    }
    const md = markdownUnquoted(readFileSync(join(out, 'brief.md'), 'utf8'))
    const html = htmlText(readFileSync(join(out, 'brief.html'), 'utf8'))
    const docx = docxText(readFileSync(join(out, 'brief.docx')))
    for (const text of cardTexts) {
      expect(md.includes(text)).toBe(true)
      expect(html.includes(text)).toBe(true)
      expect(docx.includes(text)).toBe(true)
    }
    expect(docx).toContain('2026-03-14')
    expect(readdirSync(out).sort()).toEqual(['brief.docx', 'brief.html', 'brief.md'])
  })

  it('writes a PDF through headless Chromium', async () => {
    const file = join(out, 'brief.pdf')
    expect(await run('brief', '--motion', MOTION_TITLE, '--side', 'pro', '--out', file, '--data', data)).toMatchObject({ code: 0, err: '' })
    const text = pdfText(file)
    expect(text).toContain('Aff: for the motion')
    expect(text).not.toContain('Neg: against the motion')
  }, 60_000)

  it('finds the motion by its exact title, and takes side, style, cards, blocks, notes and depth', async () => {
    const file = join(out, 'neg.md')
    const result = await run('brief', '--motion', MOTION_TITLE, '--side', 'con', '--style', 'mla', '--no-cards', '--notes', '--no-blocks', '--depth', '1', '--format', 'md', '--out', file, '--data', data)
    expect(result.code).toBe(0)
    const md = readFileSync(file, 'utf8')
    expect(md).toContain('# Neg: against the motion')
    expect(md).not.toContain('# Aff: for the motion')
    expect(md).not.toContain('\n> ')
    expect(md).not.toContain('## Blocks')
    expect(md).not.toContain('History supports union')
    expect(md).toContain('# Works Cited')
  })

  it('uses --format over the extension', async () => {
    const file = join(out, 'brief.txt')
    expect((await run('brief', '--motion', fixture.motionId, '--format', 'html', '--out', file, '--data', data)).code).toBe(0)
    expect(readFileSync(file, 'utf8').startsWith('<!doctype html>')).toBe(true)
  })

  it('prints its usage for --help, and is listed in casebook --help', async () => {
    const help = await run('brief', '--help')
    expect(help.code).toBe(0)
    expect(help.out).toContain('casebook brief --motion <id or exact title>')
    expect((await run('--help')).out).toContain('casebook brief --motion')
  })
})

describe('casebook brief refuses, in one line, with a non-zero exit and no file', () => {
  const oneLine = (result: { code: number; out: string; err: string }, code: number, pattern: RegExp) => {
    expect(result.code).toBe(code)
    expect(result.out).toBe('')
    expect(result.err.split('\n')).toHaveLength(1)
    expect(result.err).toMatch(pattern)
  }

  it('an unknown flag', async () => {
    oneLine(await run('brief', '--motion', 'x', '--colour', 'red', '--out', join(out, 'a.md')), 2, /^casebook brief: Unknown option '--colour'/)
  })

  it('a missing --motion or --out, a bad side, style, format or depth', async () => {
    const file = join(out, 'a.md')
    oneLine(await run('brief', '--out', file, '--data', data), 1, /^casebook brief: give the motion: --motion/)
    oneLine(await run('brief', '--motion', fixture.motionId, '--data', data), 1, /^casebook brief: give the file to write: --out FILE$/)
    oneLine(await run('brief', '--motion', fixture.motionId, '--side', 'aff', '--out', file, '--data', data), 1, /--side must be pro, con or both; got "aff"$/)
    oneLine(await run('brief', '--motion', fixture.motionId, '--style', 'harvard', '--out', file, '--data', data), 1, /--style must be apa, mla or chicago/)
    oneLine(await run('brief', '--motion', fixture.motionId, '--format', 'rtf', '--out', file, '--data', data), 1, /--format must be md, html, docx or pdf/)
    oneLine(await run('brief', '--motion', fixture.motionId, '--out', join(out, 'a.txt'), '--data', data), 1, /cannot tell the format from ".*a\.txt": give --format/)
    oneLine(await run('brief', '--motion', fixture.motionId, '--depth', '0', '--out', file, '--data', data), 1, /--depth must be a whole number from 1 to 20/)
    expect(readdirSync(out)).toEqual([])
  })

  it('a motion that is not there, or a title two motions share', async () => {
    oneLine(await run('brief', '--motion', 'No such motion', '--out', join(out, 'a.md'), '--data', data), 1, /no motion with the id or title "No such motion"/)
    const store = await Store.open(data, { holder: 'cli' })
    await store.update((library) => createMotion(library, { title: MOTION_TITLE }, { now: () => '2026-01-02T00:00:00.000Z', newId: () => 'second-motion' }))
    await store.close()
    oneLine(await run('brief', '--motion', MOTION_TITLE, '--out', join(out, 'a.md'), '--data', data), 1, /2 motions are titled .*; give the id of one/)
    expect(readdirSync(out)).toEqual([])
  })

  it('a folder that is not there, a file where a folder should be, or a folder as the file', async () => {
    oneLine(await run('brief', '--motion', fixture.motionId, '--out', join(out, 'missing', 'a.md'), '--data', data), 1, /cannot write .*a\.md: the folder .*missing does not exist$/)
    writeFileSync(join(out, 'file'), 'x')
    oneLine(await run('brief', '--motion', fixture.motionId, '--out', join(out, 'file', 'a.md'), '--data', data), 1, /is not a folder$/)
    mkdirSync(join(out, 'folder.md'))
    oneLine(await run('brief', '--motion', fixture.motionId, '--out', join(out, 'folder.md'), '--data', data), 1, /cannot write .*folder\.md: it is a folder$/)
  })

  it('a PDF with no Chromium to print it, leaving the old file as it was', async () => {
    const file = join(out, 'brief.pdf')
    writeFileSync(file, 'the old brief')
    const result = await runCli(['brief', '--motion', fixture.motionId, '--out', file, '--data', data], {
      out: () => {},
      err: (line) => expect(line).toMatch(/^casebook brief: CASEBOOK_CHROMIUM names \/nowhere\/chromium, which does not exist$/),
      env: { CASEBOOK_CHROMIUM: '/nowhere/chromium' }
    })
    expect(result).toBe(1)
    expect(readFileSync(file, 'utf8')).toBe('the old brief')
    expect(readdirSync(out)).toEqual(['brief.pdf'])
  })
})
