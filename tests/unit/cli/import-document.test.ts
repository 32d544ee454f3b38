/** `casebook import document FILE` and `casebook show source ID [--text]`: through the app's own handlers and text files. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { run } from './run-cli'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-cli-document-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const MARKDOWN = `# Federalist No. 51

Ambition must be made to counteract ambition.

If men were angels, no government would be necessary.
`

// Each import reads the file on a fresh worker: seconds on a busy machine.
describe('casebook import document', { timeout: 60_000 }, () => {
  it('--json gives the summary, recognises the same file again, and show source prints its fields and whole text', async () => {
    const file = join(dir, 'federalist-51.md')
    writeFileSync(file, MARKDOWN)
    const data = join(dir, 'data')
    const first = await run('import', 'document', file, '--data', data, '--json')
    expect(first.code).toBe(0)
    const summary = JSON.parse(first.out) as { sourceId: string }
    expect(summary).toEqual({ sourceId: expect.any(String), kind: 'article', units: 2, title: 'Federalist No. 51', author: '', date: '', alreadyHad: false, warnings: [] })

    const again = await run('import', 'document', file, '--data', data)
    expect(again).toMatchObject({ code: 0, out: `The library already has ${file} as “Federalist No. 51” (${summary.sourceId}); nothing was added.` })
    expect(JSON.parse(readFileSync(join(data, STORE_FILE), 'utf8')).sources).toHaveLength(1)

    const text = await run('show', 'source', summary.sourceId, '--text', '--data', data)
    expect(text).toMatchObject({ code: 0, out: 'Ambition must be made to counteract ambition.\n\nIf men were angels, no government would be necessary.' })
    const fields = await run('show', 'source', summary.sourceId, '--data', data)
    expect(fields.out.split('\n')).toEqual([
      'Federalist No. 51  (from the first “#” heading)',
      `  id: ${summary.sourceId}`,
      '  kind: article',
      '  document: federalist-51.md (markdown, 2 parts)'
    ])
  })

  it('refuses an unreadable file, a wrong kind, a missing source and a missing text, each in one line with a non-zero exit', async () => {
    const data = join(dir, 'data')
    expect(await run('import', 'document', join(dir, 'nope.pdf'), '--data', data)).toMatchObject({ code: 1, err: expect.stringContaining(`cannot read ${join(dir, 'nope.pdf')}: no such file`) })
    const blank = join(dir, 'blank.txt')
    writeFileSync(blank, '\n\n')
    const refused = await run('import', 'document', blank, '--data', data)
    expect(refused.code).not.toBe(0)
    expect(refused.err).toContain(`${blank}: blank.txt has no text`)
    expect(await run('show', 'motion', 'x', '--data', data)).toMatchObject({ code: 1, err: expect.stringContaining('say "source" and its id') })
    expect(await run('show', 'source', 'nope', '--data', data)).toMatchObject({ code: 1, err: expect.stringContaining('No source with id "nope"') })

    const file = join(dir, 'federalist-51.md')
    writeFileSync(file, MARKDOWN)
    const { sourceId } = JSON.parse((await run('import', 'document', file, '--data', data, '--json')).out) as { sourceId: string }
    for (const name of readdirSync(join(data, 'texts'))) rmSync(join(data, 'texts', name))
    const missing = await run('show', 'source', sourceId, '--text', '--data', data)
    expect(missing.code).not.toBe(0)
    expect(missing.err).toMatch(/The text of “Federalist No\. 51” is missing/)
  })
})
