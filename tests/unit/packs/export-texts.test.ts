/**
 * A pack carries its document sources' texts within the pack's limits: what does not fit is
 * refused by name, or, when the teacher asks, left out so that its source goes as citation only.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { DocumentText } from '../../../shared/documents/extracted'
import { serializeText } from '../../../shared/documents/text-file'
import type { Claim } from '../../../shared/model/claim'
import { emptyLibrary, type Library } from '../../../shared/model/library'
import type { Quote, Source } from '../../../shared/model/source'
import { exportPackWithTexts, packText } from '../../../shared/packs/export'
import { PACK_LIMITS } from '../../../shared/packs/format'
import { readPack } from '../../../shared/packs/read'

const AT = '2026-01-01T00:00:00.000Z'
const sha256 = (content: string) => createHash('sha256').update(content).digest('hex')
const meta = { id: 'big-unit', title: 'Big unit', version: '1', author: 'T', organisation: '', license: '', description: '', debateFormat: 'other' as const, level: '' }
const stamp = { origin: { kind: 'local' as const }, createdAt: AT, updatedAt: AT }

/** A library whose one motion cites a card cut from each text, each text an imported document. */
function libraryCiting(texts: Array<{ title: string; text: DocumentText }>): { library: Library; texts: Map<string, DocumentText> } {
  const byHash = new Map<string, DocumentText>()
  const sources: Source[] = []
  const quotes: Quote[] = []
  texts.forEach(({ title, text }, i) => {
    const textHash = sha256(serializeText(text))
    byHash.set(textHash, text)
    const fileHash = sha256(title)
    sources.push({ id: `s${i}`, kind: 'article', title, authors: [], publisher: '', container: '', date: '', url: '', accessed: '', reporterCitation: '', qualifications: '', document: { kind: 'text', fileName: `${title}.txt`, fileHash, textHash, unitCount: text.units.length, fieldOrigins: {}, textQuality: 'good', warnings: [] }, ...stamp })
    const unit = text.units[0] as DocumentText['units'][number]
    quotes.push({ id: `q${i}`, sourceId: `s${i}`, unitId: unit.id, range: { start: 0, end: 4 }, text: unit.text.slice(0, 4), pinpoint: unit.label, speaker: '', tag: '', highlights: [], note: '', alteration: false, paraphrase: false, ...stamp })
  })
  const claim: Claim = { id: 'c1', motionId: 'm1', parentId: null, stance: 'pro', title: 'Cited', body: '', order: 0, evidence: quotes.map((q) => q.id), tags: [], strength: null, notes: '', ...stamp }
  const library: Library = {
    ...emptyLibrary(),
    motions: [{ id: 'm1', title: 'THW test', format: 'other', sideLabels: { pro: 'Pro', con: 'Con' }, description: '', archived: false, ...stamp }],
    claims: [claim],
    sources,
    quotes
  }
  return { library, texts: byHash }
}

/** A text of `characters` characters, in units of at most a million. */
function textOf(characters: number, letter: string): DocumentText {
  const units = []
  for (let at = 0, n = 1; at < characters; at += 1_000_000, n++) units.push({ id: `para-${n}`, label: `¶ ${n}`, text: `${letter}`.repeat(Math.min(1_000_000, characters - at)) })
  return { units }
}

describe('the texts a pack carries', () => {
  it('carries every text that fits, and the pack it makes is one Casebook accepts', () => {
    const { library, texts } = libraryCiting([{ title: 'Small', text: textOf(10, 'a') }, { title: 'Smaller', text: textOf(5, 'b') }])
    const { pack, leftOut } = exportPackWithTexts(library, { motionIds: ['m1'], meta, student: false, lock: {} }, texts)
    expect(leftOut).toEqual([])
    // In the order of their sources, whatever order they were chosen in.
    expect(pack.texts.map((t) => t.hash)).toEqual(library.sources.map((s) => s.document?.textHash))
    expect(readPack(packText(pack), sha256).texts).toHaveLength(2)
  })

  it('refuses a text beyond the limit by name, and leaves out what does not fit (the largest first) only when asked', { timeout: 120_000 }, () => {
    // Three texts of about 7 MB each: two fit in 20 MB, the third does not.
    const { library, texts } = libraryCiting([
      { title: 'Report A', text: textOf(7_200_000, 'a') },
      { title: 'Report B', text: textOf(7_200_100, 'b') },
      { title: 'Report C', text: textOf(7_100_000, 'c') }
    ])
    const options = { motionIds: ['m1'], meta, student: false, lock: {} }
    expect(() => exportPackWithTexts(library, options, texts)).toThrow(
      /^The text of “Report B” \(6\.9 MB\) does not fit in the pack \(a pack may be at most 20\.0 MB\)\. Leave it out, and its source goes as citation only: the cards keep their exact text, but cannot be checked against the document\.$/
    )
    const { pack, leftOut } = exportPackWithTexts(library, { ...options, leaveOutTextsThatDoNotFit: true }, texts)
    expect(leftOut.map((t) => t.title)).toEqual(['Report B'])
    const file = packText(pack)
    expect(new TextEncoder().encode(file).length).toBeLessThanOrEqual(PACK_LIMITS.bytes)
    const read = readPack(file, sha256)
    expect(read.texts.map((t) => t.hash)).toEqual([library.sources[0]?.document?.textHash, library.sources[2]?.document?.textHash])
    expect(read.sources[1]).not.toHaveProperty('document')
    expect(read.quotes[1]).toMatchObject({ text: 'bbbb', unitId: null, range: null })
  })

  it('refuses a text longer than a pack’s text may be, however small the rest', { timeout: 60_000 }, () => {
    const { library, texts } = libraryCiting([{ title: 'Huge', text: textOf(PACK_LIMITS.textCharacters + 1, '\u00e9') }])
    expect(() => exportPackWithTexts(library, { motionIds: ['m1'], meta, student: false, lock: {} }, texts)).toThrow(/^The text of “Huge” \(.+ MB\) does not fit/)
  })
})
