import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_ARGDOWN_DEPTH, toArgdown } from '../../../shared/interchange/argdown-export'
import { escapeArgdownText } from '../../../shared/interchange/argdown-write'
import { parseArgdown } from '../../../shared/interchange/argdown-import'
import { newClaim, type Claim, type SeeAlsoRelation } from '../../../shared/model/claim'
import { titleSchema } from '../../../shared/model/ids'
import type { Motion } from '../../../shared/model/motion'
import { plainText } from '../../../shared/model/text'
import { formatReconstruction } from '../../../shared/interchange/argdown-reconstruction'
import { argdownMap } from './argdown-real-world.test'
import { outline, stored, testEnv } from './helpers'

const NOW = '2025-03-01T12:00:00.000Z'

function motion(title: string, description = ''): Motion {
  return {
    id: 'm1',
    title,
    format: 'other',
    sideLabels: { pro: 'Pro', con: 'Con' },
    description,
    origin: { kind: 'local' },
    archived: false,
    createdAt: NOW,
    updatedAt: NOW
  }
}

type Spec = { parent: number | null; stance: 'pro' | 'con'; title: string; body?: string; tags?: string[]; argument?: boolean }

/** Claims from specs whose parent is the index of an earlier spec (or null for a contention). */
function claims(specs: Spec[]): Claim[] {
  const orders = new Map<string | null, number>()
  return specs.map((spec, index) => {
    const parentId = spec.parent === null ? null : `c${spec.parent}`
    const order = orders.get(parentId) ?? 0
    orders.set(parentId, order + 1)
    const claim = newClaim({ id: `c${index}`, motionId: 'm1', parentId, stance: spec.stance, title: spec.title, body: spec.body ?? '', order }, NOW)
    if (spec.tags) claim.tags = spec.tags
    if (spec.argument) claim.kind = 'argument'
    return claim
  })
}

/**
 * Text as compared after a round trip: Argdown keeps the words, not line breaks or runs of
 * spaces, and an import drops control characters.
 */
const words = (text: string) => plainText(text).replace(/\s+/g, ' ').trim()

/** Bodies in the outline's order. */
function bodies(list: Claim[]): string[] {
  const out: string[] = []
  const walk = (parentId: string | null) => {
    for (const c of list.filter((x) => x.parentId === parentId).sort((a, b) => a.order - b.order)) {
      out.push(words(c.body))
      walk(c.id)
    }
  }
  walk(null)
  return out
}

/** Export then import; `linked` when claims have see-also links, each of which the import names in a warning. */
function roundTrip(m: Motion, list: Claim[], linked = false) {
  const imported = parseArgdown(toArgdown(m, list))
  const expected = linked ? imported.warnings.filter((w) => / see-also link/.test(w)) : []
  expect(imported.warnings).toEqual(expected)
  const map = stored(imported)
  expect(map.motion.title).toBe(m.title)
  expect(words(map.motion.description)).toBe(words(m.description))
  expect(outline(map.claims)).toEqual(outline(list))
  expect(bodies(map.claims)).toEqual(bodies(list))
  const kinds = (all: Claim[]) => sortedLikeOutline(all).map((c) => `${c.kind ?? 'statement'} ${c.tags.join('|')}`)
  expect(kinds(map.claims)).toEqual(kinds(list))
  // Argdown's own parser reads the export without a single error.
  const reread = argdownMap(toArgdown(m, list))
  expect(reread.lexerErrors ?? []).toEqual([])
  expect(reread.parserErrors ?? []).toEqual([])
}

function sortedLikeOutline(list: Claim[]): Claim[] {
  const out: Claim[] = []
  const walk = (parentId: string | null) => {
    for (const c of list.filter((x) => x.parentId === parentId).sort((a, b) => a.order - b.order)) {
      out.push(c)
      walk(c.id)
    }
  }
  walk(null)
  return out
}

describe('toArgdown', () => {
  it('writes the motion as the top statement and claims as indented relations', () => {
    const list = claims([
      { parent: null, stance: 'pro', title: 'Cars pollute', body: 'Exhaust fumes.\nAnd tyres.' },
      { parent: 0, stance: 'con', title: 'Electric cars do not' },
      { parent: null, stance: 'con', title: 'Shops lose trade' }
    ])
    expect(toArgdown(motion('Ban cars', 'Cities should ban cars.'), list)).toBe(
      '[Ban cars]: Cities should ban cars.\n' +
        '  + [Cars pollute]: Exhaust fumes. And tyres.\n' +
        '    - [Electric cars do not]\n' +
        '  - [Shops lose trade]\n'
    )
  })

  it('escapes what Argdown reads as markup, and leaves ordinary punctuation alone', () => {
    expect(escapeArgdownText('U.S. Const. art. IV, § 3 (e.g. 10:30) — a-b; c/d')).toBe('U.S. Const. art. IV, § 3 (e.g. 10:30) — a-b; c/d')
    expect(escapeArgdownText('[x] <y> {z} #t *b* _i_ @[m] \\ http://a /* === .A. :happy:')).toBe(
      '\\[x\\] \\<y\\> \\{z\\} \\#t \\*b\\* \\_i\\_ \\@\\[m\\] \\\\ http:\\//a \\/\\* \\=== \\.A. \\:happy:'
    )
  })

  it('gives repeated and unbracketable titles a unique name, with the real title as data', () => {
    const list = claims([
      { parent: null, stance: 'pro', title: 'Same' },
      { parent: null, stance: 'con', title: 'Same', body: 'second' },
      { parent: 1, stance: 'pro', title: 'a]: b' },
      { parent: 1, stance: 'con', title: 'Untitled 1' }
    ])
    const text = toArgdown(motion('Same'), list)
    expect(text).toBe(
      '[Same]\n' +
        '  + [Same (2)] {casebookTitle: "Same"}\n' +
        '  - [Same (3)]: second {casebookTitle: "Same"}\n' +
        '    + [a): b] {casebookTitle: "a\\u005d: b"}\n' +
        '    - [Untitled 1 (2)] {casebookTitle: "Untitled 1", isInMap: true}\n'
    )
    roundTrip(motion('Same'), list)
  })

  it('keeps HTML and script as text through the round trip', () => {
    const list = claims([{ parent: null, stance: 'con', title: '<script>alert(1)</script>', body: '<img src=x onerror=alert(1)> & <b>' }])
    roundTrip(motion('<b>Motion</b>', '<i>desc</i>'), list)
  })

  it(`writes claims deeper than ${MAX_ARGDOWN_DEPTH} levels in blocks of their own, and reads them back`, () => {
    // Odd levels are all titled alike, and a block's first claim (level 64, 128, …) among them.
    const deep = Array.from({ length: 300 }, (_, i): Spec => ({
      parent: i === 0 ? null : i - 1,
      stance: i % 2 ? 'con' : 'pro',
      title: i % 2 ? '-Same' : `Level ${i + 1}`
    }))
    deep.push({ parent: 100, stance: 'pro', title: 'A sibling deep down' })
    const text = toArgdown(motion('Deep'), claims(deep))
    expect(text.split('\n\n')).toHaveLength(5)
    roundTrip(motion('Deep'), claims(deep))
  })

  it('writes a tree unrelated to the motion, a premise and see-also links each as one relation, and reads them back', () => {
    const list = claims([
      { parent: null, stance: 'pro', title: 'Arg', argument: true, body: '(1) [P]: p\n----\n(2) c' },
      { parent: 0, stance: 'pro', title: 'P', body: 'p' },
      { parent: 1, stance: 'con', title: 'Doubt' },
      { parent: null, stance: 'pro', title: 'Aside', body: 'not about the motion' },
      { parent: 3, stance: 'con', title: 'Rival' }
    ])
    list[3].unrelated = true
    list[2] = { ...list[2], seeAlso: [list[4].id], seeAlsoRelations: { [list[4].id]: 'contradictory' } }
    const text = toArgdown(motion('M'), list)
    expect(text).toBe(
      '[M]\n  + <Arg>\n\n[Aside]: not about the motion\n  - [Rival]\n\n[P]: p\n  - [Doubt]\n\n<Arg>\n\n(1) [P]\n----\n(2) c\n\n[Doubt]\n  >< [Rival]\n'
    )
    expect(argdownMap(text).map?.edges.map((e) => `${e.from.title} ${e.relationType} ${e.to.title}`)).toEqual([
      'Arg support M',
      'Rival attack Aside',
      'Doubt attack P',
      'Doubt contradictory Rival',
      'P support Arg'
    ])
    const back = stored(parseArgdown(text)).claims
    expect(back.map((c) => [c.title, c.unrelated ?? false])).toEqual(list.map((c) => [c.title, c.unrelated ?? false]))
    // A contradiction goes both ways; the import keeps it on one of its ends.
    const title = new Map(back.map((c) => [c.id, c.title]))
    const links = back.flatMap((c) => Object.entries(c.seeAlsoRelations ?? {}).map(([id, r]) => [c.title, r, title.get(id)].join(' ')))
    expect(links.length === 1 && ['Doubt contradictory Rival', 'Rival contradictory Doubt'].includes(links[0])).toBe(true)
  })

  it('marks the motion when only unrelated trees are left, so their top is not read as the motion', () => {
    const list = claims([
      { parent: null, stance: 'pro', title: 'Aside' },
      { parent: 0, stance: 'con', title: 'Rival' }
    ])
    list[0].unrelated = true
    const text = toArgdown(motion('M', 'the motion'), list)
    expect(text).toBe('[M]: the motion {casebookMotion: true}\n\n[Aside]\n  - [Rival]\n')
    const back = stored(parseArgdown(text))
    expect(back.motion).toMatchObject({ title: 'M', description: 'the motion' })
    expect(outline(back.claims)).toEqual(['pro Aside', '  con Rival'])
    expect(back.claims[0].unrelated).toBe(true)
  })

  it('ignores claims of other motions', () => {
    const other = { ...claims([{ parent: null, stance: 'pro', title: 'Elsewhere' }])[0], motionId: 'm2' }
    expect(toArgdown(motion('Alone'), [other])).toBe('[Alone]\n')
  })
})

/** Pieces that are hard for Argdown, mixed into generated titles and bodies. */
const TRICKY = [
  '[', ']', ']:', '](', '(x)', '<', '>', '<!--', '{', '}', '} x', '#tag', '*', '**', '_', '@[', '@<', '//', '/*', '*/',
  '===', '.A.', ':happy:', 'e.g.', 'U.S.', '\\', '+', '-', '->', '><', '<_', 'Untitled 1', ' ', '  ', '\t', '\n', 'é',
  '😀', '\u00a0', '\u2028', '"', "'", ':', ',', 'casebookTitle', '§ 3', 'word'
]
const piece = fc.oneof({ arbitrary: fc.constantFrom(...TRICKY), weight: 3 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 })
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''))
/** Titles as ClaimSchema stores them. */
const title = text.filter((t) => titleSchema('Title').safeParse(t).success).map((t) => titleSchema('Title').parse(t))

/** Tags as ClaimSchema stores them, except ")" and line breaks, which Argdown's #(tag) cannot hold. */
const tag = text
  .filter((t) => titleSchema('Tag', 60).safeParse(t).success && !/[)\r\n\u2028\u2029]/.test(t))
  .map((t) => titleSchema('Tag', 60).parse(t))
/** A premise or conclusion with words in it; one starting "[Title]: " would be a titled step. */
const stepText = text.filter((t) => plainText(t).replace(/\s+/g, ' ').trim() !== '' && !/^\s*\[/.test(t))
/** An argument's body: its words, then a reconstruction ending in its conclusion. */
const argumentBody = fc
  .record({ words: fc.oneof(fc.constant(''), text), premises: fc.array(stepText, { minLength: 1, maxLength: 3 }), conclusion: stepText })
  .map(({ words, premises, conclusion }) => {
    const steps = [...premises.map((t) => ({ role: 'premise' as const, text: t })), { role: 'conclusion' as const, text: conclusion }]
    return [words.trim(), formatReconstruction(steps)].filter(Boolean).join('\n\n')
  })

const spec = fc.oneof(
  fc.record({
    parent: fc.nat(),
    top: fc.boolean(),
    stance: fc.constantFrom<'pro' | 'con'>('pro', 'con'),
    title,
    body: fc.oneof(fc.constant(''), text),
    tags: fc.uniqueArray(tag, { maxLength: 3 }),
    argument: fc.boolean()
  }),
  fc.record({
    parent: fc.nat(),
    top: fc.boolean(),
    stance: fc.constantFrom<'pro' | 'con'>('pro', 'con'),
    title,
    body: argumentBody,
    tags: fc.uniqueArray(tag, { maxLength: 3 }),
    argument: fc.constant(true)
  })
)

/** A see-also link to add: from one claim to another (by index), with a relation Argdown's default mode draws. */
const link = fc.record({ from: fc.nat(), to: fc.nat(), relation: fc.constantFrom<SeeAlsoRelation>('support', 'attack', 'undercut', 'contradictory') })

/**
 * The claims with links added where Argdown can write them as given: not between a claim and
 * its parent (that pair is already related), one per pair, an undercut only on an argument and
 * a contradiction only between statements.
 */
function withLinks(list: Claim[], links: ReadonlyArray<{ from: number; to: number; relation: SeeAlsoRelation }>): Claim[] {
  const out = list.map((c) => ({ ...c }))
  const pairs = new Set<string>()
  for (const { from: i, to: j, relation } of links) {
    if (out.length < 2) break
    const [from, to] = [out[i % out.length], out[j % out.length]]
    const pair = [from.id, to.id].sort().join(' ')
    if (from.id === to.id || from.parentId === to.id || to.parentId === from.id || pairs.has(pair)) continue
    if (relation === 'undercut' && to.kind !== 'argument') continue
    if (relation === 'contradictory' && (from.kind === 'argument' || to.kind === 'argument')) continue
    pairs.add(pair)
    from.seeAlso = [...(from.seeAlso ?? []), to.id]
    from.seeAlsoRelations = { ...from.seeAlsoRelations, [to.id]: relation }
  }
  return out
}

/**
 * Each link as "from relation to", the claims named by their place in the outline; a
 * contradiction goes both ways, so its ends are in outline order.
 */
function linksByPlace(list: Claim[]): string[] {
  const place = new Map(sortedLikeOutline(list).map((c, index) => [c.id, index]))
  return list
    .flatMap((c) =>
      (c.seeAlso ?? []).map((id) => {
        const relation = c.seeAlsoRelations?.[id] ?? '(none)'
        const ends = [place.get(c.id) as number, place.get(id) as number]
        if (relation === 'contradictory') ends.sort((a, b) => a - b)
        return `${ends[0]} ${relation} ${ends[1]}`
      })
    )
    .sort()
}

describe('Argdown round trip (property)', () => {
  it('export then import keeps see-also links and their relations, and Argdown draws each once', () => {
    fc.assert(
      fc.property(title, fc.array(spec, { minLength: 2, maxLength: 12 }), fc.array(link, { maxLength: 8 }), (motionTitle, specs, links) => {
        const list = withLinks(claims(specs.map((s, i) => ({ ...s, parent: s.top || i === 0 ? null : s.parent % i }))), links)
        const exported = toArgdown(motion(motionTitle), list)
        roundTrip(motion(motionTitle), list, true)
        const map = stored(parseArgdown(exported))
        expect(linksByPlace(map.claims)).toEqual(linksByPlace(list))
        // One edge per tree relation and per link, none drawn twice.
        expect(argdownMap(exported).map?.edges).toHaveLength(list.length + linksByPlace(list).length)
      }),
      { numRuns: 150 }
    )
  })

  it('export then import gives the same tree of titles, stances, kinds (with reconstructions) and tags, and the same words', () => {
    fc.assert(
      fc.property(title, text, fc.array(spec, { maxLength: 20 }), (motionTitle, description, specs) => {
        const list = claims(specs.map((s, i) => ({ ...s, parent: s.top || i === 0 ? null : s.parent % i })))
        roundTrip(motion(motionTitle, description), list)
      }),
      { numRuns: 200 }
    )
  })

  it('the stored records are the same as the original ones, apart from ids', () => {
    const list = claims([
      { parent: null, stance: 'pro', title: 'A', body: 'a' },
      { parent: 0, stance: 'con', title: 'B' }
    ])
    const map = stored(parseArgdown(toArgdown(motion('M', 'd'), list)))
    const env = testEnv()
    expect(map.claims.map(({ id: _id, motionId: _m, parentId: _p, ...rest }) => rest)).toEqual(
      list.map(({ id: _id, motionId: _m, parentId: _p, ...rest }) => ({ ...rest, createdAt: env.now(), updatedAt: env.now() }))
    )
  })
})
