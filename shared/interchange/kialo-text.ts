/**
 * The words of one Kialo entry. Kialo writes its texts as Markdown: links as `[words](url)`,
 * punctuation escaped with a backslash (`\(`, `\[`), and, in the current layout, numbered
 * citation markers such as `[3]` that point into the export's Sources list.
 */

export interface KialoLink {
  text: string
  url: string
}

export interface KialoText {
  /** The text as a reader sees it: links as their words, escapes resolved, markers kept as "[n]". */
  plain: string
  /** The same without the citation markers (and the spaces before them), for a title. */
  unmarked: string
  links: KialoLink[]
  /** The numbers of the citation markers, in the order they first appear. */
  markers: string[]
}

// One pass over the text, so that an escaped "\[1\]" is never a marker and the "[1933]" of a
// link "[1933](https://…)" is never one either. Each part is bounded and its alternatives start
// with different characters, so a line of brackets cannot make the engine try every split.
// Kialo keeps a link whose address has spaces in it (a pasted sentence), so spaces are allowed.
// Unescaped brackets end both parts: a try that fails stops at the next "[", so a line of a
// million "[a](" costs one pass, not one pass per bracket.
const LINK = String.raw`\[((?:\\[^\n]|[^\\[\]\n]){0,1000})\]\(((?:\\[^\n]|\([^()[\]\n]{0,2000}\)|[^\\()[\]\n]){1,4000})\)`
const ESCAPE = String.raw`\\([!-/:-@[-\`{-~])`
const MARKER = String.raw`\[(\d{1,6})\]`
const TOKENS = new RegExp(`${LINK}|${ESCAPE}|${MARKER}`, 'g')
const ESCAPED = /\\([!-/:-@[-`{-~])/g

/** Markdown's backslash escapes resolved: "\(" is "(". */
export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1')
}

function withoutTrailingSpaces(text: string): string {
  let end = text.length
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  return text.slice(0, end)
}

export function readKialoText(raw: string): KialoText {
  let plain = ''
  let unmarked = ''
  const links: KialoLink[] = []
  const markers: string[] = []
  let last = 0
  for (const match of raw.matchAll(TOKENS)) {
    const before = raw.slice(last, match.index)
    plain += before
    unmarked += before
    last = match.index + match[0].length
    const [whole, linkText, url, escaped, marker] = match
    if (url !== undefined) {
      const text = unescapeMarkdown(linkText)
      links.push({ text, url: unescapeMarkdown(url) })
      plain += text
      unmarked += text
    } else if (escaped !== undefined) {
      plain += escaped
      unmarked += escaped
    } else {
      // The title leaves the marker out, with the spaces before it ("costs [1]." reads "costs.").
      plain += whole
      unmarked = withoutTrailingSpaces(unmarked)
      if (!markers.includes(marker)) markers.push(marker)
    }
  }
  plain += raw.slice(last)
  unmarked += raw.slice(last)
  return { plain, unmarked, links, markers }
}
