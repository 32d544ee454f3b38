/**
 * A motion as an Argdown document: the motion is the top statement, each claim a statement
 * (or, for a claim imported as one, an argument) under its parent, "+" for support and "-" for
 * attack, indented two spaces a level, with its tags as #(tags). An argument's reconstruction
 * (argdown-reconstruction.ts) follows the tree as a premise–conclusion block of its own; further
 * paragraphs of the motion's description come last, as stand-alone text:
 *
 *     [Cities should ban cars]: The motion's description. #(policy)
 *       + <Cars pollute>: The claim's body.
 *         - [Electric cars do not]
 *
 *     <Cars pollute>
 *
 *     (1) Exhaust harms health.
 *     ----
 *     (2) Cars should go.
 *
 * Names and escaping, so that Argdown reads every title and word back as written, are in
 * argdown-write.ts.
 */
import type { Claim, SeeAlsoRelation } from '../model/claim'
import { bracketable, splitReconstruction, type ReconstructionStep } from './argdown-reconstruction'
import type { Motion } from '../model/motion'
import type { Library } from '../model/library'
import { fileNameFor, plainText } from '../model/text'
import { findMotion } from '../operations/motions'
import { oneLine } from './text'
import { escapeArgdownText, namer, paragraph, referable } from './argdown-write'

/**
 * Argdown's parser recurses once per level of indentation and overflows the stack a few
 * hundred levels down, so deeper claims continue in a block of their own that starts with a
 * reference to their parent: the same tree, written flatter.
 */
export const MAX_ARGDOWN_DEPTH = 64

/** An argument's words, and its steps when its body ends in a reconstruction Argdown can hold. */
function argumentParts(claim: Claim): { description: string; steps: ReconstructionStep[] } {
  const split = splitReconstruction(claim.body)
  // An untitled step needs words: without them the whole body is written as the argument's text.
  if (split.steps.some((step) => step.title === undefined && !oneLine(step.text))) return { description: claim.body, steps: [] }
  return split
}

/**
 * An argument's premise–conclusion block. A step titled like a statement written above refers
 * to it by name; any other titled step is defined here under its title.
 */
function reconstructionBlock(name: string, steps: readonly ReconstructionStep[], statementTexts: ReadonlyMap<string, string>): string {
  const lines = [`<${name}>`, '']
  steps.forEach((step, index) => {
    if (step.role === 'conclusion') lines.push('----')
    const text = escapeArgdownText(oneLine(plainText(step.text)))
    let line = text
    const title = step.title
    if (title !== undefined && bracketable(title) && referable(title, '[]')) {
      // A reference alone takes the statement's words; a step worded otherwise keeps its own.
      const own = statementTexts.get(title)
      line = text && own !== text ? `[${title}]: ${text}` : `[${title}]`
    }
    lines.push(`(${index + 1}) ${line}`)
  })
  return lines.join('\n')
}

/** How each see-also relation is written as a relation line ("-" between statements is "contrary"). */
const RELATION_ARROWS: Record<SeeAlsoRelation, string> = {
  support: '+>',
  entails: '+>',
  attack: '->',
  contrary: '->',
  contradictory: '><',
  undercut: '_>'
}

/** The titles of an argument's titled premises, and of its conclusion, as its reconstruction names them. */
function stepTitles(claim: Claim): { premises: Set<string>; conclusion: string | undefined } {
  const steps = claim.kind === 'argument' ? argumentParts(claim).steps : []
  const titled = (step: ReconstructionStep) => step.title !== undefined && bracketable(step.title) && referable(step.title, '[]')
  return {
    premises: new Set(steps.filter((s) => s.role === 'premise' && titled(s)).map((s) => s.title as string)),
    conclusion: steps.length > 0 && titled(steps[steps.length - 1]) ? steps[steps.length - 1].title : undefined
  }
}

/** A block of the document: it opens with a line already written (the motion, a reference) or with a claim's definition. */
type Block = { head: string; below: Claim[] } | { claim: Claim }

/**
 * The motion and its claims (those of other motions are ignored) as Argdown, children in
 * their order. A claim whose parent is missing is written as a contention, and one the file
 * never related to the motion (Claim.unrelated) as a block of its own, with no relation.
 *
 * Each relation is written once, so Argdown draws the map it was read from: a titled premise
 * under the argument whose reconstruction names it is not written as "+" (the reconstruction
 * already makes it support the argument) but opens a block of its own, in its place among the
 * argument's children; a see-also link is written as its relation (Claim.seeAlsoRelations)
 * after the tree, unless a reconstruction gives it; a link without one is not written.
 */
export function toArgdown(motion: Motion, claims: readonly Claim[]): string {
  const mine = claims.filter((c) => c.motionId === motion.id)
  const ids = new Set(mine.map((c) => c.id))
  const children = new Map<string | null, Claim[]>()
  for (const claim of mine) {
    const parent = claim.parentId !== null && ids.has(claim.parentId) ? claim.parentId : null
    const list = children.get(parent)
    if (list) list.push(claim)
    else children.set(parent, [claim])
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order)
  const steps = new Map(mine.filter((c) => c.kind === 'argument').map((c) => [c.id, stepTitles(c)]))
  const byId = new Map(mine.map((c) => [c.id, c]))
  /** A titled premise of its parent argument: the reconstruction relates them. */
  const isPremise = (claim: Claim) =>
    claim.kind !== 'argument' && claim.stance === 'pro' && claim.parentId !== null && (steps.get(claim.parentId)?.premises.has(claim.title) ?? false)
  /** Links to write: to a claim of this motion, with a relation. */
  const links = (claim: Claim) =>
    (claim.seeAlso ?? []).filter((id) => id !== claim.id && ids.has(id) && claim.seeAlsoRelations && Object.hasOwn(claim.seeAlsoRelations, id))
  const linked = new Set<string>()
  for (const claim of mine) {
    const out = links(claim)
    if (out.length > 0) linked.add(claim.id)
    for (const id of out) linked.add(id)
  }

  const nameStatement = namer('[]')
  const nameArgument = namer('<>')
  /** Each claim's name as written, in its brackets. */
  const names = new Map<string, string>()
  /** Each statement written, by name, with its words as written. */
  const statementTexts = new Map<string, string>()
  const blocks: string[] = []
  const written = new Set<string>()
  const reconstructions: Array<{ name: string; steps: ReconstructionStep[] }> = []
  // Steps worded otherwise than the statement they name come later; the claim's words must win.
  const stepWords = new Map<string, Set<string>>()
  for (const claim of mine) {
    if (claim.kind !== 'argument') continue
    for (const step of argumentParts(claim).steps) {
      const words = oneLine(plainText(step.text))
      if (step.title === undefined || !words) continue
      const set = stepWords.get(step.title) ?? new Set<string>()
      stepWords.set(step.title, set.add(words))
    }
  }
  const rewords = (title: string, text: string) => {
    const words = stepWords.get(title)
    return words !== undefined && [...words].some((w) => w !== oneLine(plainText(text)))
  }
  const [lead = '', ...prose] = motion.description.split(/\n[^\S\n]*\n/).filter((p) => p.trim())
  const contentions = children.get(null) ?? []
  // Only unrelated trees: the first of them with answers would look like the top statement.
  const onlyUnrelated = contentions.length > 0 && contentions.every((c) => c.unrelated)
  const motionStatement = nameStatement(motion.title, lead, [], false, rewords(motion.title, lead), onlyUnrelated)
  statementTexts.set(motionStatement.name, escapeArgdownText(oneLine(plainText(lead))))

  const pending: Block[] = [
    { head: motionStatement.statement, below: contentions.filter((c) => !c.unrelated) },
    ...contentions.filter((c) => c.unrelated).map((claim) => ({ claim }))
  ]
  /**
   * Writes a claim's definition and says what comes under it here; the rest of its children
   * go into blocks of their own (past the depth Argdown can read, or an argument's premises).
   */
  const define = (claim: Claim, depth: number): { statement: string; below: Claim[] } => {
    written.add(claim.id)
    const below = (children.get(claim.id) ?? []).filter((c) => !written.has(c.id))
    const deferred = below.length > 0 && depth >= MAX_ARGDOWN_DEPTH
    let definition: { name: string; statement: string }
    // A deferred block starts with a reference to its root, so that root is written as a statement.
    if (claim.kind === 'argument' && !deferred) {
      const { description, steps: parts } = argumentParts(claim)
      definition = nameArgument(claim.title, description, claim.tags, parts.length > 0 || linked.has(claim.id))
      if (parts.length > 0) reconstructions.push({ name: definition.name, steps: parts })
      names.set(claim.id, `<${definition.name}>`)
    } else {
      definition = nameStatement(claim.title, claim.body, claim.tags, deferred || linked.has(claim.id), rewords(claim.title, claim.body))
      statementTexts.set(definition.name, escapeArgdownText(oneLine(plainText(claim.body))))
      names.set(claim.id, `[${definition.name}]`)
    }
    if (deferred) {
      pending.push({ head: `[${definition.name}]`, below })
      return { statement: definition.statement, below: [] }
    }
    if (!below.some(isPremise)) return { statement: definition.statement, below }
    // In their order: each premise opens a block, and the children between them follow a reference to the argument.
    let run: Claim[] = []
    for (const child of below) {
      if (!isPremise(child)) {
        run.push(child)
        continue
      }
      if (run.length > 0) pending.push({ head: `<${definition.name}>`, below: run })
      run = []
      pending.push({ claim: child })
    }
    if (run.length > 0) pending.push({ head: `<${definition.name}>`, below: run })
    return { statement: definition.statement, below: [] }
  }
  // Each block is a tree written depth first without recursion; the first is the motion's.
  while (pending.length > 0) {
    const block = pending.shift() as Block
    let lines: string[]
    let below: Claim[]
    if ('claim' in block) {
      if (written.has(block.claim.id)) continue
      const head = define(block.claim, 0)
      ;[lines, below] = [[head.statement], head.below]
    } else {
      ;[lines, below] = [[block.head], block.below]
    }
    const stack = [...below].reverse().map((claim) => ({ claim, depth: 1 }))
    while (stack.length > 0) {
      const { claim, depth } = stack.pop() as { claim: Claim; depth: number }
      if (written.has(claim.id)) continue
      const { statement, below: under } = define(claim, depth)
      lines.push(`${'  '.repeat(depth)}${claim.stance === 'pro' ? '+' : '-'} ${statement}`)
      for (let index = under.length - 1; index >= 0; index--) stack.push({ claim: under[index], depth: depth + 1 })
    }
    blocks.push(lines.join('\n'))
  }
  for (const { name, steps } of reconstructions) blocks.push(reconstructionBlock(name, steps, statementTexts))
  for (const claim of mine) {
    const from = names.get(claim.id)
    if (from === undefined) continue
    const lines = [from]
    for (const id of links(claim)) {
      const to = byId.get(id) as Claim
      const target = names.get(id)
      const relation = (claim.seeAlsoRelations as Record<string, SeeAlsoRelation>)[id]
      if (target === undefined || givenByReconstruction(claim, to, relation, from, target)) continue
      lines.push(`  ${RELATION_ARROWS[relation]} ${target}`)
    }
    if (lines.length > 1) blocks.push(lines.join('\n'))
  }
  for (const text of prose) blocks.push(paragraph(text))
  return `${blocks.join('\n\n')}\n`

  /** Whether a reconstruction already draws this relation: a titled premise supports its argument, an argument supports its conclusion. */
  function givenByReconstruction(from: Claim, to: Claim, relation: SeeAlsoRelation, fromName: string, toName: string): boolean {
    if (relation !== 'support') return false
    const titleIn = (name: string) => name.slice(1, -1)
    if (fromName.startsWith('[') && toName.startsWith('<')) return steps.get(to.id)?.premises.has(titleIn(fromName)) ?? false
    if (fromName.startsWith('<') && toName.startsWith('[')) return steps.get(from.id)?.conclusion === titleIn(toName)
    return false
  }
}

/** A motion and its map as an Argdown file, named after the motion. */
export function motionArgdownFile(library: Library, motionId: string): { fileName: string; mimeType: string; text: string } {
  const motion = findMotion(library, motionId)
  const claims = library.claims.filter((c) => c.motionId === motion.id)
  return { fileName: fileNameFor(motion.title, 'argdown'), mimeType: 'text/plain', text: toArgdown(motion, claims) }
}
