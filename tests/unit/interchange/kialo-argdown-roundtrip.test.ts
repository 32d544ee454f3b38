/**
 * Kialo import → Argdown export → Argdown import gives back the same map (property tests on
 * random discussions in both Kialo layouts): the same claims (titles and bodies), stances and
 * places (parent and order among siblings). Bodies are compared by their words: Argdown may
 * write a body's paragraphs on one line. See-also links ("-> See") are not compared: Argdown
 * has no relation that means only "see also", so the export leaves them out.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toArgdown } from '../../../shared/interchange/argdown-export'
import { parseArgdown } from '../../../shared/interchange/argdown-import'
import { toMotionMap } from '../../../shared/interchange/imported-motion'
import { parseKialo } from '../../../shared/interchange/kialo'
import type { Claim } from '../../../shared/model/claim'
import { testEnv } from './helpers'

/** Words as Kialo users write them: punctuation, brackets, quotes, numbers, the odd abbreviation. */
const words = fc.stringMatching(/^[A-Z][a-z]{1,8}(?: (?:[a-z]{1,9}|\d{1,4}%?|e\.g\.|\([a-z ]{1,12}\)|"[a-z]{1,8}"|[a-z]{1,6}[,;:]|&|-|—)){1,12}[.?!]$/)
const link = fc.tuple(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,15}[A-Za-z0-9]$/), fc.stringMatching(/^[a-z_]{1,12}$/))
const entryText = fc.record({
  sentences: fc.array(words, { minLength: 1, maxLength: 4 }),
  link: fc.option(link, { nil: undefined }),
  // A long entry: several sentences past 300 characters, so it gets a title and a body.
  long: fc.boolean()
})

const node = fc.record({
  parent: fc.nat(),
  top: fc.boolean(),
  stance: fc.constantFrom<'pro' | 'con'>('pro', 'con'),
  text: entryText,
  /** A "-> See" entry answering this claim, pointing at an earlier claim. */
  seeAlso: fc.option(fc.nat(), { nil: undefined })
})

type EntryText = { sentences: string[]; link?: [string, string]; long: boolean }
type Node = { parent: number; top: boolean; stance: 'pro' | 'con'; text: EntryText; seeAlso?: number }

function writeText(text: EntryText): string {
  let sentences = text.sentences.join(' ')
  if (text.long) while (sentences.length < 320) sentences += ` ${text.sentences.join(' ')}`
  if (text.link) sentences += ` See [${text.link[0]}](https://example.org/${text.link[1]}).`
  return sentences
}

/** A Kialo export of the nodes (each parent an earlier node), in the older or the current layout. */
function kialoExport(specs: Node[], current: boolean): string {
  const nodes = specs.map((s, i) => ({ ...s, parent: s.top || i === 0 ? null : s.parent % i, children: [] as number[], number: '' }))
  nodes.forEach((n, i) => n.parent !== null && nodes[n.parent].children.push(i))
  const lines = current ? ['Discussion Name:', 'A generated discussion', '', '1. Thesis:', 'The thesis holds.', ''] : ['Discussion Title: A generated discussion', '', '1. The thesis holds.']
  const header = (number: string, stance: 'pro' | 'con') => `${number} ${stance === 'pro' ? 'Pro' : 'Con'}:`
  const write = (indexes: number[], prefix: string) => {
    let k = 0
    for (const i of indexes) {
      const number = `${prefix}${++k}.`
      nodes[i].number = number
      const indent = '  '.repeat(number.split('.').length - 2)
      const text = writeText(nodes[i].text)
      if (current) lines.push(`${indent}${header(number, nodes[i].stance)}`, `${indent}${text}`, '')
      else lines.push(`${header(number, nodes[i].stance)} ${text}`)
      write(nodes[i].children, number)
      const seen = nodes[i].seeAlso
      // Links answer a claim (never the thesis) and show a claim written before them.
      const target = seen === undefined ? undefined : nodes.slice(0, i).filter((n) => n.number)[seen % Math.max(1, i)]
      if (target && target !== nodes[i]) {
        const linkNumber = `${number}${++nodes[i].children.length}.`
        const linkIndent = '  '.repeat(linkNumber.split('.').length - 2)
        if (current) lines.push(`${linkIndent}${header(linkNumber, 'con')}`, `${linkIndent}-> See ${target.number}`, '')
        else lines.push(`${header(linkNumber, 'con')} -> See ${target.number}`)
      }
    }
  }
  write(nodes.flatMap((n, i) => (n.parent === null ? [i] : [])), '1.')
  return lines.join(current ? '\r\n' : '\n')
}

/** Each claim as where it sits (its path of titles), its stance and its words. */
function shape(claims: readonly Claim[]) {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const path = (claim: Claim): string => {
    const at = `${claim.order}:${claim.title}`
    return claim.parentId === null ? at : `${path(byId.get(claim.parentId) as Claim)} / ${at}`
  }
  // Words, not layout: Argdown may write a body's paragraphs on one line.
  const words = (text: string) => text.replace(/\s+/g, ' ').trim()
  return claims.map((c) => ({ place: path(c), stance: c.stance, title: c.title, body: words(c.body) }))
}

const sortByPlace = <T extends { place: string }>(list: T[]) => [...list].sort((a, b) => a.place.localeCompare(b.place))

describe('Kialo import → Argdown export → import', () => {
  for (const current of [false, true]) {
    it(`property: keeps claims, stances and places (${current ? 'current' : 'older'} layout)`, () => {
      fc.assert(
        fc.property(fc.array(node, { minLength: 1, maxLength: 25 }), (specs) => {
          const fromKialo = parseKialo(kialoExport(specs, current))
          const first = toMotionMap(fromKialo, testEnv())
          const argdown = toArgdown(first.motion, first.claims)
          const second = toMotionMap(parseArgdown(argdown), testEnv())
          expect(second.motion.title).toBe(first.motion.title)
          expect(sortByPlace(shape(second.claims))).toEqual(sortByPlace(shape(first.claims)))
        }),
        { numRuns: 100 }
      )
    })
  }
})
