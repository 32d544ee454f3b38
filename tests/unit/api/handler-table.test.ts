/**
 * "A missing handler is a compile error", checked for real: in a temporary copy of the main
 * process and shared code, an operation is added to the contract (with its topics) and no
 * handler, and the type checker must refuse the handler table, and nothing else.
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
let copy = ''

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true })
})

/** Edits one file of the copy, failing loudly if the text to replace is not there any more. */
function edit(file: string, find: string, replace: string): void {
  const path = join(copy, file)
  const text = readFileSync(path, 'utf8')
  expect(text, `${file} no longer contains ${JSON.stringify(find)}`).toContain(find)
  writeFileSync(path, text.replace(find, replace))
}

function typecheck(): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, '--noEmit', '--pretty', 'false', '-p', join(copy, 'tsconfig.json')], { cwd: copy, maxBuffer: 16 * 1024 * 1024 }, (_error, stdout, stderr) => resolve(`${stdout}${stderr}`))
  })
}

describe('the handler table', () => {
  it('does not compile when the contract has an operation without a handler, and says which', async () => {
    copy = mkdtempSync(join(tmpdir(), 'casebook-handlers-'))
    for (const folder of ['electron', 'shared']) cpSync(join(ROOT, folder), join(copy, folder), { recursive: true })
    for (const name of ['node_modules', 'data', 'package.json', 'tsconfig.base.json']) symlinkSync(join(ROOT, name), join(copy, name))
    // The node project only, over the code the handlers live in: the page and tests are not needed.
    writeFileSync(
      join(copy, 'tsconfig.json'),
      JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { lib: ['ES2023'], types: ['node'] }, include: ['electron/**/*.ts', 'shared/**/*.ts'] })
    )
    edit('shared/contract.ts', '\n} as const', ",\n  'demo.ping': read('Answers pong', z.object({}), z.object({ pong: z.boolean() }))\n} as const")
    edit('shared/library-changes.ts', "  'drill.delete': ['practice']\n", "  'drill.delete': ['practice'],\n  'demo.ping': []\n")

    const errors = (await typecheck()).split('\n').filter((line) => /error TS\d+/.test(line))
    expect(errors.length).toBeGreaterThan(0)
    // Only the table is refused, naming the operation: the rest of the copy compiles.
    expect(errors.filter((line) => !line.startsWith('electron/main/api/index.ts'))).toEqual([])
    expect(errors.join('\n')).toMatch(/Property '"demo\.ping"' is missing/)
  }, 180_000)
})
