/** The value below which a fraction `q` of the samples fall (0.5: the median), or NaN when there are none. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

export const ms = (v: number): string => `${v.toFixed(1)} ms`
