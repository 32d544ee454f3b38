import { seededRandom } from '../../shared/practice/random'

/** The value below which a fraction `q` of the samples fall (0.5: the median), or NaN when there are none. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

export const ms = (v: number): string => `${v.toFixed(1)} ms`


/**
 * How far quantile q of `b` may differ from that of `a` by chance alone: the 95% interval of
 * the difference over many resamplings of both (a bootstrap). An interval holding 0 says the
 * two are the same within noise.
 */
export function quantileDifferenceInterval(a: number[], b: number[], q: number, rounds = 2000): { low: number; high: number } {
  const random = seededRandom(1)
  const resample = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)] as number)
  const differences = Array.from({ length: rounds }, () => quantile(resample(b), q) - quantile(resample(a), q))
  return { low: quantile(differences, 0.025), high: quantile(differences, 0.975) }
}
