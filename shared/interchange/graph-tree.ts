/**
 * An argument graph (any claim may support or attack several others, in cycles) cut down to
 * the tree Casebook keeps: each claim stays under the first claim it answers (by rank, then in
 * the file), and a cycle is broken at the claim that comes first in the file. Every cut is a
 * warning, and every relation cut is returned so that it can be kept as a see-also link.
 * Siblings keep the order in which they first appear in the file.
 */

export interface GraphNode {
  key: string
  /** How the node is named in a warning. */
  label: string
  /** Where the node first appears, for ordering; 1-based. */
  line: number
}

export interface GraphEdge {
  /** The answering claim: it supports or attacks `to`. */
  from: string
  to: string
  stance: 'pro' | 'con'
  line: number
  /** Lower ranks are preferred as the tree's edge: 0 unless given. */
  rank?: number
  /** The file's own name for the relation (Argdown's "contrary", say), kept for a see-also link. */
  relation?: string
}

/** A relation the tree could not hold: a second parent, or the edge that closed a cycle. */
export interface LeftOutEdge extends GraphEdge {
  reason: 'second parent' | 'cycle'
}

export interface Tree {
  /** Each node's parent and its stance toward it; roots have none. */
  parent: Map<string, { key: string; stance: 'pro' | 'con' }>
  /** Children in the order of the file. */
  children: Map<string, string[]>
  /** Nodes with no parent, in the order of the file. */
  roots: string[]
  warnings: string[]
  /** Relations between known nodes that the tree leaves out (not those of a node to itself). */
  leftOut: LeftOutEdge[]
}

const byLine = <T extends { line: number }>(a: T, b: T) => a.line - b.line
const byRankThenLine = (a: GraphEdge, b: GraphEdge) => (a.rank ?? 0) - (b.rank ?? 0) || a.line - b.line

export function graphToTree(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Tree {
  const known = new Map(nodes.map((n) => [n.key, n]))
  const label = (key: string) => known.get(key)?.label ?? key
  const warnings: string[] = []
  const leftOut: LeftOutEdge[] = []
  const parentEdge = new Map<string, GraphEdge>()
  for (const edge of [...edges].sort(byRankThenLine)) {
    if (!known.has(edge.from) || !known.has(edge.to)) continue
    if (edge.from === edge.to) {
      warnings.push(`Line ${edge.line}: ${label(edge.from)} answers itself; that relation was left out.`)
      continue
    }
    const kept = parentEdge.get(edge.from)
    if (kept) {
      warnings.push(
        `Line ${edge.line}: ${label(edge.from)} also answers ${label(edge.to)}; ` +
          `it is imported under ${label(kept.to)}, with ${label(edge.to)} as a see-also link (a map is a tree here, not a graph).`
      )
      leftOut.push({ ...edge, reason: 'second parent' })
      continue
    }
    parentEdge.set(edge.from, edge)
  }

  // Walks up from every node without recursion; meeting the walk's own path again is a cycle.
  const state = new Map<string, 'walking' | 'done'>()
  for (const node of [...nodes].sort(byLine)) {
    const path: string[] = []
    let key: string | undefined = node.key
    while (key !== undefined && !state.has(key)) {
      state.set(key, 'walking')
      path.push(key)
      key = parentEdge.get(key)?.to
    }
    if (key !== undefined && state.get(key) === 'walking') {
      const cycle = path.slice(path.indexOf(key))
      const first = cycle.reduce((a, b) => ((known.get(b)?.line ?? 0) < (known.get(a)?.line ?? 0) ? b : a))
      const cut = parentEdge.get(first) as GraphEdge
      parentEdge.delete(first)
      leftOut.push({ ...cut, reason: 'cycle' })
      warnings.push(
        `Line ${cut.line}: ${cycle.map(label).join(', ')} answer each other in a circle; ` +
          `${label(first)} is imported without its relation to ${label(cut.to)}, kept as a see-also link.`
      )
    }
    for (const step of path) state.set(step, 'done')
  }

  const parent = new Map<string, { key: string; stance: 'pro' | 'con' }>()
  const children = new Map<string, string[]>()
  // Siblings in the order they first appear in the file, whatever edge chose their parent.
  const appears = (edge: GraphEdge) => known.get(edge.from)?.line ?? edge.line
  for (const edge of [...parentEdge.values()].sort((a, b) => appears(a) - appears(b) || a.line - b.line)) {
    parent.set(edge.from, { key: edge.to, stance: edge.stance })
    const list = children.get(edge.to)
    if (list) list.push(edge.from)
    else children.set(edge.to, [edge.from])
  }
  const roots = [...nodes].sort(byLine).filter((n) => !parent.has(n.key)).map((n) => n.key)
  return { parent, children, roots, warnings, leftOut }
}

/** The nodes under `root`, parents before children, siblings in order; without recursion. */
export function descendants(tree: Tree, root: string): string[] {
  const out: string[] = []
  const stack = [...(tree.children.get(root) ?? [])].reverse()
  while (stack.length > 0) {
    const key = stack.pop() as string
    out.push(key)
    stack.push(...[...(tree.children.get(key) ?? [])].reverse())
  }
  return out
}
