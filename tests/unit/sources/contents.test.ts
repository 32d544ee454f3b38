import { describe, expect, it } from 'vitest'
import { BUNDLED_TEXTS } from '../../../shared/sources/bundled'
import { contentsOf, type ContentsEntry } from '../../../shared/sources/contents'

const constitution = BUNDLED_TEXTS.find((text) => text.id === 'us-const')
const names = (entries: ContentsEntry[]) => entries.map((e) => e.name)

describe('table of contents of a bundled text', () => {
  it('lists the Constitution by article (and amendment), then section, then clause', () => {
    const contents = contentsOf(constitution?.units ?? [])
    expect(names(contents).slice(0, 8)).toEqual(['Preamble', 'Art. I', 'Art. II', 'Art. III', 'Art. IV', 'Art. V', 'Art. VI', 'Art. VII'])
    expect(names(contents).slice(8)).toEqual(Array.from({ length: 27 }, (_, i) => `Amend. ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII', 'XXIV', 'XXV', 'XXVI', 'XXVII'][i]}`))
    const articleFour = contents.find((e) => e.name === 'Art. IV')
    expect(names(articleFour?.children ?? [])).toEqual(['§ 1', '§ 2', '§ 3', '§ 4'])
    const sectionThree = articleFour?.children.find((e) => e.name === '§ 3')
    expect(sectionThree?.children.map((e) => [e.name, e.unitId])).toEqual([
      ['cl. 1', 'art4-sec3-cl1'],
      ['cl. 2', 'art4-sec3-cl2']
    ])
    // An entry leads to its first unit; a unit with nothing below it has no children.
    expect(articleFour?.unitId).toBe('art4-sec1')
    expect(articleFour?.children[0]).toMatchObject({ isUnit: true, children: [] })
    // Art. VII is a unit with its attestation beneath it.
    expect(contents.find((e) => e.name === 'Art. VII')).toMatchObject({ isUnit: true, children: [{ name: 'attestation', isUnit: true }] })
  })

  it('reaches every unit exactly once, in reading order', () => {
    for (const text of BUNDLED_TEXTS) {
      const leaves: string[] = []
      const walk = (entries: ContentsEntry[]) =>
        entries.forEach((e) => {
          if (e.isUnit) leaves.push(e.unitId)
          walk(e.children)
        })
      walk(contentsOf(text.units))
      expect(leaves).toEqual(text.units.map((u) => u.id))
    }
  })
})
