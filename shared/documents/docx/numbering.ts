/**
 * The numbers and bullets Word draws before list paragraphs ("1.", "(a)", "iv.", "•"), from
 * word/numbering.xml: each w:num points to an abstract definition whose levels say the format
 * (w:numFmt), the text around the number (w:lvlText, "%1.%2"), where counting starts (w:start,
 * or the list's w:startOverride) and when a level starts again (after any shallower level, or
 * as w:lvlRestart says). Word counts on across lists that share a definition, unless a list
 * restarts it. The label is text a reader sees, so a card quoting "(a) the power to…" is found.
 */
import type { XmlDocument } from '../docx-package'
import { W_NS } from '../docx-package'
import { symbolCharacter } from './symbols'
import { childElements, isW, wAttr, wChild, type XmlElement } from './xml'

interface Level {
  start: number
  format: string
  text: string
  /** 1-based: the level restarts after a level up to this one is used; 0: never. Undefined: after any shallower level. */
  restartAfter?: number
  /** Every number in the label as decimal ("Legal numbering"). */
  legal: boolean
  /** What follows the label: a tab, a space or nothing. */
  suffix: string
  /** The label's font, for a bullet drawn from a symbol font. */
  font: string | null
}

interface List {
  abstractId: string
  levels: Map<number, Level>
  /** Levels this list restarts at the number given, the first time it is used. */
  startOverrides: Map<number, number>
}

export interface ListLabels {
  /** The label of the next paragraph of list `numId` at `level` ("1.\t", "(a)\t", "•\t"), counting it; '' when none. */
  next(numId: string, level: number): string
}

const MAX_LEVELS = 9

export function readNumbering(numberingXml: XmlDocument | null): ListLabels {
  const abstracts = new Map<string, Map<number, Level>>()
  const lists = new Map<string, List>()
  const root = numberingXml?.documentElement
  if (root) {
    for (const element of childElements(root)) {
      if (isW(element, 'abstractNum')) {
        const id = element.getAttributeNS(W_NS, 'abstractNumId')
        if (id) abstracts.set(id, levelsOf(element))
      }
    }
    for (const element of childElements(root)) {
      if (!isW(element, 'num')) continue
      const id = element.getAttributeNS(W_NS, 'numId')
      const abstractId = wAttr(wChild(element, 'abstractNumId'))
      if (!id || abstractId === null) continue
      const levels = new Map(abstracts.get(abstractId) ?? [])
      const startOverrides = new Map<number, number>()
      for (const override of childElements(element).filter((child) => isW(child, 'lvlOverride'))) {
        const level = Number(override.getAttributeNS(W_NS, 'ilvl'))
        if (!Number.isInteger(level) || level < 0 || level >= MAX_LEVELS) continue
        const start = integer(wAttr(wChild(override, 'startOverride')))
        if (start !== undefined) startOverrides.set(level, start)
        const replaced = wChild(override, 'lvl')
        if (replaced) levels.set(level, levelOf(replaced))
      }
      lists.set(id, { abstractId, levels, startOverrides })
    }
  }

  // Counters per abstract definition (lists sharing one count on together); a list with overrides counts on its own.
  const counters = new Map<string, (number | undefined)[]>()
  const overridden = new Set<string>()
  return {
    next(numId, level) {
      const list = lists.get(numId)
      const definition = list?.levels.get(level)
      if (!list || !definition || level < 0 || level >= MAX_LEVELS) return ''
      const key = list.startOverrides.size > 0 ? `num:${numId}` : `abstract:${list.abstractId}`
      let counts = counters.get(key)
      if (!counts) counters.set(key, (counts = []))
      if (list.startOverrides.size > 0 && !overridden.has(numId)) {
        overridden.add(numId)
        for (const [at, start] of list.startOverrides) counts[at] = start - 1
      }
      counts[level] = (counts[level] ?? definition.start - 1) + 1
      for (let deeper = level + 1; deeper < MAX_LEVELS; deeper++) {
        const restartAfter = list.levels.get(deeper)?.restartAfter
        if (restartAfter === undefined || (restartAfter > 0 && level < restartAfter)) counts[deeper] = undefined
      }
      const label = definition.text.replace(/%([1-9])/gu, (_, n: string) => {
        const at = Number(n) - 1
        const shown = list.levels.get(at)
        const count = counts[at] ?? shown?.start ?? 1
        return formatNumber(count, definition.legal && at !== level ? 'decimal' : (shown?.format ?? 'decimal'))
      })
      const drawn = definition.format === 'bullet' ? bulletText(label, definition.font) : label
      return drawn === '' ? '' : drawn + definition.suffix
    }
  }
}

function levelsOf(abstract: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const element of childElements(abstract).filter((child) => isW(child, 'lvl'))) {
    const level = Number(element.getAttributeNS(W_NS, 'ilvl'))
    if (Number.isInteger(level) && level >= 0 && level < MAX_LEVELS) levels.set(level, levelOf(element))
  }
  return levels
}

function levelOf(element: XmlElement): Level {
  const suffix = wAttr(wChild(element, 'suff'))
  const restart = integer(wAttr(wChild(element, 'lvlRestart')))
  const fonts = wChild(element, 'rPr') && wChild(wChild(element, 'rPr') as XmlElement, 'rFonts')
  return {
    start: integer(wAttr(wChild(element, 'start'))) ?? 0,
    format: wAttr(wChild(element, 'numFmt')) ?? 'decimal',
    text: wAttr(wChild(element, 'lvlText')) ?? '',
    ...(restart !== undefined ? { restartAfter: restart } : {}),
    legal: wChild(element, 'isLgl') !== undefined && !['0', 'false', 'off'].includes(wAttr(wChild(element, 'isLgl')) ?? ''),
    suffix: suffix === 'space' ? ' ' : suffix === 'nothing' ? '' : '\t',
    font: fonts ? (wAttr(fonts, 'ascii') ?? wAttr(fonts, 'hAnsi')) : null
  }
}

function integer(value: string | null): number | undefined {
  return value !== null && /^-?\d{1,6}$/u.test(value) ? Number(value) : undefined
}

/** A number as the level's format draws it; formats not listed here are drawn as decimals. */
export function formatNumber(count: number, format: string): string {
  switch (format) {
    case 'none':
      return ''
    case 'lowerLetter':
      return letters(count).toLowerCase()
    case 'upperLetter':
      return letters(count)
    case 'lowerRoman':
      return roman(count).toLowerCase()
    case 'upperRoman':
      return roman(count)
    case 'decimalZero':
      return count >= 0 && count < 10 ? `0${count}` : `${count}`
    case 'ordinal':
      return `${count}${ordinalSuffix(count)}`
    default:
      return `${count}`
  }
}

/** Word's letters: a…z, then aa…zz, aaa…: the letter repeated, not a base-26 number. */
function letters(count: number): string {
  if (count < 1) return `${count}`
  const letter = String.fromCharCode(65 + ((count - 1) % 26))
  return letter.repeat(Math.floor((count - 1) / 26) + 1)
}

function roman(count: number): string {
  if (count < 1 || count > 3999) return `${count}`
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let rest = count
  let out = ''
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral
      rest -= value
    }
  }
  return out
}

function ordinalSuffix(count: number): string {
  const tens = count % 100
  if (tens >= 11 && tens <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][count % 10] ?? 'th'
}

/** Wingdings bullets Word offers in its bullet gallery, as the characters they draw. */
const WINGDINGS: Record<number, string> = { 0xa7: '▪', 0xd8: '➢', 0x76: '❖', 0xfc: '✓', 0x6e: '■', 0x71: '❑', 0xa8: '◆' }

/** A bullet as the character a reader sees: a symbol font's code (often private-use F0xx) drawn as that font draws it. */
function bulletText(text: string, font: string | null): string {
  return Array.from(text)
    .map((character) => {
      const code = character.codePointAt(0) ?? 0
      const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code
      const name = (font ?? '').trim().toLowerCase()
      if (name === 'symbol') return symbolCharacter('Symbol', low.toString(16))
      if (name.startsWith('wingdings')) return WINGDINGS[low] ?? '•'
      // A private-use code in any other font is a glyph with no Unicode meaning: a plain bullet.
      return code >= 0xe000 && code <= 0xf8ff ? '•' : character
    })
    .join('')
}
