/**
 * An Argdown document as an ImportedMotion, built from the map Argdown's own tools draw for it
 * (see argdown-run.ts). Every statement and argument on the map becomes a claim titled by its
 * Argdown title (or, untitled, by its first sentence), with its text as the body and its #tags
 * as tags; an argument keeps its premise–conclusion reconstruction in its body
 * (argdown-reconstruction.ts). The map's edges give the tree: whatever supports or attacks
 * something is its child, and an argument sits under the statement it concludes, as a premise
 * sits under its argument. Edges a tree cannot hold become see-also links that keep their
 * relation (support, attack, …), each named in a warning. Untitled statements that answer nothing are the document's prose: they go into the
 * motion's description.
 *
 * The motion is the top statement: in the file's order, the first node that answers nothing and
 * is answered by something. Without one, the first heading is the motion and every claim a
 * contention; without a heading either, the first claim is the motion. Other trees that do not
 * reach the motion are listed with the contentions but marked unrelated (Claim.unrelated), with
 * a warning: the author never related them to the motion.
 */
import {
  ArgdownTypes,
  IArgument,
  IEquivalenceClass,
  RangeType,
  RelationType,
  StatementRole,
  type IArgdownResponse,
  type IMapEdge,
  type IMapNode,
  type IStatement,
  type RelationMember
} from '@argdown/core'
import { MOTION_DATA_KEY, TITLE_DATA_KEY, UNTITLED } from './argdown-write'
import { withReconstruction, type ReconstructionStep } from './argdown-reconstruction'
import { runArgdown } from './argdown-run'
import { descendants, graphToTree, type GraphEdge, type GraphNode, type LeftOutEdge } from './graph-tree'
import { finishImport, type ImportedClaim, type ImportedMotion } from './imported-motion'
import { SeeAlsoRelationSchema, type SeeAlsoRelation } from '../model/claim'
import { clip, type ImportOptions, oneLine, readImportText, refuse, splitTitle } from './text'

/** At most this many left-out relations are named one by one in the warnings. */
const LISTED_CUTS = 20
const MAX_TAGS = 50
const MAX_TAG_CHARS = 60
const MAX_SEE_ALSO = 100

/**
 * A statement's text as plain text: each link's address after its words (the model drops it),
 * its #tags taken out (they become the claim's tags).
 */
function textOf(statement: IStatement | undefined, links: string[]): string {
  if (!statement?.text) return ''
  let text = statement.text
  const ranges = (statement.ranges ?? []).filter((r) => (r.type === RangeType.LINK && r.url) || r.type === RangeType.TAG)
  // From the end, so that earlier ranges keep their places; a range's stop is its last character.
  for (const range of ranges.sort((a, b) => b.start - a.start)) {
    if (range.type === RangeType.TAG) {
      text = `${text.slice(0, range.start).trimEnd()}${text.slice(range.stop + 1)}`
      continue
    }
    const url = range.url as string
    if (!links.includes(url)) links.push(url)
    text = `${text.slice(0, range.stop + 1)} (${url})${text.slice(range.stop + 1)}`
  }
  return text.trim()
}

function tagsOf(tags: readonly string[] | undefined): string[] {
  const kept = new Set<string>()
  for (const tag of tags ?? []) {
    const clean = clip(oneLine(tag), MAX_TAG_CHARS)
    if (clean) kept.add(clean)
  }
  return [...kept].slice(0, MAX_TAGS)
}

interface Node extends GraphNode {
  title: string
  body: string
  tags: string[]
  argument: boolean
  /** Marked as the motion by Casebook's export (MOTION_DATA_KEY). */
  motion?: boolean
}

/** The title the claim gets, and the body left for it: the Argdown title, else the text's first sentence. */
function named(argdownTitle: string, data: unknown, text: string): { title: string; body: string; label: string | null } {
  const kept = (data as Record<string, unknown> | undefined)?.[TITLE_DATA_KEY]
  const title = typeof kept === 'string' && kept.trim() ? kept : UNTITLED.test(argdownTitle) ? null : argdownTitle
  if (title !== null) return { title, body: text, label: null }
  const split = splitTitle(text)
  return { ...split, label: `"${clip(split.title, 60)}"` }
}

/** The earliest line among items (Infinity for none); a loop, since a spread of thousands overflows. */
const firstLine = (items: ReadonlyArray<{ startLine?: number }>): number =>
  items.reduce((least, item) => Math.min(least, item.startLine ?? Infinity), Infinity)

const LAST_LINE = Number.MAX_SAFE_INTEGER
const finite = (line: number, otherwise = LAST_LINE) => (Number.isFinite(line) ? line : otherwise)

function statementNode(response: IArgdownResponse, title: string, links: string[]): Node {
  const ec = (response.statements ?? {})[title]
  const text = textOf(IEquivalenceClass.getCanonicalMember(ec), links)
  const name = named(title, ec.data, text)
  const relationLine = firstLine((ec.relations ?? []).flatMap((r) => r.occurrences))
  const key = `[${title}]`
  return {
    key,
    label: name.label ?? key,
    line: finite(Math.min(firstLine(ec.members), relationLine)),
    title: name.title,
    body: name.body,
    tags: tagsOf(ec.tags),
    argument: false,
    motion: (ec.data as Record<string, unknown> | undefined)?.[MOTION_DATA_KEY] === true
  }
}

function argumentNode(response: IArgdownResponse, title: string, links: string[]): Node {
  const argument = (response.arguments ?? {})[title]
  const statements = response.statements ?? {}
  const description = textOf(IArgument.getCanonicalMember(argument), links)
  const steps: ReconstructionStep[] = argument.pcs.map((step) => {
    const ec = statements[step.title ?? '']
    // "(1) [Title]" alone refers to a statement defined elsewhere: its text is the statement's.
    const text = textOf(step, links) || (ec ? textOf(IEquivalenceClass.getCanonicalMember(ec), links) : '')
    const role = step.role === StatementRole.PREMISE ? 'premise' : 'conclusion'
    return step.title && !UNTITLED.test(step.title) ? { role, title: step.title, text } : { role, text }
  })
  // Untitled and undescribed: the argument is named by what it concludes.
  const words = description || steps.at(-1)?.text || ''
  const name = named(title, argument.data, words)
  const key = `<${title}>`
  const relationLine = firstLine((argument.relations ?? []).flatMap((r) => r.occurrences))
  return {
    key,
    label: name.label ?? key,
    line: finite(Math.min(firstLine(argument.members), firstLine(argument.pcs), relationLine)),
    title: name.title,
    body: withReconstruction(description ? name.body : '', steps),
    tags: tagsOf(argument.tags),
    argument: true
  }
}

const keyOf = (node: IMapNode) => (node.type === ArgdownTypes.ARGUMENT_MAP_NODE ? `<${node.title ?? ''}>` : `[${node.title ?? ''}]`)

const RELATIONS = new Set<string>(SeeAlsoRelationSchema.options)
/** A map edge's relation as a see-also link keeps it; Argdown draws no other kinds. */
const relationOf = (relation: string | undefined): SeeAlsoRelation =>
  relation !== undefined && RELATIONS.has(relation) ? (relation as SeeAlsoRelation) : 'support'

const SYMMETRIC = new Set<string>([RelationType.CONTRADICTORY, RelationType.CONTRARY])

interface Edges {
  edges: GraphEdge[]
  /** Edges Argdown draws that add nothing: the same relation again, or the mirror of a symmetric one. */
  repeated: number
}

/**
 * The map's edges as the tree's candidates. An argument under the statement it concludes ranks
 * first, a premise under its argument next, and other relations after them, each in the file's
 * order.
 */
/** Where each relation is first written, by its ends ("s:" a statement's title, "a:" an argument's). */
function relationLines(response: IArgdownResponse): Map<string, number> {
  const end = (member: RelationMember | undefined) => {
    if (!member) return ''
    if (member.type === ArgdownTypes.EQUIVALENCE_CLASS) return `s:${member.title}`
    if (member.type === ArgdownTypes.ARGUMENT) return `a:${member.title}`
    return `a:${member.argumentTitle ?? ''}`
  }
  const lines = new Map<string, number>()
  for (const relation of response.relations ?? []) {
    const key = `${end(relation.from)}\u0000${end(relation.to)}`
    lines.set(key, Math.min(lines.get(key) ?? Infinity, firstLine(relation.occurrences)))
  }
  return lines
}

function collectEdges(response: IArgdownResponse, byKey: Map<string, Node>): Edges {
  const written = relationLines(response)
  const endOf = (node: IMapNode, ec: { title?: string } | undefined) =>
    ec?.title !== undefined ? `s:${ec.title}` : `${node.type === ArgdownTypes.ARGUMENT_MAP_NODE ? 'a' : 's'}:${node.title ?? ''}`
  const edges: GraphEdge[] = []
  const seen = new Set<string>()
  let repeated = 0
  const argumentsByTitle = response.arguments ?? {}
  for (const edge of (response.map?.edges ?? []) as IMapEdge[]) {
    let from = keyOf(edge.from)
    let to = keyOf(edge.to)
    // A symmetric relation ("><") is drawn both ways; the statement nested under the other answers it.
    const symmetric = SYMMETRIC.has(edge.relationType)
    if (symmetric) [from, to] = [to, from]
    const pair = symmetric ? [from, to].sort().join('\u0000') : `${from}\u0000${to}`
    if (seen.has(pair) || from === to) {
      repeated += 1
      continue
    }
    seen.add(pair)
    const supports = edge.relationType === RelationType.SUPPORT || edge.relationType === RelationType.ENTAILS
    const stance = supports ? 'pro' : 'con'
    let rank = 2
    const ends = [endOf(edge.from, edge.fromEquivalenceClass), endOf(edge.to, edge.toEquivalenceClass)]
    const relationLine = written.get(ends.join('\u0000')) ?? written.get([...ends].reverse().join('\u0000'))
    let line = finite(relationLine ?? NaN, Math.min(byKey.get(from)?.line ?? LAST_LINE, byKey.get(to)?.line ?? LAST_LINE))
    const fromTitle = edge.from.title ?? ''
    const toTitle = edge.to.title ?? ''
    if (supports && edge.from.type === ArgdownTypes.ARGUMENT_MAP_NODE && edge.to.type === ArgdownTypes.STATEMENT_MAP_NODE) {
      const conclusion = argumentsByTitle[fromTitle]?.pcs.at(-1)
      if (conclusion?.title === toTitle) [rank, line] = [0, finite(conclusion.startLine ?? NaN, line)]
    } else if (supports && edge.from.type === ArgdownTypes.STATEMENT_MAP_NODE && edge.to.type === ArgdownTypes.ARGUMENT_MAP_NODE) {
      const premise = argumentsByTitle[toTitle]?.pcs.find((s) => s.role === StatementRole.PREMISE && s.title === fromTitle)
      if (premise) [rank, line] = [1, finite(premise.startLine ?? NaN, line)]
    }
    edges.push({ from, to, stance, line, rank, relation: edge.relationType })
  }
  return { edges, repeated }
}

/** Untitled statements that are not on the map and not part of an argument: the document's prose. */
function paragraphs(response: IArgdownResponse, onMap: ReadonlySet<string>, links: string[]): string[] {
  const prose: Array<{ line: number; text: string }> = []
  for (const [title, ec] of Object.entries(response.statements ?? {})) {
    if (onMap.has(`[${title}]`) || !ec.isUsedAsTopLevelStatement) continue
    if (ec.members.some((m) => m.role !== StatementRole.TOP_LEVEL_STATEMENT)) continue
    const text = textOf(IEquivalenceClass.getCanonicalMember(ec), links)
    if (text) prose.push({ line: finite(firstLine(ec.members)), text })
  }
  return prose.sort((a, b) => a.line - b.line).map((p) => p.text)
}

/** What the import did with the relations Argdown's map draws. */
export interface ArgdownRelations {
  /** Edges on Argdown's own map of the document. */
  drawn: number
  /** Of those, edges the tree keeps: a claim under the claim (or motion) it answers. */
  inTree: number
  /** Edges the tree could not hold; each is a see-also link, except one to the motion itself. */
  leftOut: Array<{ from: string; to: string; stance: 'pro' | 'con'; relation: SeeAlsoRelation; reason: LeftOutEdge['reason'] }>
  /** Edges drawn twice: the same relation again, or both directions of a contradiction. */
  repeated: number
}

export interface ImportedArgdown extends ImportedMotion {
  relations: ArgdownRelations
}

/** Reads an Argdown document; throws ApiError('invalid_input') naming the line when it cannot. */
export function parseArgdown(input: string | Uint8Array, options: ImportOptions = {}): ImportedArgdown {
  const text = readImportText(input, 'Argdown', options)
  const { response, warnings: syntaxWarnings } = runArgdown(text)
  const sources: string[] = []
  const nodes: Node[] = []
  for (const node of response.map?.nodes ?? []) {
    if (node.type === ArgdownTypes.ARGUMENT_MAP_NODE) nodes.push(argumentNode(response, node.title as string, sources))
    else if (node.type === ArgdownTypes.STATEMENT_MAP_NODE) nodes.push(statementNode(response, node.title as string, sources))
  }
  const byKey = new Map(nodes.map((n) => [n.key, n]))
  const prose = paragraphs(response, new Set(byKey.keys()), sources)
  const { edges, repeated } = collectEdges(response, byKey)
  const tree = graphToTree(nodes, edges)
  const warnings = [...syntaxWarnings, ...tree.warnings.slice(0, LISTED_CUTS)]
  if (tree.warnings.length > LISTED_CUTS) {
    warnings.push(`${tree.warnings.length - LISTED_CUTS} more relations were left out of the tree the same way, each kept as a see-also link.`)
  }

  const marked = nodes.find((n) => n.motion && tree.roots.includes(n.key))?.key
  const top = marked ?? tree.roots.find((key) => tree.children.has(key))
  const heading = response.sections?.[0]?.title?.trim()
  let motion: { title: string; description: string }
  let loose: string[]
  if (top) {
    const node = byKey.get(top) as Node
    motion = { title: node.title, description: node.body }
    loose = tree.roots.filter((key) => key !== top)
  } else if (heading) {
    motion = { title: heading, description: '' }
    loose = tree.roots
  } else if (tree.roots.length > 0) {
    const node = byKey.get(tree.roots[0]) as Node
    motion = { title: node.title, description: node.body }
    loose = tree.roots.slice(1)
  } else {
    refuse('The Argdown file has no statements or arguments to import.')
  }
  const motionKey = top ?? (heading ? null : tree.roots[0])

  const seeAlso = new Map<string, string[]>()
  const seeAlsoRelations = new Map<string, Record<string, SeeAlsoRelation>>()
  for (const cut of tree.leftOut) {
    if (cut.from === motionKey || cut.to === motionKey) continue
    const list = seeAlso.get(cut.from) ?? []
    if (list.includes(cut.to) || list.length >= MAX_SEE_ALSO) continue
    list.push(cut.to)
    seeAlso.set(cut.from, list)
    const relations = seeAlsoRelations.get(cut.from) ?? {}
    relations[cut.to] = relationOf(cut.relation)
    seeAlsoRelations.set(cut.from, relations)
  }
  const claims: ImportedClaim[] = []
  const push = (key: string, parentKey: string | null, stance: 'pro' | 'con') => {
    const { title, body, tags, argument } = byKey.get(key) as Node
    const claim: ImportedClaim = { key, parentKey, stance, title, body }
    if (tags.length > 0) claim.tags = tags
    if (argument) claim.kind = 'argument'
    const links = seeAlso.get(key)
    if (links) claim.seeAlso = links
    const relations = seeAlsoRelations.get(key)
    if (relations) claim.seeAlsoRelations = relations
    claims.push(claim)
  }
  const add = (key: string, stance: 'pro' | 'con', unrelated = false) => {
    push(key, null, stance)
    if (unrelated) (claims.at(-1) as ImportedClaim).unrelated = true
    for (const child of descendants(tree, key)) {
      const link = tree.parent.get(child) as { key: string; stance: 'pro' | 'con' }
      push(child, link.key, link.stance)
    }
  }
  if (top) {
    for (const child of tree.children.get(top) ?? []) add(child, (tree.parent.get(child) as { stance: 'pro' | 'con' }).stance)
  }
  for (const key of loose) add(key, 'pro', true)
  if (loose.length > 0) {
    const names = loose.slice(0, 3).map((key) => (byKey.get(key) as Node).label)
    const more = loose.length > 3 ? ` and ${loose.length - 3} more` : ''
    warnings.push(`Not joined to the motion, so listed with the contentions but unrelated to it: ${names.join(', ')}${more}.`)
  }
  const description = [motion.description, ...prose].filter(Boolean).join('\n\n')
  const relations: ArgdownRelations = {
    drawn: response.map?.edges.length ?? 0,
    inTree: tree.parent.size,
    leftOut: tree.leftOut.map(({ from, to, stance, relation, reason }) => ({ from, to, stance, relation: relationOf(relation), reason })),
    repeated
  }
  const finished = finishImport({ title: motion.title, description, claims, sources, warnings }, 'Argdown')
  return { ...finished, relations }
}
