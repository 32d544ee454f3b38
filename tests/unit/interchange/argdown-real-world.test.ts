/**
 * Real Argdown documents from Argdown's own repository (../shared/fixtures/real-world/argdown,
 * see its SOURCES.md), checked against the map Argdown itself draws for them.
 */
import { readFileSync } from 'node:fs'
import { ArgdownTypes, type IArgdownResponse } from '@argdown/core'
import { describe, expect, it } from 'vitest'
import { toArgdown } from '../../../shared/interchange/argdown-export'
import { argdownApplication } from '../../../shared/interchange/argdown-run'
import { parseArgdown } from '../../../shared/interchange/argdown-import'
import type { ImportedClaim } from '../../../shared/interchange/imported-motion'
import type { Claim } from '../../../shared/model/claim'
import { sharedFile } from '../../support/shared-folder'
import { outline, stored } from './helpers'

const POPULISM = sharedFile('fixtures/real-world/argdown/populism-core-argument.argdown')
const SEMMELWEIS = sharedFile('fixtures/real-world/argdown/semmelweis_betz.argdown')
const ARGVU = sharedFile('fixtures/real-world/argdown/argvu-demo.argdown')

/** Argdown's own map of a document, with its default settings, as its CLI and editor draw it. */
export function argdownMap(input: string): IArgdownResponse {
  return argdownApplication().run({ input, process: ['parse-input', 'build-model', 'build-map'], logExceptions: false })
}

function depth(claims: readonly ImportedClaim[]): number {
  const parent = new Map(claims.map((c) => [c.key, c.parentKey]))
  let most = 0
  for (const claim of claims) {
    let levels = 1
    for (let key = claim.parentKey; key !== null; key = parent.get(key) ?? null) levels += 1
    most = Math.max(most, levels)
  }
  return most
}

/** Every argument whose reconstruction concludes a statement on the map sits under that statement. */
function expectArgumentsUnderConclusions(input: string, claims: readonly ImportedClaim[], motionTitle: string) {
  const map = argdownMap(input)
  const byKey = new Map(claims.map((c) => [c.key, c]))
  let checked = 0
  for (const argument of Object.values(map.arguments ?? {})) {
    const conclusion = argument.pcs.at(-1)?.title
    if (!conclusion || conclusion.startsWith('Untitled')) continue
    const claim = byKey.get(`<${argument.title}>`)
    expect(claim, argument.title).toBeDefined()
    expect(claim?.parentKey ?? motionTitle, argument.title).toBe(claim?.parentKey === null ? motionTitle : `[${conclusion}]`)
    if (claim?.parentKey === null) expect(conclusion).toBe(motionTitle)
    checked += 1
  }
  expect(checked).toBeGreaterThan(0)
}

/** No step of a reconstruction is left without its words ("(1) " or "(1) [Title]" alone). */
function expectNoEmptySteps(claims: readonly ImportedClaim[]) {
  for (const claim of claims) {
    for (const line of claim.body.split('\n')) {
      expect(line, claim.title).not.toMatch(/^\(\d+\)\s*$/)
      expect(line, claim.title).not.toMatch(/^\(\d+\) \[[^\]]+\]\s*$/)
    }
  }
}

/** A map node as Argdown names it: [statement] or <argument>. */
const nodeName = (node: { type: string; title?: string }) =>
  node.type === ArgdownTypes.ARGUMENT_MAP_NODE ? `<${node.title}>` : `[${node.title}]`

/** Every edge of Argdown's own map of a document, as "from relation to", sorted: a repeated edge appears twice. */
function argdownEdges(input: string): string[] {
  return (argdownMap(input).map?.edges ?? []).map((e) => `${nodeName(e.from)} ${e.relationType} ${nodeName(e.to)}`).sort()
}

/** Each claim's see-also links as "title relation title", sorted. */
function seeAlsoLinks(claims: readonly Claim[]): string[] {
  const title = new Map(claims.map((c) => [c.id, c.title]))
  return claims.flatMap((c) => (c.seeAlso ?? []).map((id) => `${c.title} ${c.seeAlsoRelations?.[id] ?? '(none)'} ${title.get(id)}`)).sort()
}

/** Import, export, and import again: the same claims, places, words, tags, kinds and see-also links, read by Argdown without errors. */
function expectRoundTrip(input: string) {
  const first = stored(parseArgdown(input))
  const exported = toArgdown(first.motion, first.claims)
  const reread = argdownMap(exported)
  expect(reread.lexerErrors ?? []).toEqual([])
  expect(reread.parserErrors ?? []).toEqual([])
  const second = stored(parseArgdown(exported))
  expect(second.motion.title).toBe(first.motion.title)
  expect(second.motion.description).toBe(first.motion.description)
  expect(outline(second.claims)).toEqual(outline(first.claims))
  const facts = (claims: Claim[]) =>
    claims.map((c) => ({ title: c.title, body: c.body, tags: c.tags, kind: c.kind, stance: c.stance, unrelated: c.unrelated }))
  expect(facts(second.claims)).toEqual(facts(first.claims))
  expect(seeAlsoLinks(second.claims)).toEqual(seeAlsoLinks(first.claims))
  return { first, exported }
}

describe('Argdown from public repositories', () => {
  it('the populism reconstruction: every node of Argdown\'s map, arguments under what they conclude', POPULISM.options, () => {
    const input = readFileSync(POPULISM.path, 'utf8')
    const imported = parseArgdown(input)
    const map = argdownMap(input)
    // The motion is one node of the map; every other node is a claim.
    expect(imported.claims).toHaveLength((map.map?.nodes.length ?? 0) - 1)
    expect(imported.claims).toHaveLength(55)
    expect(imported.title).toBe('Power')
    expect(imported.claims.every((c) => c.stance === 'pro')).toBe(true)
    expect(depth(imported.claims)).toBe(8)
    // Each edge Argdown draws is in the tree or reported as left out (and kept as a see-also link).
    const { drawn, inTree, leftOut, repeated } = imported.relations
    expect(drawn).toBe(map.map?.edges.length)
    expect(inTree + leftOut.length + repeated).toBe(drawn)
    expect(inTree).toBe(55)
    expect(leftOut.map((e) => `${e.from} ${e.to}`).sort()).toEqual([
      '<"Foreign Infiltration"> [Threat to Culture]',
      '<Crime Rates by Refugees> [Crime Rates Increase]',
      '<Household Burden> [Insufficiency]',
      '[Destabilization] <Injustice>',
      '[Destabilization] <Islam>'
    ])
    const byKey = new Map(imported.claims.map((c) => [c.key, c]))
    expect(byKey.get('[Destabilization]')?.seeAlso?.sort()).toEqual(['<Injustice>', '<Islam>'])
    expect(byKey.get('[Destabilization]')?.parentKey).toBe('<Immigration>')
    expectArgumentsUnderConclusions(input, imported.claims, 'Power')

    const core = byKey.get('<Core Argument>')
    expect(core).toMatchObject({ parentKey: null, kind: 'argument', tags: ['populism'] })
    expect(core?.body).toBe(
      'The populists are the only salvation of society from doom.\n\n' +
        '(1) [Doom]: Society is doomed and must be saved.\n' +
        '(2) [Salvation]: Society can only be saved, if the populists come to power.\n' +
        '----\n' +
        '(3) [Power]: The populists must come to power.'
    )
    // "(3) [Lost Connection]" alone in the file: the step carries the statement's text.
    expect(byKey.get('<Losing Connection>')?.body.split('\n').at(-1)).toBe(
      '(3) [Lost Connection]: The "establishment" does not want to and cannot realize the popular will. (1.7)'
    )
    expect(byKey.get('<Immigration>')?.tags).toEqual(['immigration'])
    expect(imported.claims.some((c) => /#\w/.test(`${c.title} ${c.body}`))).toBe(false)
    expectNoEmptySteps(imported.claims)
    // The prose between the reconstructions is the motion's description, not the map.
    expect(imported.description).toMatch(/^The populists must come to power\.\n\nThis is a recontruction of right-wing populist/)
    expect(imported.description).toContain('Here is an overview:')
    expect(imported.claims.some((c) => c.title.startsWith('Here is an overview'))).toBe(false)
  })

  it('the Semmelweis case study: 27 relations on Argdown\'s map, all accounted for', SEMMELWEIS.options, () => {
    const input = readFileSync(SEMMELWEIS.path, 'utf8')
    const imported = parseArgdown(input)
    const map = argdownMap(input)
    expect(imported.title).toBe('Difference Between Divisions')
    expect(imported.claims).toHaveLength((map.map?.nodes.length ?? 0) - 1)
    expect(imported.claims).toHaveLength(21)
    const { drawn, inTree, leftOut, repeated } = imported.relations
    expect(drawn).toBe(27)
    expect(inTree + leftOut.length + repeated).toBe(27)
    expect(imported.claims.filter((c) => c.stance === 'con').map((c) => c.title).sort()).toEqual([
      'Epidemic Variations',
      'Examination Injuries Insignificant',
      'Medical Students Skillfull'
    ])
    expect(depth(imported.claims)).toBe(3)
    expectArgumentsUnderConclusions(input, imported.claims, 'Difference Between Divisions')
    const byTitle = new Map(imported.claims.map((c) => [c.title, c]))
    expect(byTitle.get('Difference in Exposure')?.tags).toEqual(['H1', 'aux'])
    // Every relation left out of the tree is a see-also link on the claim it starts from.
    const links = imported.claims.flatMap((c) => (c.seeAlso ?? []).map((to) => `${c.key} ${to}`))
    expect(links.sort()).toEqual(leftOut.map((e) => `${e.from} ${e.to}`).sort())
    expectNoEmptySteps(imported.claims)
  })

  it('the ArgVu demo: Argdown reports two errors but builds a map, which is imported with the errors as warnings', ARGVU.options, () => {
    const input = readFileSync(ARGVU.path, 'utf8')
    const imported = parseArgdown(input)
    const map = argdownMap(input)
    expect(map.parserErrors).toHaveLength(2)
    // Argdown's map leaves out [Secondly], which answers nothing; here it is a contention.
    expect(map.map?.nodes.map((n) => n.title).sort()).toEqual(['Prettier', 'Thirdly', 'Untitled 5', 'Untitled 6'])
    expect(imported.title).toBe('Prettier')
    expect(imported.claims.map((c) => c.title)).toEqual(['Thirdly', 'Plus now has the same width as minus:', 'Yay!', 'Secondly'])
    expect(imported.relations).toMatchObject({ drawn: 3, inTree: 3, leftOut: [], repeated: 0 })
    expect(imported.warnings.slice(0, 2)).toEqual([
      'Line 10: Argdown reports an error (Invalid statement content.); what it could read around it is imported.',
      'Line 19: Argdown reports an error (unexpected "..."); what it could read around it is imported.'
    ])
    expect(imported.claims.find((c) => c.title === 'Thirdly')?.body).toContain('(1) ¬(p∧q)↔(¬p)∨(¬q)')
  })

  for (const [name, file] of [
    ['populism', POPULISM],
    ['Semmelweis', SEMMELWEIS]
  ] as const) {
    it(`${name}: export then import gives back the same map, and Argdown reads the export without errors`, file.options, () => {
      expectRoundTrip(readFileSync(file.path, 'utf8'))
    })
  }

  it('populism: Argdown draws the same edges for the export as for the file, each once', POPULISM.options, () => {
    const input = readFileSync(POPULISM.path, 'utf8')
    const { first, exported } = expectRoundTrip(input)
    expect(argdownEdges(exported)).toEqual(argdownEdges(input))
    expect(argdownEdges(input)).toHaveLength(60)
    expect(seeAlsoLinks(first.claims)).toHaveLength(5)
  })

  it('ArgVu demo: Argdown draws the same edges for the export, its untitled statements named by their words', ARGVU.options, () => {
    const input = readFileSync(ARGVU.path, 'utf8')
    const imported = parseArgdown(input)
    const first = stored(imported)
    const exported = toArgdown(first.motion, first.claims)
    expect(argdownMap(exported).lexerErrors ?? []).toEqual([])
    expect(argdownMap(exported).parserErrors ?? []).toEqual([])
    // Argdown numbers untitled statements ("Untitled 5"); the import titles them by their first
    // sentence, and the export writes that title, so each node is named as the import names it.
    const title = new Map(imported.claims.map((c) => [c.key, c.title]))
    const named = (node: string) => (title.has(node) ? `${node[0]}${title.get(node)}${node.at(-1)}` : node)
    const expected = argdownEdges(input).map((edge) => {
      const [, from, relation, to] = /^(\S.*?[\]>]) (\w+) ([[<].*)$/.exec(edge) as RegExpExecArray
      return `${named(from)} ${relation} ${named(to)}`
    })
    expect(argdownEdges(exported)).toEqual(expected.sort())
    expect(expected).toHaveLength(3)
    expect(first.claims.filter((c) => c.unrelated).map((c) => c.title)).toEqual(['Secondly'])
  })

  it('Semmelweis: Argdown draws the same edges for the export, its loose trees unrelated to the motion', SEMMELWEIS.options, () => {
    const input = readFileSync(SEMMELWEIS.path, 'utf8')
    const { first, exported } = expectRoundTrip(input)
    // The file's front matter sets Argdown's strict mode, in which a statement's "-" on another
    // statement is "contrary". The import reads the file as Argdown's default mode does (front
    // matter is data, not settings), and the export has no front matter, so Argdown's map of it
    // draws those three relations as "attack"; every other edge is the same, as often.
    expect(argdownMap(input).frontMatter).toMatchObject({ model: { mode: 'strict' } })
    const asDefaultMode = (edge: string) => edge.replace(/^(\[[^\]]+\]) contrary (\[[^\]]+\])$/, '$1 attack $2')
    const original = argdownEdges(input)
    expect(original.filter((e) => e.includes(' contrary '))).toHaveLength(3)
    expect(argdownEdges(exported)).toEqual(original.map(asDefaultMode).sort())
    expect(original).toHaveLength(27)
    // The four trees the file never relates to the motion stay unrelated: written with no relation.
    expect(first.claims.filter((c) => c.unrelated).map((c) => c.title)).toEqual(['Washing Helps', 'Death of Kolletschka', 'Birth at Home', 'No Variations'])
    expect(exported).toMatch(/^\[Washing Helps\]: /m)
    // Ten see-also links, each with its relation: premises of a second argument, and the rival hypotheses.
    expect(seeAlsoLinks(first.claims)).toEqual([
      'Cadavric Substance Hypothesis support Kolletschka Contaminated',
      'Cadavric Substance Hypothesis support Medical Students Contaminate 2',
      'Cadavric Substance Hypothesis support Washing Blocks Contamination',
      'Difference in Exposure support Epidemic Exposition 2',
      'Epidemic Influence Hypothesis attack Cadavric Substance Hypothesis',
      'Epidemic Influence Hypothesis attack Rough Examination Hypothesis',
      'Epidemic Influence Hypothesis support Epidemic Exposition 2',
      'Epidemic Influence Hypothesis support Epidemic Variations',
      'Medical Students vs Midwives support Medical Students Contaminate 1',
      'Rough Examination Hypothesis attack Cadavric Substance Hypothesis'
    ])
  })
})
