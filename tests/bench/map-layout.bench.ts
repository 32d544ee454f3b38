/**
 * The map view lays out a whole motion before it draws: 20,000 generated claims in a bushy tree
 * (tests/support/generate.ts). Target: 2 s, so a very large motion still opens as a map.
 */
import { afterAll, bench, describe } from 'vitest'
import { layoutMap } from '../../renderer/src/map/graph/layout'
import { generateLibrary } from '../support/generate'
import { ms, quantile } from '../support/stats'

const CLAIMS = 20_000
const library = generateLibrary(CLAIMS)
const samples: number[] = []
let boxes = 0

describe('map layout', () => {
  bench(
    `${CLAIMS.toLocaleString('en-US')} generated claims`,
    () => {
      const started = performance.now()
      boxes = layoutMap(library.motions[0], library.claims).nodes.length
      samples.push(performance.now() - started)
    },
    { iterations: 5, warmupIterations: 1 }
  )
})

afterAll(() => {
  const median = quantile(samples, 0.5)
  console.log(
    ['', 'Map layout', `  ${`${CLAIMS.toLocaleString('en-US')} claims (${boxes.toLocaleString('en-US')} boxes)`.padEnd(52)} median ${ms(median).padStart(10)}   (target <= 2000 ms: ${median <= 2000 ? 'met' : 'NOT MET'})`, ''].join('\n')
  )
})
