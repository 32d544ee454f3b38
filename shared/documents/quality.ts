/**
 * Whether extracted text reads as words or as garbage: a broken font map, a poor OCR layer, a
 * file read in the wrong encoding. Such text is kept and shown, but flagged 'suspect' so nobody
 * trusts a card cut from it without looking at the original. One rule for every extractor: the
 * PDF reader measures each page with it (and names the suspect pages), the others the whole text.
 */

/** Below this many visible characters there is too little to judge. */
const MIN_CHARACTERS = 40
/** Above this share of unusable characters (replacement, private-use, control), the font map or decoding is broken. */
const MAX_BROKEN_SHARE = 0.02
/** Below this share of letters and digits among visible characters, the text is symbol soup. */
const MIN_READABLE_SHARE = 0.5
/** Below this share of word-like tokens, the text reads as garbage. Clean prose scores above 0.85. */
const MIN_WORD_SHARE = 0.7
/** Above this share of lone letters (other than "a", "I") among words, OCR has split words into letters. */
const MAX_LONE_LETTER_SHARE = 0.15
/** Fewer words than this say too little about lone letters. */
const MIN_WORDS_FOR_LONE_LETTERS = 20

export interface TextQuality {
  /** Visible (non-space) characters. */
  characters: number
  /** Share of visible characters that are replacement, private-use or control characters. */
  brokenShare: number
  /** Share of visible characters that are letters or digits. */
  readableShare: number
  /** Share of tokens that look like words or numbers, 0 to 1. */
  wordShare: number
  /** Share of words that are a single letter other than "a" and "I" ("t h e i r"). */
  loneLetterShare: number
  /** Words counted for loneLetterShare. */
  words: number
}

export function measureText(text: string): TextQuality {
  const visible = text.replace(/\s+/gu, '')
  // U+FFFD is what a decoder leaves for bytes it could not read; private-use code points are
  // what a font without a Unicode map gives; control characters never belong in prose.
  const broken = countMatches(visible, /[\uFFFD\p{Co}\p{Cc}]/gu)
  const readable = countMatches(visible, /[\p{L}\p{N}]/gu)
  const tokens = text.split(/\s+/u).filter((token) => /[\p{L}\p{N}\uFFFD\p{Co}]/u.test(token))
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word))
  const lone = words.filter((word) => /^\p{L}$/u.test(word) && !/^[aAI]$/u.test(word)).length
  return {
    characters: visible.length,
    brokenShare: visible.length === 0 ? 0 : broken / visible.length,
    readableShare: visible.length === 0 ? 1 : readable / visible.length,
    wordShare: tokens.length === 0 ? 1 : tokens.filter(isWordLike).length / tokens.length,
    loneLetterShare: words.length === 0 ? 0 : lone / words.length,
    words: words.length
  }
}

export function looksGarbled(quality: TextQuality): boolean {
  if (quality.characters < MIN_CHARACTERS) return false
  return (
    quality.brokenShare > MAX_BROKEN_SHARE ||
    quality.readableShare < MIN_READABLE_SHARE ||
    quality.wordShare < MIN_WORD_SHARE ||
    (quality.words >= MIN_WORDS_FOR_LONE_LETTERS && quality.loneLetterShare > MAX_LONE_LETTER_SHARE)
  )
}

export function textLooksGarbled(text: string): boolean {
  return looksGarbled(measureText(text))
}

/** A token that reads as a word: letters with a vowel (or a script without Latin vowels), all capitals, a number, or "a"/"I". */
function isWordLike(token: string): boolean {
  const core = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  if (core === '') return false
  if (/^[\p{N}.,:/–-]+$/u.test(core)) return /\p{N}/u.test(core)
  if (core.length === 1) return /^[aAIiOo&]$/u.test(core) || !/\p{Script=Latin}/u.test(core)
  // One word as a writer types it: an optional capital, then lower case (apostrophes and inner hyphens allowed), or all capitals.
  const shaped = /^\p{Lu}?[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$|^[\p{Lu}'’]+(?:-[\p{Lu}]+)*s?$/u.test(core)
  if (!shaped) return false
  return !/\p{Script=Latin}/u.test(core) || /[aeiouyáéíóúàèìòùâêîôûäëïöü]/iu.test(core)
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0
  for (const _ of text.matchAll(pattern)) count += 1
  return count
}
