/**
 * Which paragraph styles are headings, from word/styles.xml: a style's own outline level
 * (w:outlineLvl), Word's built-in "heading 1".."heading 9" and "Title", or what the style is
 * based on (w:basedOn, followed up the chain). A Verbatim file's Pocket, Hat, Block and Tag are
 * Heading 1 to 4 under other names, so they are headings here too.
 */
import type { XmlDocument } from '../docx-package'
import { W_NS } from '../docx-package'
import { childElements, isW, wAttr, wChild, type XmlElement } from './xml'

/** Outline level 0–8 for a heading; undefined for body text. */
export type OutlineLevel = number | undefined

export interface ParagraphStyles {
  /** The heading level of a paragraph with this style id (or of the default style, for none). */
  levelOf(styleId: string | null): OutlineLevel
  /** The list a style numbers its paragraphs in ("List Number", a numbered heading), through basedOn; undefined for none. */
  numberingOf(styleId: string | null): ListPlace | undefined
}

/** A paragraph's place in a list: w:numPr's w:numId and w:ilvl. */
export interface ListPlace {
  numId: string | null
  level: number | null
}

interface StyleInfo {
  basedOn: string | null
  /** null: the style says nothing, so its basedOn decides. */
  ownLevel: OutlineLevel | null
  numbering: ListPlace | undefined
}

/** Word's own limit is 9 levels; chains longer than this are broken files. */
const MAX_CHAIN = 20

export function readParagraphStyles(stylesXml: XmlDocument | null): ParagraphStyles {
  const styles = new Map<string, StyleInfo>()
  let defaultStyle: string | null = null
  const root = stylesXml?.documentElement
  if (root) {
    for (const style of childElements(root)) {
      if (!isW(style, 'style') || style.getAttributeNS(W_NS, 'type') !== 'paragraph') continue
      const id = style.getAttributeNS(W_NS, 'styleId')
      if (!id) continue
      if (['1', 'true', 'on'].includes(style.getAttributeNS(W_NS, 'default') ?? '')) defaultStyle = id
      const properties = wChild(style, 'pPr')
      styles.set(id, { basedOn: wAttr(wChild(style, 'basedOn')), ownLevel: ownLevel(style), numbering: listPlace(properties) })
    }
  }
  const cache = new Map<string, OutlineLevel>()
  const levelOfStyle = (id: string): OutlineLevel => {
    if (cache.has(id)) return cache.get(id)
    let level: OutlineLevel
    let current: string | null = id
    const seen = new Set<string>()
    while (current && !seen.has(current) && seen.size < MAX_CHAIN) {
      seen.add(current)
      const info = styles.get(current)
      if (!info) {
        level = builtInLevel(current, current)
        break
      }
      if (info.ownLevel !== null) {
        level = info.ownLevel
        break
      }
      current = info.basedOn
    }
    cache.set(id, level)
    return level
  }
  const numberingOfStyle = (id: string): ListPlace | undefined => {
    let numId: string | null = null
    let level: number | null = null
    const seen = new Set<string>()
    // The nearest style stating each of numId and ilvl wins.
    for (let current: string | null = id; current && !seen.has(current) && seen.size < MAX_CHAIN; current = styles.get(current)?.basedOn ?? null) {
      seen.add(current)
      const place = styles.get(current)?.numbering
      numId ??= place?.numId ?? null
      level ??= place?.level ?? null
    }
    return numId === null ? undefined : { numId, level }
  }
  return {
    levelOf: (styleId) => {
      const id = styleId ?? defaultStyle
      return id ? levelOfStyle(id) : undefined
    },
    numberingOf: (styleId) => {
      const id = styleId ?? defaultStyle
      return id ? numberingOfStyle(id) : undefined
    }
  }
}

/** w:pPr/w:numPr as written (either part may be missing); undefined when there is none. */
export function listPlace(paragraphProperties: XmlElement | undefined): ListPlace | undefined {
  const numbering = paragraphProperties && wChild(paragraphProperties, 'numPr')
  if (!numbering) return undefined
  const level = wAttr(wChild(numbering, 'ilvl'))
  return { numId: wAttr(wChild(numbering, 'numId')), level: level !== null && /^\d$/u.test(level) ? Number(level) : null }
}

/** The level a style states itself (a number, or undefined for "body text"); null when it says nothing. */
function ownLevel(style: XmlElement): OutlineLevel | null {
  const paragraph = wChild(style, 'pPr')
  const outline = paragraph && wAttr(wChild(paragraph, 'outlineLvl'))
  if (outline != null && /^\d$/u.test(outline)) return Number(outline) <= 8 ? Number(outline) : undefined
  const id = style.getAttributeNS(W_NS, 'styleId') ?? ''
  const name = wAttr(wChild(style, 'name')) ?? ''
  return builtInLevel(id, name) ?? null
}

/** Word's built-in heading styles by id or name: "Heading3" / "heading 3"; "Title" as the top level. */
function builtInLevel(id: string, name: string): OutlineLevel {
  for (const candidate of [name, id]) {
    const heading = /^heading\s*([1-9])$/iu.exec(candidate.trim())
    if (heading) return Number(heading[1]) - 1
    if (/^title$/iu.test(candidate.trim())) return 0
  }
  return undefined
}

/** A paragraph's own outline level (w:pPr/w:outlineLvl), which overrides its style's. */
export function directLevel(paragraphProperties: XmlElement | undefined): OutlineLevel | null {
  const outline = paragraphProperties && wAttr(wChild(paragraphProperties, 'outlineLvl'))
  if (outline == null || !/^\d$/u.test(outline)) return null
  return Number(outline) <= 8 ? Number(outline) : undefined
}
