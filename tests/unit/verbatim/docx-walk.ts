/**
 * An independent walk of a Word file for checking the Verbatim reader: a DOM (xmldom) over the
 * raw parts, not the reader's streaming parser, listing each body paragraph's outline level and
 * its runs with whether Word would show them underlined (a link's underline is not a mark).
 */
import { DOMParser, type Element } from '@xmldom/xmldom'
import { unzipSync } from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export interface WalkedRun {
  text: string
  underlined: boolean
}

export interface WalkedParagraph {
  level: number | null
  /** The paragraph style's name ("Undertag"). */
  style: string
  text: string
  runs: WalkedRun[]
}

function children(element: Element, name: string): Element[] {
  return Array.from(element.getElementsByTagNameNS(W, name)).filter((e) => e.parentNode === element) as Element[]
}

function child(element: Element | null | undefined, name: string): Element | null {
  return element ? (children(element, name)[0] ?? null) : null
}

const val = (element: Element | null): string | null => (element && element.hasAttributeNS(W, 'val') ? element.getAttributeNS(W, 'val') : null)

export function walkDocx(bytes: Uint8Array): WalkedParagraph[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/styles.xml' })
  const parse = (name: string): Element | null => {
    const data = files[name]
    return data ? (new DOMParser().parseFromString(new TextDecoder().decode(data), 'application/xml').documentElement as Element | null) : null
  }
  const styles = new Map<string, Element>()
  const stylesRoot = parse('word/styles.xml')
  if (stylesRoot) for (const style of children(stylesRoot, 'style')) styles.set(style.getAttributeNS(W, 'styleId') ?? '', style)

  const chain = (id: string | null): Element[] => {
    const found: Element[] = []
    while (id && styles.has(id) && found.length < 20) {
      const style = styles.get(id) as Element
      found.push(style)
      id = val(child(style, 'basedOn'))
    }
    return found
  }
  const levelOf = (id: string | null): number | null => {
    for (const style of chain(id)) {
      const level = val(child(child(style, 'pPr'), 'outlineLvl'))
      if (level !== null) return Number(level)
      const name = /^heading ([1-9])$/i.exec(val(child(style, 'name')) ?? '')
      if (name) return Number(name[1]) - 1
    }
    return null
  }
  const underlineOf = (rPr: Element | null): boolean | null => {
    const u = child(rPr, 'u')
    return u ? (val(u) ?? 'single') !== 'none' : null
  }
  const styleUnderline = (id: string | null): boolean | null => {
    for (const style of chain(id)) {
      const u = underlineOf(child(style, 'rPr'))
      if (u !== null) return u
    }
    return null
  }

  const body = child(parse('word/document.xml'), 'body')
  const paragraphs: WalkedParagraph[] = []
  if (!body) return paragraphs
  for (const p of Array.from(body.getElementsByTagNameNS(W, 'p')) as Element[]) {
    // Paragraphs in text boxes are not body text.
    let inBox = false
    for (let up = p.parentNode; up; up = up.parentNode) if ((up as Element).localName === 'txbxContent') inBox = true
    if (inBox) continue
    const pStyle = val(child(child(p, 'pPr'), 'pStyle')) ?? 'Normal'
    const direct = val(child(child(p, 'pPr'), 'outlineLvl'))
    const level = direct !== null ? Number(direct) : levelOf(pStyle)
    const runs: WalkedRun[] = []
    for (const r of Array.from(p.getElementsByTagNameNS(W, 'r')) as Element[]) {
      let skipped = false
      for (let up = r.parentNode; up && up !== p; up = up.parentNode) {
        const name = (up as Element).localName
        if (name === 'del' || name === 'moveFrom' || (up as Element).namespaceURI !== W) skipped = true
      }
      if (skipped) continue
      const text = (Array.from(r.getElementsByTagNameNS(W, 't')) as Element[]).filter((t) => t.parentNode === r).map((t) => t.textContent ?? '').join('')
      const rPr = child(r, 'rPr')
      const rStyle = val(child(rPr, 'rStyle'))
      const link = chain(rStyle).some((s) => /hyperlink/i.test(val(child(s, 'name')) ?? ''))
      const directU = underlineOf(rPr)
      const underlined = directU ?? (link ? false : (styleUnderline(rStyle) ?? styleUnderline(pStyle) ?? false))
      runs.push({ text, underlined })
    }
    const style = val(child(styles.get(pStyle) ?? null, 'name')) ?? pStyle
    paragraphs.push({ level: level !== null && level <= 3 ? level : null, style, text: runs.map((r) => r.text).join(''), runs })
  }
  return paragraphs
}
