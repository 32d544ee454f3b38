import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import caJson from '../../../data/texts/ca-constitution-art3-sec1.json'
import texasJson from '../../../data/texts/texas-v-white.json'
import usJson from '../../../data/texts/us-constitution.json'
import { BUNDLED_TEXTS, findBundledText, findUnit, unitPinpoint, type BundledText } from '../../../shared/sources/bundled'
import { sharedFile } from '../../support/shared-folder'

// The team's reference material lives beside the checkout; the app never reads it, only these tests do.
const REFERENCE = sharedFile('reference/us-constitution.json')
const CONTENT = sharedFile('content/california-secession.md')

function text(id: string): BundledText {
  const found = findBundledText(id)
  if (!found) throw new Error(`no bundled text ${id}`)
  return found
}

/** The line of a numbered fact ("7. California Constitution, ...") in the content brief. */
function factLine(markdown: string, n: number): string {
  const line = markdown.split('\n').find((l) => l.startsWith(`${n}. `))
  if (!line) throw new Error(`fact ${n} not found in ${CONTENT.path}`)
  return line
}

/** The double-quoted passages of a line, without their quotation marks, in order. */
function quotations(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!)
}

describe('bundled texts', () => {
  it('holds the U.S. Constitution, California Art. III § 1 and Texas v. White, each with provenance', () => {
    expect(BUNDLED_TEXTS.map((t) => [t.id, t.kind, t.title])).toEqual([
      ['us-const', 'constitution', 'Constitution of the United States'],
      ['ca-const-art3', 'constitution', 'California Constitution'],
      ['texas-v-white', 'case', 'Texas v. White']
    ])
    for (const t of BUNDLED_TEXTS) {
      expect(t.provenance.source, t.id).not.toBe('')
      expect(t.provenance.retrievedFrom, t.id).not.toBe('')
      expect(t.provenance.transformations, t.id).not.toBe('')
    }
    expect(text('us-const').provenance.transformations).toBe("none: units copied verbatim from the project's reference copy")
  })

  it('parses to exactly what the data files hold (nothing dropped or altered)', () => {
    expect(BUNDLED_TEXTS).toStrictEqual([usJson, caJson, texasJson])
  })

  it('gives every unit an id unique within its source', () => {
    for (const t of BUNDLED_TEXTS) {
      const ids = t.units.map((u) => u.id)
      expect(new Set(ids).size, t.id).toBe(ids.length)
    }
  })

  it('has all 27 amendments of the U.S. Constitution', () => {
    const numbers = new Set(
      text('us-const').units.flatMap((u) => {
        const m = /^amend(\d+)(?:-|$)/.exec(u.id)
        return m ? [Number(m[1])] : []
      })
    )
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1))
    expect(findUnit('us-const', 'amend1')?.label).toBe('Amend. I')
    expect(findUnit('us-const', 'amend27')?.label).toBe('Amend. XXVII')
  })

  it('has Art. IV, § 3, cl. 1 on the admission of new States', () => {
    const unit = findUnit('us-const', 'art4-sec3-cl1')
    expect(unit?.label).toBe('Art. IV, § 3, cl. 1')
    expect(unit?.text.startsWith('New States may be admitted by the Congress into this Union')).toBe(true)
  })

  it('carries only the quoted passage of Texas v. White, with its citation and the differing RNZ wording noted', () => {
    const tw = text('texas-v-white')
    expect([tw.reporterCitation, tw.date, tw.publisher]).toEqual(['74 U.S. 700', '1869', 'Supreme Court of the United States'])
    expect(tw.units.map((u) => [u.id, u.label])).toEqual([['p726', '74 U.S. at 726']])
    expect(tw.note).toContain(`"${tw.units[0]!.text}"`)
    expect(tw.note).toContain('RNZ')
  })

  it('finds a unit by source and unit id, and answers undefined for unknown ids', () => {
    expect(findUnit('us-const', 'preamble')?.text).toMatch(/^We the People of the United States/)
    expect(findUnit('ca-const-art3', 'art3-sec1')?.label).toBe('Art. III, § 1')
    expect(findUnit('texas-v-white', 'p726')?.label).toBe('74 U.S. at 726')
    expect(findUnit('us-const', 'art99')).toBeUndefined()
    expect(findUnit('no-such-source', 'preamble')).toBeUndefined()
    expect(findUnit('ca-const-art3', 'preamble')).toBeUndefined()
  })

  it('shows a unit label as its pinpoint', () => {
    const us = text('us-const')
    expect(unitPinpoint(us, findUnit('us-const', 'art4-sec3-cl1')!)).toBe('Art. IV, § 3, cl. 1')
    expect(unitPinpoint(text('texas-v-white'), findUnit('texas-v-white', 'p726')!)).toBe('74 U.S. at 726')
  })
})

describe('the bundled U.S. Constitution against ../shared/reference/us-constitution.json', () => {
  it('equals the reference unit by unit: ids, order, labels, headings and text', REFERENCE.options, () => {
    const reference = JSON.parse(readFileSync(REFERENCE.path, 'utf8')) as {
      title: string
      provenance: string
      units: { id: string; label: string; heading?: string; text: string }[]
    }
    const us = text('us-const')
    expect(us.title).toBe(reference.title)
    expect(us.provenance.retrievedFrom).toBe(reference.provenance)
    expect(us.units.map((u) => u.id)).toEqual(reference.units.map((u) => u.id))
    reference.units.forEach((ref, i) => {
      expect(us.units[i], ref.id).toStrictEqual(ref)
      // the raw data file too, so that parsing cannot hide a difference
      expect(usJson.units[i], ref.id).toStrictEqual(ref)
    })
  })
})

describe('the California and Texas v. White texts against ../shared/content/california-secession.md', () => {
  const markdown = CONTENT.present ? readFileSync(CONTENT.path, 'utf8') : ''

  it('California Constitution, Art. III, § 1 is the quotation of fact 7', CONTENT.options, () => {
    const line = factLine(markdown, 7)
    expect(line).toContain('California Constitution, Art. III')
    const quotes = quotations(line)
    expect(quotes).toHaveLength(1)
    expect(findUnit('ca-const-art3', 'art3-sec1')?.text).toBe(quotes[0])
  })

  it("Texas v. White is fact 9's quotation in the opinion's own wording, at its pinpoint, and the note quotes the RNZ wording", CONTENT.options, () => {
    const line = factLine(markdown, 9)
    expect(line).toContain('Texas v. White')
    expect(line).toContain('(74 U.S. at 726;')
    // fact 9 quotes the opinion first, then two single words, then the RNZ article's wording last
    const quotes = quotations(line)
    const opinion = quotes[0]!
    const rnz = quotes[quotes.length - 1]!
    expect(line.indexOf(`"${rnz}"`)).toBeGreaterThan(line.indexOf('RNZ article quotes'))
    expect(opinion).not.toBe(rnz)
    expect(findUnit('texas-v-white', 'p726')?.text).toBe(opinion)
    const note = text('texas-v-white').note ?? ''
    expect(note).toContain(`"${opinion}"`)
    expect(note).toContain(`"${rnz}"`)
  })
})
