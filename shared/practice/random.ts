/** Randomness for drills, always injected so a drill can be replayed and a test can fix it. */

/** A source of numbers in [0, 1), such as Math.random. */
export type Random = () => number

/** A small seeded generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** An index in [0, length), safe against a random source that returns 1 or a little outside [0, 1). */
export function randomIndex(random: Random, length: number): number {
  return Math.min(length - 1, Math.max(0, Math.floor(random() * length)))
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
