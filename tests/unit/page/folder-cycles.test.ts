import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const PAGE = resolve('renderer/src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The page's top-level folder a file is in ('app', 'map', …); '' for files at the top. */
function folderOf(path: string): string {
  const parts = relative(PAGE, path).split(/[\\/]/)
  return parts.length > 1 ? (parts[0] as string) : ''
}

/** Which folder imports which (type imports too: they tie the folders together just the same). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of sourceFiles(PAGE)) {
    const from = folderOf(file)
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.[^']+)'/g)) {
      const target = resolve(dirname(file), spec as string)
      if (!target.startsWith(PAGE + '/')) continue
      const to = folderOf(target)
      if (to === from || to === '') continue
      if (!graph.has(from)) graph.set(from, new Set())
      graph.get(from)!.add(to)
    }
  }
  return graph
}

function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = []
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next)
      if (at >= 0) found.push([...path.slice(at), next])
      else visit(next, [...path, next])
    }
  }
  for (const start of graph.keys()) visit(start, [start])
  return found
}

describe('the page’s folders', () => {
  it('import one another without cycles (the shell uses features, features use the kit and shared parts)', () => {
    expect(cycles(folderGraph()).map((cycle) => cycle.join(' → '))).toEqual([])
  })

  it('keep the kit of shared parts free of the shell and of every feature', () => {
    const kit = [...(folderGraph().get('kit') ?? [])].filter((to) => to !== 'api' && to !== 'data')
    expect(kit).toEqual([])
  })
})
