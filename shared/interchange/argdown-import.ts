/**
 * An Argdown document as an ImportedMotion, read with @argdown/core (parser, data and model
 * plugins; main process and CLI only, never the page). Statements ("[Title]: text") and
 * arguments ("<Title>: text") become claims titled by their Argdown title (or, untitled, by
 * their first sentence) with their text as the body; "+" / "-" relations (and "+>", "->", "<+",
 * "<-", "_", "><") give the tree: whatever supports or attacks something is its child.
 *
 * The motion is the top statement: in the file's order, the first one that answers nothing and
 * is answered by something. Without one, the first heading is the motion and every claim a
 * contention; without a heading either, the first claim is the motion. Other trees that do not
 * reach the motion become contentions for it, with a warning.
 */
import {
  ArgdownApplication,
  ArgdownTypes,
  DataPlugin,
  FrontMatterSettingsModes,
  IArgument,
  IEquivalenceClass,
  IRelation,
  ModelPlugin,
  ParserPlugin,
  RangeType,
  RelationType,
  StatementRole,
  type IArgdownLogger,
  type IArgdownResponse,
  type IStatement,
  type RelationMember
} from '@argdown/core'
import { TITLE_DATA_KEY, UNTITLED } from './argdown-export'
import { descendants, graphToTree, type GraphEdge, type GraphNode } from './graph-tree'
import { finishImport, type ImportedClaim, type ImportedMotion } from './imported-motion'
import { clip, type ImportOptions, oneLine, readImportText, refuse, refuseAtLine, splitTitle } from './text'

const silent: IArgdownLogger = { log: () => {}, setLevel: () => {} }

/** The first sentence of an Argdown error message; chevrotain's go on for a paragraph. */
function shortReason(message: string): string {
  const line = oneLine(message)
  const end = line.search(/[.!?](\s|$)/)
  return clip(end > 0 ? line.slice(0, end + 1) : line, 200)
}

/** Refuses at the first lexer or parser error, which name their line. */
function checkSyntax(response: IArgdownResponse): void {
  // Only comments and blank lines: the grammar's complaint would not say so.
  if (response.tokens && !response.tokens.some((token) => token.image.trim())) {
    refuse('The Argdown file has no statements or arguments to import.')
  }
  const lexerError = response.lexerErrors?.[0]
  if (lexerError) {
    refuseAtLine(lexerError.line ?? 1, `the Argdown could not be read: ${shortReason(lexerError.message)}`)
  }
  const parserError = response.parserErrors?.[0]
  if (parserError) {
    const { image = '', startLine } = parserError.token ?? {}
    const found = image.trim() ? `"${clip(oneLine(image), 40)}"` : 'the end of a block'
    // Chevrotain's "Expecting token of type --> Dedent <--" names grammar rules, not text.
    const reason = parserError.message.startsWith('Expecting')
      ? `unexpected ${found}`
      : shortReason(parserError.message)
    refuseAtLine(Number.isFinite(startLine) ? (startLine as number) : 1, `the Argdown could not be read: ${reason}`)
  }
}

function runArgdown(input: string): IArgdownResponse {
  // A new application each time: the model plugin numbers untitled statements per instance.
  const app = new ArgdownApplication(silent)
  app.addPlugin(new ParserPlugin(), 'parse-input')
  app.addPlugin(new DataPlugin(), 'build-model')
  app.addPlugin(new ModelPlugin(), 'build-model')
  const response: IArgdownResponse = {}
  try {
    app.run(
      {
        input,
        process: ['parse-input', 'build-model'],
        // The application drops any exception that is not its own unless asked to throw;
        // syntax errors stay in the response, where they carry their line.
        throwExceptions: true,
        logExceptions: false,
        parser: { throwExceptions: false },
        // Front matter is kept as data, never applied as settings to the plugins.
        data: { frontMatterSettingsMode: FrontMatterSettingsModes.IGNORE },
        // Relations stay on the arguments they were written on, not moved to their conclusions.
        model: { transformArgumentRelations: false }
      },
      response
    )
  } catch (error) {
    checkSyntax(response)
    // The parser recurses once per level of indentation.
    if (error instanceof RangeError) refuse('The Argdown is nested too deeply to be read.')
    refuse(`The Argdown could not be read: ${shortReason(error instanceof Error ? error.message : String(error))}`)
  }
  checkSyntax(response)
  return response
}

/** A statement's text with each link's address after its words, since the model drops it. */
function textOf(statement: IStatement | undefined, links: string[]): string {
  if (!statement?.text) return ''
  let text = statement.text
  const ranges = (statement.ranges ?? []).filter((r) => r.type === RangeType.LINK && r.url)
  for (const range of ranges.sort((a, b) => b.stop - a.stop)) {
    const url = range.url as string
    if (!links.includes(url)) links.push(url)
    // A range's stop is its last character, not the one after.
    text = `${text.slice(0, range.stop + 1)} (${url})${text.slice(range.stop + 1)}`
  }
  return text.trim()
}

interface Node extends GraphNode {
  title: string
  body: string
}

function makeNode(key: string, argdownTitle: string, data: unknown, text: string, line: number): Node {
  const kept = (data as Record<string, unknown> | undefined)?.[TITLE_DATA_KEY]
  const named = typeof kept === 'string' && kept.trim() ? kept : UNTITLED.test(argdownTitle) ? null : argdownTitle
  const { title, body } = named === null ? splitTitle(text) : { title: named, body: text }
  return { key, label: named === null ? `"${clip(title, 60)}"` : key, line, title, body }
}

/** The earliest line among items (Infinity for none); a loop, since a spread of thousands overflows. */
const firstLine = (items: Array<{ startLine?: number }>): number =>
  items.reduce((least, item) => Math.min(least, item.startLine ?? Infinity), Infinity)

function collectNodes(response: IArgdownResponse, links: string[]): Node[] {
  const nodes: Node[] = []
  const relationLine = (member: { relations?: Array<{ occurrences: Array<{ startLine?: number }> }> }) =>
    firstLine((member.relations ?? []).flatMap((r) => r.occurrences))
  for (const [title, ec] of Object.entries(response.statements ?? {})) {
    // Premises and conclusions of a reconstruction belong to their argument's text.
    if (!ec.isUsedAsTopLevelStatement && !ec.isUsedAsRelationStatement && !ec.relations?.length) continue
    const text = textOf(IEquivalenceClass.getCanonicalMember(ec), links)
    const line = Math.min(firstLine(ec.members), relationLine(ec))
    nodes.push(makeNode(`[${title}]`, title, ec.data, text, line))
  }
  for (const [title, argument] of Object.entries(response.arguments ?? {})) {
    const description = textOf(IArgument.getCanonicalMember(argument), links)
    const pcs = argument.pcs.map((s, i) => {
      const rule = s.role === StatementRole.PREMISE ? '' : '----\n'
      return `${rule}(${i + 1}) ${textOf(s, links)}`
    })
    const text = [description, pcs.join('\n')].filter(Boolean).join('\n\n')
    const line = Math.min(firstLine(argument.members), relationLine(argument))
    nodes.push(makeNode(`<${title}>`, title, argument.data, text, line))
  }
  return nodes.map((n) => (Number.isFinite(n.line) ? n : { ...n, line: Number.MAX_SAFE_INTEGER }))
}

function keyOf(member: RelationMember | undefined): string | null {
  if (!member) return null
  if (member.type === ArgdownTypes.EQUIVALENCE_CLASS) return `[${member.title}]`
  if (member.type === ArgdownTypes.ARGUMENT) return `<${member.title}>`
  // An undercut aims at an argument's inference; Casebook answers the argument.
  return member.argumentTitle ? `<${member.argumentTitle}>` : null
}

function collectEdges(response: IArgdownResponse): GraphEdge[] {
  const edges: GraphEdge[] = []
  for (const relation of response.relations ?? []) {
    // A symmetric relation ("><") points from the statement above to the one nested under it.
    const symmetric = IRelation.isSymmetric(relation)
    const from = keyOf(symmetric ? relation.to : relation.from)
    const to = keyOf(symmetric ? relation.from : relation.to)
    if (!from || !to) continue
    const supports = relation.relationType === RelationType.SUPPORT || relation.relationType === RelationType.ENTAILS
    const line = firstLine(relation.occurrences)
    edges.push({ from, to, stance: supports ? 'pro' : 'con', line: Number.isFinite(line) ? line : 0 })
  }
  return edges
}

/** Reads an Argdown document; throws ApiError('invalid_input') naming the line when it cannot. */
export function parseArgdown(input: string | Uint8Array, options: ImportOptions = {}): ImportedMotion {
  const text = readImportText(input, 'Argdown', options)
  const response = runArgdown(text)
  const sources: string[] = []
  const nodes = collectNodes(response, sources)
  const byKey = new Map(nodes.map((n) => [n.key, n]))
  const tree = graphToTree(nodes, collectEdges(response))
  const warnings = [...tree.warnings]

  const top = tree.roots.find((key) => tree.children.has(key))
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

  const claims: ImportedClaim[] = []
  const add = (key: string, parentKey: string | null, stance: 'pro' | 'con') => {
    const node = byKey.get(key) as Node
    claims.push({ key, parentKey, stance, title: node.title, body: node.body })
    for (const child of descendants(tree, key)) {
      const link = tree.parent.get(child) as { key: string; stance: 'pro' | 'con' }
      const { title, body } = byKey.get(child) as Node
      claims.push({ key: child, parentKey: link.key, stance: link.stance, title, body })
    }
  }
  if (top) {
    for (const child of tree.children.get(top) ?? []) {
      const link = tree.parent.get(child) as { stance: 'pro' | 'con' }
      add(child, null, link.stance)
    }
  }
  for (const key of loose) add(key, null, 'pro')
  if (loose.length > 0) {
    const names = loose.slice(0, 3).map((key) => (byKey.get(key) as Node).label)
    const more = loose.length > 3 ? ` and ${loose.length - 3} more` : ''
    warnings.push(`Not joined to the motion, so imported as contentions for it: ${names.join(', ')}${more}.`)
  }
  return finishImport({ title: motion.title, description: motion.description, claims, sources, warnings }, 'Argdown')
}
