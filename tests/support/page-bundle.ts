import { readFileSync } from 'node:fs'

/** Written by the build (electron.vite.config.ts, casebook:module-list). */
export const MODULE_LIST = 'out/renderer-modules.json'

export interface PageChunk {
  file: string
  isEntry: boolean
  /** Chunks loaded with this one, before it runs. */
  imports: string[]
  /** Chunks loaded when the page asks (React.lazy: a screen opened). */
  dynamicImports: string[]
  bytes: number
  /** Source files and packages in it, relative to the project. */
  modules: string[]
}

export function readModuleList(path = MODULE_LIST): { chunks: PageChunk[] } {
  return JSON.parse(readFileSync(path, 'utf8')) as { chunks: PageChunk[] }
}

/** The JavaScript the first screen loads: the entry and every chunk it imports statically, transitively. */
export function firstScreen(list: { chunks: PageChunk[] }): { bytes: number; files: string[]; modules: string[] } {
  const byFile = new Map(list.chunks.map((chunk) => [chunk.file, chunk]))
  const files = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    for (const next of byFile.get(file)?.imports ?? []) visit(next)
  }
  for (const chunk of list.chunks) if (chunk.isEntry) visit(chunk.file)
  const chunks = [...files].map((file) => byFile.get(file)).filter((chunk): chunk is PageChunk => chunk !== undefined)
  return { bytes: chunks.reduce((sum, c) => sum + c.bytes, 0), files: [...files], modules: chunks.flatMap((c) => c.modules) }
}
