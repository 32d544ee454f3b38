/**
 * Speed: a field value with no TeX in it but dashes ("12--26"), given exactly as @retorquere/bibtex-parser would
 * give it, without running its LaTeX parser (most of the time an import takes). Only values the
 * parser would turn into the same text are taken; anything else is left for the parser.
 * tests/unit/citations/bibtex-fast.test.ts checks these against the parser itself.
 */
import { FieldMode } from '@retorquere/bibtex-parser'

type Mode = 'creatorlist' | 'title' | 'verbatim' | 'richtext' | 'literallist' | 'literal'

/** The parser's mode for a field name: the last of its lists that names the field. */
export function fieldMode(name: string): Mode {
  let mode: Mode = 'literal'
  for (const [listed, names] of Object.entries(FieldMode)) {
    if (names.some((test) => (typeof test === 'string' ? test === name : test.test(name)))) mode = listed as Mode
  }
  return mode
}

/**
 * TeX's special characters, those the parser's own table turns into other text ("<" is "¡" in
 * TeX's old fonts), and the quote marks it reads as accents: a value with any of them is TeX.
 */
const SPECIAL = /[\\{}$%&#~^_"`<>]|''|(?![\t\n\r])\p{Cc}/u
/** TeX's dash ligatures: "--" an en dash, "---" an em dash (page ranges are mostly "12--26"). */
const DASHES = /-{2,}/
const LONGER_DASHES = /-{4,}/
/** Two line breaks in a row end a paragraph, which verbatim fields keep. */
const LINE_BREAK = /[\r\n]/
/** The word that separates names in a list ("Springer and Kluwer"). */
const AND = /(?:^|\s)and(?:\s|$)/i
const SPACES = /[ \t\r\n]+/g

/**
 * The parser's value for a field whose text (inside its braces or quotes) has no TeX, or
 * undefined when the text has TeX or is one the parser treats in a way not copied here.
 * `null` means the parser leaves the field out (it is empty).
 */
export function plainFieldValue(name: string, content: string): string | string[] | null | undefined {
  if (SPECIAL.test(content)) return undefined
  if (!content.trim()) return null
  const mode = fieldMode(name)
  if (DASHES.test(content) && ((mode !== 'title' && mode !== 'literal') || LONGER_DASHES.test(content))) return undefined
  const dashed = content.replace(/---/g, '\u2014').replace(/--/g, '\u2013')
  switch (mode) {
    case 'verbatim':
      return LINE_BREAK.test(content) ? undefined : content.replace(SPACES, ' ').trim()
    case 'title':
      return dashed.replace(SPACES, ' ').trim()
    case 'literallist':
      return AND.test(content) ? undefined : [content.replace(SPACES, ' ').trim()]
    case 'literal':
      break
    default:
      return undefined
  }
  const text = dashed.replace(SPACES, ' ').trim()
  if (name === 'year' || name === 'month') {
    // The parser gives numbers as numbers ("03" is "3"), and month names as numbers, which it does itself.
    if (/^-?\d+$/.test(text)) return `${parseInt(text, 10)}`
    if (name === 'month') return undefined
  }
  return text
}
