/**
 * Text from a citation file as Casebook stores it: exactly the characters given, less the
 * rich-text tags citeproc and Citation.js use (<i>, <b>, <sc>, <sup>, <sub>, <span ...>),
 * with line breaks and tabs made spaces (one per run) and other control characters removed.
 */
const CSL_MARKUP = /<\/?(?:i|b|sc|sup|sub)>|<span\b[^<>]*>|<\/span>/g
const OTHER_CONTROLS = /(?![\t\n\v\f\r])\p{Cc}/gu
const BREAKS = /[\t\n\v\f\r]+/g

export function cleanText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value !== 'string') return ''
  return value.replace(CSL_MARKUP, '').replace(OTHER_CONTROLS, '').replace(BREAKS, ' ').trim()
}

/** The tags @retorquere/bibtex-parser writes for TeX's markup (\emph, \textsc, \enquote's quotes aside). */
const TEX_MARKUP = /<\/?(?:i|b|sup|sub|code|p|br|ul|li|blockquote|h\d|span)\b[^<>]*>/g
/** A dotless i or j that TeX wrote for an accent to sit on ("\'\i"): with its accent, the plain letter. */
const DOTLESS_ACCENTED = /([ıȷ])(?=\p{M})/gu
/** Soft hyphens (TeX's "\-") and the zero-width joiners some exporters leave: hints for line breaking, not text. */
const BREAK_HINTS = /\u00AD|\u200B|\u200C|\u200D|\u2060/g

/**
 * A field that @retorquere/bibtex-parser decoded from TeX, as plain text: without its markup and
 * line-breaking hints, non-breaking spaces (TeX's "~") made spaces, and accents composed (NFC).
 */
export function decodedText(value: unknown): string {
  if (typeof value !== 'string') return cleanText(value)
  const plain = value
    .replace(TEX_MARKUP, '')
    .replace(BREAK_HINTS, '')
    .replace(/\u00A0/g, ' ')
    .replace(DOTLESS_ACCENTED, (letter: string) => (letter === 'ı' ? 'i' : 'j'))
    .normalize('NFC')
  return cleanText(plain).replace(/ {2,}/g, ' ')
}

/** A field as one line of text for a citation: line breaks and tabs become spaces, other control characters go. */
export function oneLine(value: string): string {
  return value.replace(OTHER_CONTROLS, '').replace(BREAKS, ' ').trim()
}

/**
 * A field as one line with each run of spaces made one space, for the patterns that take a
 * pinpoint or citation apart word by word: on a long run of spaces such a pattern would start
 * again from each space and scan to the run's end, which grows with the square of its length.
 */
export function singleSpaced(value: string): string {
  return oneLine(value).replace(/\s+/g, ' ')
}

/** The number of bytes the text takes as UTF-8, counted without copying it. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        index++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(Math.max(offset, 0), text.length)
  for (let index = 0; index < end; index++) {
    if (text[index] === '\n') {
      line++
      lineStart = index + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}

/** A reference as a sentence: "U.S. Const." stays as it is; "Texas v. White, 74 U.S. 700 (1869)" gains its full stop. */
export function endWithStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`
}
