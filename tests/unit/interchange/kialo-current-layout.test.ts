/**
 * Kialo's current export layout (Discussion Name, "1. Thesis:", indented headers with the text
 * below, a Sources list with quoted excerpts, Windows line ends), Markdown in texts, and what
 * the import adds to a library: sources, cards and see-also links, with its summary.
 */
import { describe, expect, it } from 'vitest'
import { parseKialo } from '../../../shared/interchange/kialo'
import { splitTitle } from '../../../shared/interchange/text'
import { emptyLibrary, LibrarySchema } from '../../../shared/model/library'
import { libraryProblem } from '../../../shared/operations/integrity'
import { addImportedMotion } from '../../../shared/operations/import-motion'
import { fixture, outline, stored, testEnv } from './helpers'

const file = fixture('discussion-current.kialo.txt')

describe('parseKialo on the current layout', () => {
  const imported = parseKialo(file)

  it('reads Windows and Unix line ends alike', () => {
    expect(file).toContain('\r\n')
    expect(parseKialo(file.replace(/\r\n/g, '\n'))).toEqual(imported)
  })

  it('takes the title from the line under "Discussion Name:" and the thesis from under "1. Thesis:"', () => {
    expect(imported.title).toBe('Cities should ban private cars from their centres.')
    expect(imported.description).toBe('Kialo discussion: Should cities ban cars from their centres, e.g. on weekdays?')
    expect(parseKialo('Discussion Name: Cars\n\n1. Thesis:\nBan them.\n').description).toBe('Kialo discussion: Cars')
  })

  it('nests the indented entries with their stances, and turns "-> See" into a link, not a copy', () => {
    const { claims } = stored(imported)
    expect(outline(claims)).toEqual([
      'pro Cars are the largest source of air pollution in city centres.',
      '  con Electric cars produce no exhaust at all.',
      '    pro Brakes and tyres still shed particles, whatever drives the wheels (p. 12).',
      "  pro Traffic fumes are worst where people walk, e.g. on pavements beside the exhaust pipes at the height of a child's face, and the fumes linger in narrow streets where the buildings stand close on both sides.",
      'pro A ban frees road space for buses, bicycles and pedestrians.',
      '  con Deliveries and disabled drivers still need access.',
      'con Shops in the centre would lose customers who drive.'
    ])
    const shops = claims.find((c) => c.title.startsWith('Shops'))
    expect(shops?.seeAlso).toEqual([claims.find((c) => c.title.startsWith('A ban frees'))?.id])
    expect(imported.warnings).toEqual([])
    expect(imported.skipped).toEqual([])
  })

  it('keeps a text of several paragraphs whole, its Markdown link as words plus the link, escapes resolved', () => {
    const claim = imported.claims.find((c) => c.key === '1.1.2.')
    expect(claim?.body).toBe(
      "Traffic fumes are worst where people walk, e.g. on pavements beside the exhaust pipes at the height of a child's face, and the fumes linger in narrow streets where the buildings stand close on both sides. " +
        'Studies of street canyons find the highest readings at pavement level, and the readings stay high well into the evening.\n\n' +
        'Measurements in 1933 already showed it (in London).\n\n' +
        'Links:\n1933: https://example.org/history'
    )
    // "[1933](…)" is a link, not a citation marker.
    expect(claim?.cites).toBeUndefined()
  })

  it('reads the Sources list: references, escapes resolved, excerpts exactly as written', () => {
    expect(imported.references).toEqual([
      { key: '1', title: 'https://example.org/air-quality', url: 'https://example.org/air-quality', excerpt: 'Road transport is the largest contributor to NO2 pollution in cities.' },
      {
        key: '2',
        title: 'https://example.org/non-exhaust',
        url: 'https://example.org/non-exhaust',
        excerpt: 'Non-exhaust emissions are now the larger share of particulate matter from road traffic.\n\nThey do not fall when engines change.'
      },
      { key: '3', title: 'https://example.org/access-(permits)', url: 'https://example.org/access-(permits)', excerpt: null }
    ])
    expect(imported.claims.find((c) => c.key === '1.1.')).toMatchObject({
      cites: ['1'],
      body: 'Cars are the largest source of air pollution in city centres [1].\n\nSources:\n[1] https://example.org/air-quality'
    })
  })
})

describe('importing a Kialo export into a library', () => {
  const env = testEnv()
  const first = addImportedMotion(emptyLibrary(), parseKialo(file), env, 'kialo')
  const library = first.library

  it('adds the sources, and a card for each quoted excerpt linked to the claims citing it', () => {
    expect(LibrarySchema.safeParse(library).success).toBe(true)
    expect(libraryProblem(library)).toBeNull()
    expect(library.sources.map((s) => [s.kind, s.title, s.url])).toEqual([
      ['web', 'https://example.org/air-quality', 'https://example.org/air-quality'],
      ['web', 'https://example.org/non-exhaust', 'https://example.org/non-exhaust'],
      ['web', 'https://example.org/access-(permits)', 'https://example.org/access-(permits)']
    ])
    expect(library.quotes.map((q) => [q.text, q.tag, q.sourceId])).toEqual([
      ['Road transport is the largest contributor to NO2 pollution in cities.', 'Cars are the largest source of air pollution in city centres.', library.sources[0].id],
      [
        'Non-exhaust emissions are now the larger share of particulate matter from road traffic.\n\nThey do not fall when engines change.',
        'Brakes and tyres still shed particles, whatever drives the wheels (p. 12).',
        library.sources[1].id
      ]
    ])
    const evidence = Object.fromEntries(library.claims.map((c) => [c.title.slice(0, 12), c.evidence]))
    expect(evidence['Cars are the']).toEqual([library.quotes[0].id])
    expect(evidence['Brakes and t']).toEqual([library.quotes[1].id])
    expect(evidence['Deliveries a']).toEqual([])
  })

  it('answers with a summary of what it added, left out and warned about', () => {
    const contentions = first.library.claims.filter((c) => c.parentId === null).length
    expect(first.result.summary).toEqual({
      format: 'kialo',
      motion: { id: first.result.motion.id, title: first.result.motion.title },
      added: { motions: 1, claims: 7, arguments: 0, contentions, tags: 0, sources: 3, cards: 2, seeAlsoLinks: 1 },
      alreadyHad: { sources: 0, cards: 0 },
      skipped: [],
      warnings: []
    })
  })

  it('uses the sources and cards the library already has when the same file comes again', () => {
    const again = addImportedMotion(library, parseKialo(file), env, 'kialo')
    expect(again.result.summary.added).toMatchObject({ motions: 1, claims: 7, sources: 0, cards: 0, seeAlsoLinks: 1 })
    expect(again.result.summary.alreadyHad).toEqual({ sources: 3, cards: 2 })
    expect(again.library.quotes).toHaveLength(2)
    const cited = again.library.claims.filter((c) => c.motionId === again.result.motion.id && c.evidence.length > 0)
    expect(cited.flatMap((c) => c.evidence).sort()).toEqual(library.quotes.map((q) => q.id).sort())
  })
})

describe('a title from a long entry', () => {
  it('is not cut at "e.g.", "approx." or initials, only at the end of a sentence', () => {
    const long = (first: string) => `${first} ${'More words follow here. '.repeat(14)}`
    expect(splitTitle(long('Many countries provide it, e.g. most in Europe, from taxes.')).title).toBe(
      'Many countries provide it, e.g. most in Europe, from taxes.'
    )
    expect(splitTitle(long('It takes approx. 40 years to walk around the U.S. Virgin Islands. Really.')).title).toBe(
      'It takes approx. 40 years to walk around the U.S. Virgin Islands.'
    )
    expect(splitTitle(long('The report by J. Smith and Dr. Jones says so.')).title).toBe('The report by J. Smith and Dr. Jones says so.')
  })
})
