/**
 * A Word file's styles as Verbatim reads them: each style's name, what it is based on, its
 * outline level and its character formatting, and the formatting a run ends up with once
 * document defaults, its paragraph's style, its own character style and its direct formatting
 * are laid over one another (later wins, as in Word).
 */
import type { Element as XmlElement } from '@xmldom/xmldom'
import { W_NS, type XmlDocument } from '../documents/docx-package'

/** The character formatting Verbatim's marks depend on; absent means "not set here". */
export interface RunFormat {
  bold?: boolean
  underline?: boolean
  /** Font size in half-points (Word's w:sz): 22 is 11 pt. */
  size?: number
  /** Word's highlight colour name, or "none". */
  highlight?: string
  /** A shading fill in hex ("FFFF00"), or "auto". */
  shading?: string
  border?: boolean
}

export interface StyleInfo {
  id: string
  name: string
  type: string
  basedOn: string | null
  outlineLevel: number | null
  run: RunFormat
}

export interface StyleSheet {
  byId: Map<string, StyleInfo>
  defaults: RunFormat
}

/** Children of `parent` in the w: namespace with local name `name`. */
export function wChildren(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as XmlElement).localName === name && (node as XmlElement).namespaceURI === W_NS) found.push(node as XmlElement)
  }
  return found
}

export function wChild(parent: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!parent) return null
  return wChildren(parent, name)[0] ?? null
}

export function wVal(element: XmlElement | null | undefined, attribute = 'val'): string | null {
  if (!element) return null
  return element.hasAttributeNS(W_NS, attribute) ? element.getAttributeNS(W_NS, attribute) : null
}

/** One property element of a w:rPr, by local name, with its w: attributes by local name. */
export interface RunProperty {
  name: string
  attrs: Record<string, string>
}

/** A Word on/off property: present means on unless its value says off. */
function toggle(property: RunProperty | undefined): boolean | undefined {
  if (!property) return undefined
  const value = property.attrs.val
  return !(value === '0' || value === 'false' || value === 'off')
}

/** The formatting a w:rPr's properties set (only what they set). */
export function formatFromProperties(properties: readonly RunProperty[]): RunFormat {
  const format: RunFormat = {}
  const get = (name: string): RunProperty | undefined => properties.find((p) => p.name === name)
  const bold = toggle(get('b'))
  if (bold !== undefined) format.bold = bold
  const u = get('u')
  if (u) format.underline = (u.attrs.val ?? 'single') !== 'none'
  const size = Number(get('sz')?.attrs.val)
  if (Number.isFinite(size) && size > 0) format.size = size
  const highlight = get('highlight')?.attrs.val
  if (highlight) format.highlight = highlight
  const fill = get('shd')?.attrs.fill
  if (fill) format.shading = fill
  const border = get('bdr')
  if (border) format.border = (border.attrs.val ?? 'none') !== 'none' && border.attrs.val !== 'nil'
  return format
}

/** The formatting a w:rPr element sets, from the parsed styles part. */
export function readRunFormat(rPr: XmlElement | null): RunFormat {
  if (!rPr) return {}
  const properties: RunProperty[] = []
  for (let node = rPr.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue
    const element = node as XmlElement
    if (element.namespaceURI !== W_NS) continue
    const attrs: Record<string, string> = {}
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i)
      if (attribute && attribute.namespaceURI === W_NS && attribute.localName) attrs[attribute.localName] = attribute.value
    }
    properties.push({ name: element.localName ?? '', attrs })
  }
  return formatFromProperties(properties)
}

export function readStyles(styles: XmlDocument | null): StyleSheet {
  const byId = new Map<string, StyleInfo>()
  let defaults: RunFormat = {}
  const root = styles?.documentElement
  if (!root) return { byId, defaults }
  const docDefaults = wChild(root, 'docDefaults')
  defaults = readRunFormat(wChild(wChild(docDefaults, 'rPrDefault'), 'rPr'))
  for (const style of wChildren(root, 'style')) {
    const id = wVal(style, 'styleId')
    if (!id) continue
    const level = wVal(wChild(wChild(style, 'pPr'), 'outlineLvl'))
    byId.set(id, {
      id,
      name: wVal(wChild(style, 'name')) ?? id,
      type: wVal(style, 'type') ?? 'paragraph',
      basedOn: wVal(wChild(style, 'basedOn')),
      outlineLevel: level === null ? null : Number(level),
      run: readRunFormat(wChild(style, 'rPr'))
    })
  }
  return { byId, defaults }
}

/** The style and those it is based on, nearest first (a loop in basedOn stops the walk). */
export function styleChain(sheet: StyleSheet, id: string | null): StyleInfo[] {
  const chain: StyleInfo[] = []
  const seen = new Set<string>()
  let current = id
  while (current && !seen.has(current)) {
    seen.add(current)
    const style = sheet.byId.get(current)
    if (!style) break
    chain.push(style)
    current = style.basedOn
  }
  return chain
}

/** A paragraph style's outline level, inherited along basedOn; Word's built-in "heading N" by name when unset. */
export function outlineLevelOf(sheet: StyleSheet, styleId: string | null): number | null {
  for (const style of styleChain(sheet, styleId)) {
    if (style.outlineLevel !== null && Number.isInteger(style.outlineLevel)) return style.outlineLevel
    const heading = /^heading ([1-9])$/i.exec(style.name)
    if (heading) return Number(heading[1]) - 1
  }
  return null
}

/** The formatting a style chain gives, base first so nearer styles win. */
export function chainFormat(sheet: StyleSheet, styleId: string | null): RunFormat {
  const chain = styleChain(sheet, styleId)
  let format: RunFormat = {}
  for (let i = chain.length - 1; i >= 0; i--) format = { ...format, ...(chain[i] as StyleInfo).run }
  return format
}

/** Style names along the chain, nearest first, for recognising Verbatim's styles by name. */
export function chainNames(sheet: StyleSheet, styleId: string | null): string[] {
  return styleChain(sheet, styleId).map((s) => s.name)
}
