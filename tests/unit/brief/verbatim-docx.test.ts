/**
 * The Word brief as a Verbatim user's Word sees it: styles.xml and document.xml read as XML,
 * the template named in settings.xml. Every card tag a Tag (Heading 4), cites in the Cite
 * style, read and stressed words in the Underline and Emphasis styles, highlights in colour.
 */
import { describe, expect, it } from 'vitest'
import { briefCards, type BriefDocument } from '../../../shared/brief/document'
import { renderDocx } from '../../../shared/brief/docx'
import { citeSegments, citeText, rawCiteSegments } from '../../../shared/brief/cite'
import { withAttachedTemplate } from '../../../shared/brief/verbatim-template'
import type { Quote } from '../../../shared/model/source'
import { sampleCard, sampleClaim, sampleDocument } from './sample'
import { docxParts, paragraphs, parseXml, walkCards } from './verbatim-walk'

/** A brief with a card of every kind of mark, a card without a tag, and one with notes. */
function markedDocument(overrides: Partial<BriefDocument['options']> = {}): BriefDocument {
  const doc = sampleDocument()
  doc.options = { ...doc.options, ...overrides }
  doc.sections[0]!.contentions[1] = sampleClaim({
    id: 'c9',
    tag: 'Marks',
    cards: [
      sampleCard({
        id: 'card-3',
        tag: 'Every mark',
        text: [
          { text: 'Not read, ', underline: false, highlight: false },
          { text: 'read', underline: true, highlight: false },
          { text: ' and stressed', underline: true, highlight: true, emphasis: true, color: 'cyan' },
          { text: ' and green', underline: true, highlight: true, color: 'green' },
          { text: '\nshrunk away.', underline: false, highlight: false, shrunk: true }
        ]
      }),
      sampleCard({ id: 'card-4', tag: '', note: 'Ask Sam about the date' })
    ]
  })
  return doc
}

function stylesById(stylesXml: string): Map<string, { type: string; name: string; aliases: string; outline: string | null; count: number }> {
  const out = new Map<string, { type: string; name: string; aliases: string; outline: string | null; count: number }>()
  const root = parseXml(stylesXml)
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const styles = root.getElementsByTagNameNS(W, 'style')
  for (let i = 0; i < styles.length; i++) {
    const style = styles.item(i)!
    const id = style.getAttributeNS(W, 'styleId') ?? ''
    const val = (name: string) => style.getElementsByTagNameNS(W, name).item(0)?.getAttributeNS(W, 'val') ?? null
    const known = out.get(id)
    out.set(id, { type: style.getAttributeNS(W, 'type') ?? '', name: val('name') ?? '', aliases: val('aliases') ?? '', outline: val('outlineLvl'), count: (known?.count ?? 0) + 1 })
  }
  return out
}

describe('Word brief in Verbatim’s conventions', () => {
  it('defines Pocket, Hat, Block and Tag as Heading 1 to 4, and the Cite, Underline and Emphasis styles, each once', async () => {
    const parts = docxParts(await renderDocx(markedDocument()))
    const styles = stylesById(parts['word/styles.xml']!)
    expect([1, 2, 3, 4].map((n) => styles.get(`Heading${n}`))).toEqual([
      { type: 'paragraph', name: 'heading 1', aliases: 'Pocket', outline: '0', count: 1 },
      { type: 'paragraph', name: 'heading 2', aliases: 'Hat', outline: '1', count: 1 },
      { type: 'paragraph', name: 'heading 3', aliases: 'Block', outline: '2', count: 1 },
      { type: 'paragraph', name: 'heading 4', aliases: 'Tag', outline: '3', count: 1 }
    ])
    expect(styles.get('Style13ptBold')).toMatchObject({ type: 'character', name: 'Style 13 pt Bold', aliases: 'Cite' })
    expect(styles.get('StyleUnderline')).toMatchObject({ type: 'character', name: 'Style Underline', aliases: 'Underline' })
    expect(styles.get('Emphasis')).toMatchObject({ type: 'character', name: 'Emphasis' })
    expect([...styles.values()].filter((s) => s.count > 1)).toEqual([])
  })

  it('uses only styles the file defines, and every part is well-formed XML', async () => {
    const parts = docxParts(await renderDocx(markedDocument()))
    for (const [name, text] of Object.entries(parts)) if (/\.(xml|rels)$/.test(name)) expect(() => parseXml(text), name).not.toThrow()
    const styles = stylesById(parts['word/styles.xml']!)
    const used = new Set(paragraphs(parts['word/document.xml']!).flatMap((p) => [p.style, ...p.runs.map((r) => r.style)]).filter((s): s is string => s !== null))
    expect([...used].filter((id) => !styles.has(id))).toEqual([])
  })

  it('makes every card a Tag paragraph, with its cite after it and the author and date in the Cite style', async () => {
    const doc = markedDocument()
    const cards = walkCards(docxParts(await renderDocx(doc))['word/document.xml']!)
    const expected = briefCards(doc)
    expect(cards.map((c) => c.tag)).toEqual(expected.map((c) => c.tag))
    expect(cards.map((c) => c.cite)).toEqual(expected.map((c) => citeText(c.cite) + (c.altered ? ' [Altered: this card’s text differs from its source]' : '')))
    expect(cards.map((c) => c.citeLead)).toEqual(expected.map((c) => c.cite.filter((s) => s.emphasis).map((s) => s.text).join('')))
  })

  it('keeps underline, emphasis, highlight colours and shrunk text as Verbatim’s styles and runs', async () => {
    const cards = walkCards(docxParts(await renderDocx(markedDocument()))['word/document.xml']!)
    const marked = cards.find((c) => c.tag === 'Every mark')!
    expect(marked.text).toBe('Not read, read and stressed and green\nshrunk away.')
    expect(marked.marks).toEqual([
      { start: 10, end: 37, kind: 'underline' },
      { start: 14, end: 27, kind: 'emphasis' },
      { start: 14, end: 27, kind: 'highlight', color: 'cyan' },
      { start: 27, end: 37, kind: 'highlight', color: 'green' },
      { start: 38, end: 50, kind: 'shrunk' }
    ])
  })

  it('shrinks every word not underlined when the brief asks, and only those', async () => {
    const parts = docxParts(await renderDocx(markedDocument({ shrinkUnreadTo: 7 })))
    const runs = paragraphs(parts['word/document.xml']!).flatMap((p) => p.runs)
    expect(runs.find((r) => r.text === 'Not read, ')?.size).toBe(14)
    expect(runs.find((r) => r.text === 'shrunk away.')?.size).toBe(14)
    expect(runs.find((r) => r.text === 'read')?.size).toBeNull()
    expect(runs.find((r) => r.text === ' and stressed')?.size).toBeNull()
    // Off, only text marked shrunk is small.
    const plain = paragraphs(docxParts(await renderDocx(markedDocument()))['word/document.xml']!).flatMap((p) => p.runs)
    expect(plain.find((r) => r.text === 'Not read, ')?.size).toBeNull()
  })

  it('names Verbatim’s template, Debate.dotm, as the attached template', async () => {
    const parts = docxParts(await renderDocx(markedDocument()))
    const settings = parts['word/settings.xml']!
    const id = /<w:attachedTemplate r:id="([^"]+)"\/>/.exec(settings)?.[1]
    expect(id).toBeDefined()
    // In the schema's order: before the default tab stop.
    expect(settings.indexOf('<w:attachedTemplate')).toBeLessThan(settings.indexOf('<w:defaultTabStop'))
    const rels = parseXml(parts['word/_rels/settings.xml.rels']!).getElementsByTagName('Relationship')
    const rel = rels.item(0)!
    expect([rels.length, rel.getAttribute('Id'), rel.getAttribute('Target'), rel.getAttribute('TargetMode'), rel.getAttribute('Type')]).toEqual([
      1,
      id,
      'Debate.dotm',
      'External',
      'http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate'
    ])
  })

  it('puts the template where the settings schema wants it, whatever the settings hold', () => {
    expect(withAttachedTemplate('<w:settings><w:zoom/><w:linkStyles/><w:defaultTabStop/></w:settings>', 'r1')).toBe(
      '<w:settings><w:zoom/><w:attachedTemplate r:id="r1"/><w:linkStyles/><w:defaultTabStop/></w:settings>'
    )
    expect(withAttachedTemplate('<w:settings><w:zoom/></w:settings>', 'r1')).toBe('<w:settings><w:zoom/><w:attachedTemplate r:id="r1"/></w:settings>')
  })

  it('keeps a card’s notes out of its text, as a Word comment on its tag', async () => {
    const parts = docxParts(await renderDocx(markedDocument()))
    const cards = walkCards(parts['word/document.xml']!)
    expect(cards.map((c) => c.text).join('\n')).not.toContain('Ask Sam')
    expect(parts['word/comments.xml']).toContain('Notes: Ask Sam about the date')
  })
})

describe('a card’s own cite line', () => {
  const quote = { pinpoint: 'p. 4', speaker: '', cite: undefined } as unknown as Quote

  it('is used whole when the card has one, its author and year in the Cite style', () => {
    const cite = 'Smith 19 (John Smith, professor at Yale, “A Title”, 3-4-2019, https://example.org)'
    expect(citeSegments(undefined, { ...quote, cite })).toEqual([
      { text: 'Smith 19', emphasis: true },
      { text: ' (John Smith, professor at Yale, “A Title”, 3-4-2019, https://example.org)', emphasis: false }
    ])
  })

  it('stays plain when it has no author and year to lead with, and is never changed', () => {
    expect(rawCiteSegments('From a speech, undated')).toEqual([{ text: 'From a speech, undated', emphasis: false }])
    expect(rawCiteSegments('Kant, Perpetual Peace (1795)')).toEqual([{ text: 'Kant, Perpetual Peace (1795)', emphasis: false }])
    expect(citeText(rawCiteSegments('Ng & Li 2024 [report]'))).toBe('Ng & Li 2024 [report]')
  })
})
