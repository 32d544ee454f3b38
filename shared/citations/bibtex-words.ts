/**
 * Speed: titles are mostly distinct, so sharing whole values (bibtex-fast.ts) leaves the parser a
 * LaTeX run per title. A title is instead read word by word: words without TeX are kept as they
 * are, and each distinct word with TeX ("{IEEE}", "{$16\times 16$}") is decoded once for the
 * whole file. Only values whose words cannot reach into one another are split; the caller checks
 * each decoded word and reads the value whole when a word does not stand on its own.
 * tests/unit/citations/bibtex-fast.test.ts checks the split against the parser reading the whole.
 */

const WORD_SPACE = /[ \t\r\n]/
const LETTER = /[A-Za-z]/

/**
 * The value's words, split at spaces outside braces and math, or undefined when splitting could
 * change what the parser reads: a comment, a paragraph break, display math, or a command outside
 * braces (a declaration such as \em reaches every word after it) anywhere but in the last word.
 */
export function wordsOf(content: string): string[] | undefined {
  if (/\n[ \t\r]*\n|\$\$/.test(content)) return undefined
  const words: string[] = []
  let depth = 0
  let inMath = false
  let start = 0
  let commandOutside = false
  const close = (end: number): boolean => {
    if (end > start) {
      if (commandOutside) return false
      words.push(content.slice(start, end))
    }
    start = end + 1
    return true
  }
  for (let index = 0; index < content.length; index++) {
    const char = content[index] ?? ''
    if (char === '\\') {
      if (depth === 0 && !inMath) commandOutside = true
      index++
      // A control word is its letters; the space after it belongs to it, so it ends no word.
      if (LETTER.test(content[index] ?? '')) while (LETTER.test(content[index + 1] ?? '')) index++
    } else if (char === '%') return undefined
    else if (char === '{') depth++
    else if (char === '}') depth--
    else if (char === '$' && depth === 0) inMath = !inMath
    else if (depth === 0 && !inMath && WORD_SPACE.test(char) && !close(index)) return undefined
  }
  if (depth !== 0 || inMath) return undefined
  words.push(content.slice(start))
  const kept = words.filter((word) => word !== '')
  return kept.length > 1 ? kept : undefined
}

/** A decoded word that reads the same among its neighbours joined by one space: text, not empty, not edged with spaces. */
export function standsAlone(value: unknown): value is string {
  return typeof value === 'string' && /^\S(?:[\s\S]*\S)?$/.test(value)
}
