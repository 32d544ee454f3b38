import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Bundles a TypeScript child-process script (with everything it imports) into one .mjs that
 * plain Node runs, for tests that need real separate processes. Answers its path and a cleanup.
 */
export async function bundleChild(entry: string): Promise<{ file: string; remove(): void }> {
  const outDir = mkdtempSync(join(tmpdir(), 'casebook-child-'))
  const name = `${basename(entry, '.ts')}.mjs`
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { ssr: entry, outDir, emptyOutDir: true, minify: false, rolldownOptions: { output: { format: 'es', entryFileNames: name } } },
    ssr: { noExternal: true, target: 'node' }
  })
  return { file: join(outDir, name), remove: () => rmSync(outDir, { recursive: true, force: true }) }
}
