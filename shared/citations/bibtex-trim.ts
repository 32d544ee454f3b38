/**
 * Speed: @retorquere/bibtex-parser parses every field as LaTeX, and exports carry many fields
 * Casebook never keeps (abstracts, file links, keywords, Mendeley's tags). This pass blanks those
 * out before the parser sees them, keeping every line break so the file's line numbers hold.
 * It only reads the layout (braces, quotes, commas); wherever an entry does not follow it, the
 * rest of that entry is left exactly as it was for the parser to read and report.
 */

/** Fields Casebook reads (bibtex-csl.ts), and those the parser needs to resolve the others. */
const KEPT = new Set([
  'title', 'subtitle', 'shorttitle', 'author', 'journal', 'journaltitle', 'journalsubtitle', 'booktitle',
  'booksubtitle', 'maintitle', 'publisher', 'institution', 'organization', 'school', 'location', 'address',
  'date', 'year', 'month', 'day', 'urldate', 'volume', 'number', 'issue', 'pages', 'edition', 'type',
  'entrysubtype', 'doi', 'url', 'crossref', 'xdata', 'langid', 'hyphenation', 'entryset'
])

/** The end (exclusive) of a braced value starting at `start` ("{"), or -1 when it never closes. */
function bracedEnd(text: string, start: number): number {
  let depth = 0
  for (let index = start; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') index++
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return index + 1
  }
  return -1
}

function quotedEnd(text: string, start: number): number {
  let depth = 0
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') index++
    else if (char === '{') depth++
    else if (char === '}') depth--
    else if (char === '"' && depth === 0) return index + 1
  }
  return -1
}

const SPACE = /\s/

/** Where the value that starts at `from` (after "=") ends, with its "#" concatenations; -1 if unreadable. */
function valueEnd(text: string, from: number): number {
  let index = from
  for (;;) {
    while (SPACE.test(text[index] ?? '')) index++
    const char = text[index]
    if (char === '{') index = bracedEnd(text, index)
    else if (char === '"') index = quotedEnd(text, index)
    else {
      const bare = /^[^\s,{}()"#=]+/.exec(text.slice(index, index + 200))
      if (!bare) return -1
      index += bare[0].length
    }
    if (index < 0) return -1
    let after = index
    while (SPACE.test(text[after] ?? '')) after++
    if (text[after] !== '#') return index
    index = after + 1
  }
}

/** The text with the unkept fields of every entry blanked (line breaks kept). */
export function withoutUnusedFields(text: string): string {
  const spans: Array<[number, number]> = []
  const head = /@\s*([A-Za-z_:-]+)\s*[{(][^,{}()]*,/g
  for (let match = head.exec(text); match; match = head.exec(text)) {
    if (/^(?:string|preamble|comment)$/i.test(match[1] ?? '')) continue
    let index = head.lastIndex
    for (;;) {
      const field = /^[\s,]*([^\s=,{}()"#]+)\s*=/.exec(text.slice(index, index + 300))
      if (!field) break
      const start = index + field[0].search(/[^\s,]/)
      let end = valueEnd(text, index + field[0].length)
      if (end < 0) break
      index = end
      if (!KEPT.has((field[1] ?? '').toLowerCase())) {
        // With its comma, so that no empty field is left between two commas.
        while (SPACE.test(text[end] ?? '')) end++
        spans.push([start, text[end] === ',' ? end + 1 : index])
      }
    }
    head.lastIndex = Math.max(head.lastIndex, index)
  }
  if (spans.length === 0) return text
  let out = ''
  let last = 0
  for (const [start, end] of spans) {
    out += text.slice(last, start) + text.slice(start, end).replace(/[^\n]/g, '')
    last = end
  }
  return out + text.slice(last)
}
