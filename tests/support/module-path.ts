/**
 * electron-vite's `?modulePath` import for the unit tests: the build turns `./worker?modulePath`
 * into the path of the worker built as its own file; vitest runs the TypeScript sources, so
 * this plugin builds the worker with rolldown (as electron-vite does) into
 * node_modules/.cache and answers that path. Packages stay imports, found in node_modules.
 */
import { readFileSync, rmSync } from 'node:fs'
import { dirname, isAbsolute, join, parse, resolve } from 'node:path'
import { build, type Plugin as RolldownPlugin } from 'rolldown'
import type { Plugin } from 'vite'

const SUFFIX = '?modulePath'
const RAW = '?raw'

/** Vite's `?raw` imports (the bundled citation styles): the file's text as a string. */
const rawText: RolldownPlugin = {
  name: 'casebook:raw',
  resolveId(source, importer) {
    if (!source.endsWith(RAW) || !importer) return null
    return resolve(dirname(importer), source.slice(0, -RAW.length)) + RAW
  },
  load(id) {
    if (!id.endsWith(RAW)) return null
    return `export default ${JSON.stringify(readFileSync(id.slice(0, -RAW.length), 'utf8'))}`
  }
}
// One folder per test run (parallel runs must not read each other's half-written builds),
// inside the project so the build's package imports resolve, removed when the run ends.
const OUT_DIR = resolve('node_modules/.cache/casebook-test-workers', String(process.pid))

/** Builds `entry` once per run, answering the built file's path. */
const builds = new Map<string, Promise<string>>()
function built(entry: string): Promise<string> {
  const known = builds.get(entry)
  if (known) return known
  if (builds.size === 0) process.once('exit', () => rmSync(OUT_DIR, { recursive: true, force: true }))
  const name = parse(entry).name
  const dir = join(OUT_DIR, name)
  const path = build({
    input: entry,
    platform: 'node',
    plugins: [rawText],
    external: (source) => !source.startsWith('.') && !isAbsolute(source) && !source.startsWith('\0'),
    output: { dir, format: 'esm', entryFileNames: '[name].mjs', codeSplitting: false },
    logLevel: 'silent'
  }).then(() => join(dir, `${name}.mjs`))
  builds.set(entry, path)
  return path
}

export function modulePathForTests(): Plugin {
  return {
    name: 'casebook:module-path-for-tests',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith(SUFFIX) || !importer) return null
      const resolved = await this.resolve(id.slice(0, -SUFFIX.length), importer, { skipSelf: true })
      return resolved ? `${resolved.id}${SUFFIX}` : null
    },
    async load(id) {
      if (!id.endsWith(SUFFIX)) return null
      return `export default ${JSON.stringify(await built(id.slice(0, -SUFFIX.length)))}`
    }
  }
}
