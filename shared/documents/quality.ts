/**
 * Whether extracted text looks like garbage rather than words: a broken font map, a poor OCR
 * layer, a file read in the wrong encoding. Such text is kept and shown, but flagged 'suspect'
 * so nobody trusts a card cut from it without looking at the original. Shared by every extractor.
 */

/** Below this many visible characters there is too little to judge. */
const MIN_CHARACTERS = 40

export function textLooksGarbled(text: string): boolean {
  const visible = text.replace(/\s+/gu, '')
  if (visible.length < MIN_CHARACTERS) return false
  // U+FFFD is what a decoder leaves for bytes it could not read; private-use code points are
  // what a font without a Unicode map gives; control characters never belong in prose.
  const broken = countMatches(visible, /[\uFFFD\uE000-\uF8FF\p{Cc}]/gu)
  if (broken / visible.length > 0.02) return true
  const readable = countMatches(visible, /[\p{L}\p{N}]/gu)
  if (readable / visible.length < 0.5) return true
  return looksLetterSpaced(text)
}

/**
 * OCR of a poor scan often splits words into single letters ("t h e i r c h e c k"). In
 * ordinary prose, one-letter words other than "a" and "I" are rare.
 */
function looksLetterSpaced(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word))
  if (words.length < 20) return false
  const lone = words.filter((word) => /^\p{L}$/u.test(word) && !/^[aAI]$/u.test(word)).length
  return lone / words.length > 0.15
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0
  for (const _ of text.matchAll(pattern)) count += 1
  return count
}
