/**
 * Whether a page's extracted text reads as words. A poor OCR layer ("A l e t t e r fross the
 * Sevennah £ug»r") or a font without a usable character map (private-use or replacement
 * characters, runs of symbols) yields text that is there but cannot be trusted as a quotation. Pure.
 */

/** Fewer visible characters than this on a page says too little to judge. */
const MIN_CHARACTERS = 40
/** Below this share of word-like tokens, a page reads as garbage. Clean pages score above 0.85. */
const MIN_WORD_SHARE = 0.7
/** Above this share of unusable characters (replacement, private-use, control), the font map is broken. */
const MAX_BROKEN_SHARE = 0.02

export interface PageQuality {
  /** Share of tokens that look like words or numbers, 0 to 1. */
  wordShare: number
  /** Share of visible characters that are replacement, private-use or control characters. */
  brokenShare: number
  /** Visible (non-space) characters. */
  characters: number
}

/** A token that reads as a word: letters with a vowel (or a script without Latin vowels), all capitals, a number, or "a"/"I". */
function isWordLike(token: string): boolean {
  const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  if (core === '') return false
  if (/^[\p{N}.,:/–-]+$/u.test(core)) return /\p{N}/u.test(core)
  if (core.length === 1) return /^[aAIiOo&]$/.test(core) || !/\p{Script=Latin}/u.test(core)
  // One word as a writer types it: an optional capital, then lower case (apostrophes and inner hyphens allowed), or all capitals.
  const shaped = /^\p{Lu}?[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$|^[\p{Lu}'’]+(?:-[\p{Lu}]+)*s?$/u.test(core)
  if (!shaped) return false
  return !/\p{Script=Latin}/u.test(core) || /[aeiouyáéíóúàèìòùâêîôûäëïöü]/i.test(core)
}

export function measurePage(text: string): PageQuality {
  const visible = text.replace(/\s+/g, '')
  const broken = (visible.match(/[\uFFFD\p{Co}\p{Cc}]/gu) ?? []).length
  const tokens = text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token) || /[\uFFFD\p{Co}]/u.test(token))
  const words = tokens.filter(isWordLike).length
  return {
    wordShare: tokens.length === 0 ? 1 : words / tokens.length,
    brokenShare: visible.length === 0 ? 0 : broken / visible.length,
    characters: visible.length
  }
}

export function isSuspect(quality: PageQuality): boolean {
  if (quality.characters < MIN_CHARACTERS) return false
  return quality.wordShare < MIN_WORD_SHARE || quality.brokenShare > MAX_BROKEN_SHARE
}

/** "page 3", "pages 3 and 5", "pages 3 to 5, 8": pages named as a reader counts them (1-based). */
export function namePages(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  const runs: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    runs.push(j === i ? `${sorted[i]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]} to ${sorted[j]}`)
    i = j + 1
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : (runs[0] ?? '')
  return `${sorted.length === 1 ? 'page' : 'pages'} ${list}`
}
