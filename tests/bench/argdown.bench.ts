/**
 * A machine-made Argdown document of 7,000 nodes (statements and arguments, reconstructions,
 * tags, relations across the whole document, and a few syntax errors Argdown recovers from),
 * imported as the app does: read with Argdown, the tree built, the records made. Target: 2 s.
 */
import { afterAll, bench, describe } from 'vitest'
import { parseArgdown } from '../../shared/interchange/argdown-import'
import { toMotionMap } from '../../shared/interchange/imported-motion'
import { ms, quantile } from '../support/stats'

const BLOCKS = 1750 // four nodes each: a statement, an argument for it, an attack on it, a titled premise

function machineMade(blocks: number): string {
  const parts = ['[Thesis]: The thesis every block leads back to. #generated']
  for (let i = 0; i < blocks; i++) {
    const target = i === 0 ? 'Thesis' : `S${Math.floor((i - 1) / 3)}`
    parts.push(
      [
        `[S${i}]: Statement ${i} says something about the case. #topic${i % 10}`,
        `  +> [${target}]`,
        `  <+ <A${i}>: Argument ${i} gives a reason for statement ${i}.`,
        `  <- [S${i}b]: Statement ${i}b doubts statement ${i}. #doubt`,
        // Every 400th block carries HTML that Argdown reports as an error and reads past.
        ...(i % 400 === 399 ? [`  <- <b>bold</b> text in block ${i}`] : [])
      ].join('\n'),
      [`<A${i}>`, '', `(1) [P${i}]: Premise ${i} holds.`, `(2) If premise ${i} holds, so does statement ${i}.`, '----', `(3) [S${i}]`].join('\n')
    )
  }
  return `${parts.join('\n\n')}\n`
}

const input = machineMade(BLOCKS)
const env = () => {
  let next = 0
  return { now: () => '2026-01-01T00:00:00.000Z', newId: () => `id-${++next}` }
}
const samples: number[] = []
let claims = 0
let warnings = 0

describe('Argdown import', () => {
  bench(
    `${(BLOCKS * 4).toLocaleString('en-US')}-node machine-made document`,
    () => {
      const started = performance.now()
      const imported = parseArgdown(input)
      const map = toMotionMap(imported, env())
      samples.push(performance.now() - started)
      claims = map.claims.length
      warnings = imported.warnings.length
    },
    { iterations: 5, warmupIterations: 1 }
  )
})

afterAll(() => {
  const median = quantile(samples, 0.5)
  console.log(
    [
      '',
      'Argdown import',
      `  ${`${(BLOCKS * 4).toLocaleString('en-US')} nodes (${claims} claims, ${warnings} warnings)`.padEnd(52)} median ${ms(median).padStart(10)}   (target <= 2000 ms: ${median <= 2000 ? 'met' : 'NOT MET'})`,
      ''
    ].join('\n')
  )
})
