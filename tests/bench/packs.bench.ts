/**
 * Packs: validating and importing a generated pack of 10,000 items, and re-importing an
 * updated version of it over the first. Targets: each at most 1 s.
 */
import { afterAll, bench, describe } from 'vitest'
import { emptyLibrary, type Library } from '../../shared/model/library'
import { systemEnv } from '../../shared/operations/change'
import type { PackFileInput } from '../../shared/packs/format'
import { mergePack } from '../../shared/packs/merge'
import { readPack } from '../../shared/packs/read'
import { ms, quantile } from '../support/stats'

/** 20 motions of 250 claims each, 4,000 cards from 980 sources (10,000 items in all). */
function generatedPack(version: string, retitle: boolean): PackFileInput {
  const motions = Array.from({ length: 20 }, (_, m) => ({ id: `m${m}`, title: `Motion ${m}: this House would test packs`, format: 'bp' as const }))
  const claims = Array.from({ length: 5000 }, (_, i) => {
    const m = i % 20
    const index = Math.floor(i / 20)
    const parent = index === 0 ? null : `c${m + 20 * Math.floor((index - 1) / 3)}`
    return {
      id: `c${i}`,
      motionId: `m${m}`,
      parentId: parent,
      stance: i % 2 === 0 ? ('pro' as const) : ('con' as const),
      title: `${retitle && i % 10 === 0 ? 'Revised claim' : 'Claim'} ${i} about secession, consent and the Union`,
      body: 'A warrant of a sentence or two, long enough to be realistic for a starter argument in a pack.',
      order: index === 0 ? 0 : (index - 1) % 3,
      evidence: i % 5 === 0 ? [`q${i % 4000}`] : []
    }
  })
  const sources = Array.from({ length: 980 }, (_, s) => ({ id: `s${s}`, kind: 'article' as const, title: `Source ${s}`, authors: [{ given: 'Ana', family: `Author ${s}` }], date: '2025' }))
  const quotes = Array.from({ length: 4000 }, (_, q) => ({ id: `q${q}`, sourceId: `s${q % 980}`, text: `Quoted evidence number ${q}: “There was no place for reconsideration, or revocation, except through revolution.”`, pinpoint: `p. ${q % 300}`, tag: `Tag ${q}` }))
  return { format: 'casebook-pack', version: 1, meta: { id: 'bench-pack', title: 'Bench pack', version }, motions, claims, sources, quotes, drills: [] }
}

const first = JSON.stringify(generatedPack('1.0', false))
const second = JSON.stringify(generatedPack('1.1', true))
const samples = { first: [] as number[], update: [] as number[] }
let installed: Library | null = null

describe('packs: 10,000 items', () => {
  bench(
    'validate and import into an empty library',
    () => {
      const started = performance.now()
      installed = mergePack(emptyLibrary(), readPack(first), systemEnv).library
      samples.first.push(performance.now() - started)
    },
    { iterations: 8, warmupIterations: 1 }
  )

  bench(
    're-import an updated version',
    () => {
      const base = installed ?? mergePack(emptyLibrary(), readPack(first), systemEnv).library
      const started = performance.now()
      mergePack(base, readPack(second), systemEnv)
      samples.update.push(performance.now() - started)
    },
    { iterations: 8, warmupIterations: 1 }
  )
})

afterAll(() => {
  const verdict = (v: number) => (v <= 1000 ? 'met' : 'NOT MET')
  const a = quantile(samples.first, 0.5)
  const b = quantile(samples.update, 0.5)
  console.log(
    [
      '',
      `Pack benchmark (10,000 items, ${(first.length / 1024 / 1024).toFixed(1)} MB)`,
      `  validate + import:   median ${ms(a)}, max ${ms(Math.max(...samples.first))}   (target <= 1 s: ${verdict(a)})`,
      `  re-import an update: median ${ms(b)}, max ${ms(Math.max(...samples.update))}   (target <= 1 s: ${verdict(b)})`,
      ''
    ].join('\n')
  )
})
