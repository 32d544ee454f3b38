/**
 * A small, independent reading of a Word brief the way Verbatim sees it (for tests): the
 * document parsed as XML, each paragraph with its style and runs; every Tag (Heading4) starts a
 * card, the paragraph after it is the cite, and the paragraphs up to the next heading are the
 * card text, with each run's marks as Verbatim's styles and w:highlight give them.
 */
import { DOMParser, type Element } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export interface WalkedRun {
  text: string
  style: string | null
  highlight: string | null
  /** Half-points, when the run sets its size. */
  size: number | null
  /** A direct w:u other than "none". */
  underlined: boolean
}

export interface WalkedParagraph {
  style: string | null
  runs: WalkedRun[]
  text: string
}

export interface WalkedMark {
  start: number
  end: number
  kind: 'underline' | 'highlight' | 'emphasis' | 'shrunk'
  color?: string
}

export interface WalkedCard {
  tag: string
  cite: string
  /** The cite's words in the Cite style. */
  citeLead: string
  text: string
  marks: WalkedMark[]
}

export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]))
}

export function parseXml(xml: string): Element {
  const errors: string[] = []
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'text/xml')
  if (errors.length > 0 || !doc.documentElement) throw new Error(`Not well-formed XML: ${errors.join('; ')}`)
  return doc.documentElement
}

function children(element: Element, localName: string): Element[] {
  const out: Element[] = []
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === localName) out.push(node as Element)
  }
  return out
}

function attr(element: Element | undefined, name: string): string | null {
  return element?.getAttributeNS(W, name) ?? null
}

export function paragraphs(documentXml: string): WalkedParagraph[] {
  const body = children(parseXml(documentXml), 'body')[0]!
  return children(body, 'p').map((p) => {
    const style = attr(children(children(p, 'pPr')[0] ?? p, 'pStyle')[0], 'val')
    const runs = children(p, 'r').map((r): WalkedRun => {
      const props = children(r, 'rPr')[0]
      const prop = (name: string) => (props ? children(props, name)[0] : undefined)
      const size = attr(prop('sz'), 'val')
      return {
        text: children(r, 't').map((t) => t.textContent ?? '').join(''),
        style: attr(prop('rStyle'), 'val'),
        highlight: attr(prop('highlight'), 'val'),
        size: size === null ? null : Number(size),
        underlined: prop('u') !== undefined && attr(prop('u'), 'val') !== 'none'
      }
    })
    return { style, runs, text: runs.map((r) => r.text).join('') }
  })
}

/** Half-points of text at which a run counts as shrunk (card text is 11 pt, 22). */
const SHRUNK_BELOW = 22

export function walkCards(documentXml: string): WalkedCard[] {
  type Walking = WalkedCard & { lines: number; sawCite: boolean }
  const cards: Walking[] = []
  let card: Walking | null = null
  const mark = (kind: WalkedMark['kind'], start: number, end: number, color?: string) => {
    const marks = card!.marks
    const last = marks.findLast((m) => m.kind === kind && m.end === start && m.color === color)
    if (last) last.end = end
    else marks.push({ start, end, kind, ...(color ? { color } : {}) })
  }
  for (const p of paragraphs(documentXml)) {
    if (p.style?.startsWith('Heading')) {
      card = null
      if (p.style === 'Heading4') {
        card = { tag: p.text, cite: '', citeLead: '', text: '', marks: [], lines: 0, sawCite: false }
        cards.push(card)
      }
      continue
    }
    if (!card) continue
    if (!card.sawCite) {
      card.sawCite = true
      card.cite = p.text
      card.citeLead = p.runs.filter((r) => r.style === 'Style13ptBold').map((r) => r.text).join('')
      continue
    }
    if (card.lines > 0) card.text += '\n'
    card.lines += 1
    for (const r of p.runs) {
      const start = card.text.length
      card.text += r.text
      const end = card.text.length
      if (r.style === 'StyleUnderline' || r.underlined) mark('underline', start, end)
      if (r.style === 'Emphasis') mark('emphasis', start, end)
      if (r.highlight) mark('highlight', start, end, r.highlight)
      if (r.size !== null && r.size < SHRUNK_BELOW) mark('shrunk', start, end)
    }
  }
  return cards.map(({ lines: _l, sawCite: _s, ...rest }) => rest)
}
