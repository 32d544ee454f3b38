/**
 * The reading marks of a passage pasted from Word or a web page: underline, bold (kept as
 * emphasis) and highlight, read from the clipboard's text/html, set on the clipboard's plain
 * text. The card's text is always the plain text, exactly as a plain paste gives it; the HTML
 * only says which of those characters are marked. The HTML is parsed by the caller with the
 * browser's inert DOMParser (nothing in it runs or loads) and only walked here.
 *
 * Marks come from elements (<u>, <ins>, <b>, <strong>, <mark>), inline styles (Word's
 * `background:yellow;mso-highlight:yellow`, Chrome's `text-decoration-line: underline`,
 * `font-weight: 700`, `background-color: rgb(…)`) and the classes of Word's style sheet in the
 * HTML's head (a Verbatim file pastes as `<span class=StyleUnderline>`).
 */
import { plainText } from '../../../shared/model/text'
import type { Quote } from '../../../shared/model/source'

export type CardMark = Quote['highlights'][number]

/** What is read of the parsed HTML: a browser's Document (or linkedom's, in tests) is one. */
export interface PastedNode {
  nodeType: number
  nodeValue: string | null
  firstChild: PastedNode | null
  nextSibling: PastedNode | null
  tagName?: string
  getAttribute?(name: string): string | null
}
export interface PastedDocument {
  documentElement: PastedNode | null
  querySelectorAll(selector: 'style'): ArrayLike<{ textContent: string | null }>
}

interface Marks {
  underline: boolean
  emphasis: boolean
  /** A Word highlight colour name, or null for none. */
  highlight: string | null
}

type Declarations = Map<string, string>

/** CSS colours as Word's highlight names (Word's own HTML uses the CSS names). */
const COLOR_NAMES: Record<string, string> = {
  yellow: 'yellow', ffff00: 'yellow',
  lime: 'green', green: 'darkGreen', '00ff00': 'green', '008000': 'darkGreen', brightgreen: 'green',
  aqua: 'cyan', cyan: 'cyan', '00ffff': 'cyan', turquoise: 'cyan',
  fuchsia: 'magenta', magenta: 'magenta', ff00ff: 'magenta', pink: 'magenta',
  blue: 'blue', '0000ff': 'blue', red: 'red', ff0000: 'red',
  navy: 'darkBlue', '000080': 'darkBlue', darkblue: 'darkBlue', teal: 'darkCyan', '008080': 'darkCyan', darkcyan: 'darkCyan',
  darkgreen: 'darkGreen', purple: 'darkMagenta', '800080': 'darkMagenta', darkmagenta: 'darkMagenta', violet: 'darkMagenta',
  maroon: 'darkRed', '800000': 'darkRed', darkred: 'darkRed', olive: 'darkYellow', '808000': 'darkYellow', darkyellow: 'darkYellow',
  gray: 'darkGray', grey: 'darkGray', '808080': 'darkGray', darkgray: 'darkGray', silver: 'lightGray', c0c0c0: 'lightGray', lightgray: 'lightGray',
  black: 'black', '000000': 'black'
}

/** No highlight: the page's own background and the ways of saying "none". */
const NO_BACKGROUND = new Set(['', 'none', 'transparent', 'white', 'ffffff', 'initial', 'inherit', 'unset', 'auto', 'window', 'windowtext'])

function hexOf(value: string): string {
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value)
  if (rgb) {
    // A fully transparent colour is no colour.
    if (rgb[4] !== undefined && parseFloat(rgb[4]) === 0) return 'transparent'
    return rgb.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('')
  }
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1]
  if (hex) return hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  return value
}

/** A background as a highlight colour: null for none, Word's name when known, yellow otherwise. */
function highlightOf(value: string): string | null {
  // "rgb(255, 255, 0)" whole; of a shorthand ("yellow none repeat"), the colour that leads it.
  const trimmed = value.trim().toLowerCase()
  const color = hexOf(trimmed.startsWith('rgb') ? (/^rgba?\([^)]*\)/.exec(trimmed)?.[0] ?? trimmed) : (trimmed.split(/\s+/)[0] ?? ''))
  if (NO_BACKGROUND.has(color)) return null
  return COLOR_NAMES[color] ?? 'yellow'
}

function parseDeclarations(style: string): Declarations {
  const out: Declarations = new Map()
  for (const part of style.split(';')) {
    const at = part.indexOf(':')
    if (at > 0) out.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim().toLowerCase())
  }
  return out
}

/** Class rules of the HTML's style sheets ("span.StyleUnderline {…}", "p.MsoNormal {…}"): enough for Word's. */
function classRules(doc: PastedDocument): Map<string, Declarations> {
  const rules = new Map<string, Declarations>()
  for (const sheet of Array.from(doc.querySelectorAll('style'))) {
    for (const [, selectors, body] of (sheet.textContent ?? '').matchAll(/([^{}]+)\{([^}]*)\}/g)) {
      for (const selector of (selectors ?? '').split(',')) {
        const name = /^[\s\w]*\.([\w-]+)\s*$/.exec(selector.replace(/<!--|-->/g, ''))?.[1]
        if (name) rules.set(name, parseDeclarations(body ?? ''))
      }
    }
  }
  return rules
}

function applyDeclarations(marks: Marks, d: Declarations): Marks {
  const next = { ...marks }
  const decoration = d.get('text-decoration-line') ?? d.get('text-decoration')
  if (decoration !== undefined) next.underline = decoration.includes('underline')
  if (d.get('text-underline') !== undefined) next.underline = d.get('text-underline') !== 'none'
  const weight = d.get('font-weight')
  if (weight !== undefined) next.emphasis = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600
  const highlight = d.get('mso-highlight') ?? d.get('background-color') ?? d.get('background')
  if (highlight !== undefined) next.highlight = highlightOf(highlight)
  return next
}

const SKIPPED = new Set(['HEAD', 'STYLE', 'SCRIPT', 'TITLE', 'TEMPLATE', 'NOSCRIPT'])

/** Walks the body: each character of its text with the marks over it. */
function markedCharacters(doc: PastedDocument): Array<{ ch: string; marks: Marks }> {
  const rules = classRules(doc)
  const out: Array<{ ch: string; marks: Marks }> = []
  const walk = (node: PastedNode, marks: Marks) => {
    if (node.nodeType === 3) {
      for (const ch of node.nodeValue ?? '') out.push({ ch, marks })
      return
    }
    if (node.nodeType !== 1) return
    const element = node
    const tag = (element.tagName ?? '').toUpperCase()
    if (SKIPPED.has(tag)) return
    let here = { ...marks }
    if (tag === 'U' || tag === 'INS') here.underline = true
    if (tag === 'B' || tag === 'STRONG') here.emphasis = true
    if (tag === 'MARK') here.highlight = 'yellow'
    for (const name of (element.getAttribute?.('class') ?? '').split(/\s+/)) {
      const rule = name ? rules.get(name) : undefined
      if (rule) here = applyDeclarations(here, rule)
      // Verbatim's character styles by name, whatever the sheet says of them.
      if (name === 'StyleUnderline' || name === 'Underline') here.underline = true
      if (name === 'Emphasis') here.emphasis = true
    }
    const style = element.getAttribute?.('style')
    if (style) here = applyDeclarations(here, parseDeclarations(style))
    if (tag === 'BR') out.push({ ch: '\n', marks: here })
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child, here)
  }
  // The whole document, not only its body: a fragment on the clipboard may come without one.
  if (doc.documentElement) walk(doc.documentElement, { underline: false, emphasis: false, highlight: null })
  return out
}

const SPACE = /\s/u
/** How far ahead in the plain text a character of the HTML is looked for (list bullets, tabs). */
const LOOK_AHEAD = 40
/** The share of characters the HTML and plain text may each have that the other lacks. */
const MAX_MISSED = 0.2

/**
 * The pasted text with its marks: `plain` (as plain text, as a plain paste gives it) and the
 * marks the HTML sets on its characters, matched character by character, spaces aside. Marks
 * on a space follow the words on both sides of it.
 */
export function pastedMarks(doc: PastedDocument, plain: string): { text: string; marks: CardMark[] } {
  const text = plainText(plain)
  const chars = [...text]
  const found: Array<Marks | null> = chars.map(() => null)
  let j = 0
  let missed = 0
  const marked = markedCharacters(doc).filter(({ ch }) => !SPACE.test(ch))
  for (const { ch, marks } of marked) {
    const at = chars.slice(j, j + LOOK_AHEAD).indexOf(ch)
    // A character the plain text does not have (hidden text, a list's bullet): no mark to carry.
    if (at < 0) {
      missed++
      continue
    }
    found[j + at] = marks
    j += at + 1
  }
  // HTML that is not the same passage as the plain text (an app that puts different things on
  // the clipboard) says nothing about its marks.
  const unmatched = chars.filter((ch, i) => !found[i] && !SPACE.test(ch)).length
  if (missed > marked.length * MAX_MISSED || unmatched > chars.length * MAX_MISSED) return { text, marks: [] }
  // Spaces take the marks their two neighbouring characters share.
  for (let i = 0; i < chars.length; i++) {
    if (found[i] || !SPACE.test(chars[i] ?? '') || chars[i] === '\n') continue
    let before = i - 1
    while (before >= 0 && !found[before]) before--
    let after = i + 1
    while (after < chars.length && SPACE.test(chars[after] ?? '')) after++
    const a = found[before]
    const b = found[after]
    if (a && b) found[i] = { underline: a.underline && b.underline, emphasis: a.emphasis && b.emphasis, highlight: a.highlight === b.highlight ? a.highlight : null }
  }
  return { text, marks: rangesOf(chars, found) }
}

/** Per-character marks as ranges in UTF-16 offsets, one per stretch of each kind (and colour). */
function rangesOf(chars: string[], found: Array<Marks | null>): CardMark[] {
  const marks: CardMark[] = []
  const open = new Map<string, CardMark>()
  let offset = 0
  const close = (key: string) => {
    const mark = open.get(key)
    if (mark) marks.push(mark)
    open.delete(key)
  }
  chars.forEach((ch, i) => {
    const here = found[i]
    const keys = new Set<string>()
    if (here?.underline) keys.add('underline')
    if (here?.emphasis) keys.add('emphasis')
    if (here?.highlight) keys.add(`highlight:${here.highlight}`)
    for (const key of [...open.keys()]) if (!keys.has(key)) close(key)
    for (const key of keys) {
      const mark = open.get(key)
      if (mark) mark.end = offset + ch.length
      else {
        const [kind, color] = key.split(':') as [CardMark['kind'], string | undefined]
        open.set(key, { start: offset, end: offset + ch.length, kind, ...(color && color !== 'yellow' ? { color } : {}) })
      }
    }
    offset += ch.length
  })
  for (const key of [...open.keys()]) close(key)
  return marks.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind))
}

/**
 * Marks kept across an edit of the text: the changed stretch is found as what lies between the
 * common start and end of the old and new text; marks after it move with it, marks over it are
 * cut to what is left of them, and marks left empty go.
 */
export function marksAfterEdit(before: string, after: string, marks: readonly CardMark[]): CardMark[] {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let tail = 0
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++
  const oldEnd = before.length - tail
  const shift = after.length - before.length
  const moved = (at: number) => (at <= start ? at : at >= oldEnd ? at + shift : start)
  return marks.map((m) => ({ ...m, start: moved(m.start), end: moved(m.end) })).filter((m) => m.end > m.start)
}
