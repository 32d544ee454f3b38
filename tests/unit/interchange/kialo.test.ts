import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseKialo } from '../../../shared/interchange/kialo'
import { MAX_IMPORT_CLAIMS } from '../../../shared/interchange/text'
import { fixture, outline, refusal, stored } from './helpers'

const kialo = (...lines: string[]) => ['Discussion Title: Cars', '', ...lines].join('\n')

describe('parseKialo on a discussion export', () => {
  const imported = parseKialo(fixture('discussion.kialo.txt'))

  it('makes the thesis the motion and nests the claims by number', () => {
    expect(imported.title).toBe('Cities should ban private cars from their centres.')
    expect(imported.description).toBe('Kialo discussion: Should cities ban cars from their centres?')
    const { claims } = stored(imported)
    expect(outline(claims)).toEqual([
      'pro Cars are the largest source of air pollution in city centres.',
      '  con Electric cars produce no exhaust at all.',
      '    pro Brakes and tyres still shed particles, whatever drives the wheels.',
      '  pro Traffic fumes are worst where people walk.',
      'pro A ban frees road space for buses, bicycles and pedestrians.',
      '  con Deliveries and disabled drivers still need access.',
      '    con Permits can let them in while keeping everyone else out.',
      'con Shops in the centre would lose customers who drive.',
      '  pro Out-of-town retail parks would take the trade instead.',
      'con Banning cars punishes people who cannot afford to live centrally.'
    ])
    expect(imported.warnings).toEqual([])
  })

  it('keeps a multi-line entry whole in the body, its first sentence as the title', () => {
    const claim = imported.claims.find((c) => c.key === '1.1.2.')
    expect(claim?.title).toBe('Traffic fumes are worst where people walk.')
    expect(claim?.body).toBe(
      "Traffic fumes are worst where people walk. Pavements sit right beside the exhaust pipes, at the height of a child's face, and the fumes linger in narrow streets.\n" +
        'Studies of street canyons find the highest readings at pavement level.'
    )
  })

  it('resolves [n] markers to the Sources list, kept in the body as text', () => {
    expect(imported.sources).toEqual([
      'European Environment Agency, Air quality in Europe (2020).',
      'OECD, Non-exhaust Particulate Emissions from Road Transport (2020).',
      'https://example.org/high-street-footfall'
    ])
    const claim = imported.claims.find((c) => c.key === '1.1.')
    expect(claim?.title).toBe('Cars are the largest source of air pollution in city centres.')
    expect(claim?.body).toBe(
      'Cars are the largest source of air pollution in city centres.[1]\n\nSources:\n' +
        '[1] European Environment Agency, Air quality in Europe (2020).'
    )
  })

  it('turns "-> See" entries into see-also links from the claim they answer, never copies', () => {
    expect(imported.claims.find((c) => c.key === '1.3.1.')).toBeUndefined()
    expect(imported.claims.find((c) => c.key === '1.3.')?.seeAlso).toEqual(['1.2.'])
    expect(imported.claims.find((c) => c.key === '1.4.')?.seeAlso).toEqual(['1.2.1.'])
    const { claims } = stored(imported)
    const byTitle = (title: string) => claims.find((c) => c.title.startsWith(title))
    expect(byTitle('Shops in the centre')?.seeAlso).toEqual([byTitle('A ban frees road space')?.id])
    expect(claims.filter((c) => c.title.startsWith('A ban frees road space'))).toHaveLength(1)
  })
})

describe('parseKialo on unusual entries', () => {
  it('gives a long entry its first sentence, cut to 300 characters, as the title', () => {
    const long = `${'word '.repeat(100)}and on. Second sentence.`
    const [claim] = parseKialo(kialo('1. Thesis', `1.1. Pro: ${long}`)).claims
    expect(claim.title.length).toBeLessThanOrEqual(300)
    expect(claim.title.endsWith('…')).toBe(true)
    expect(claim.body).toBe(long.trim())
  })

  it('follows a link to a link, and skips, with the reason, links it cannot keep', () => {
    const imported = parseKialo(
      kialo(
        '1. Thesis',
        '1.1. Pro: Real claim',
        '1.2. Con: Answer',
        '1.2.1. Con: -> See 1.2.2.',
        '1.2.2. Pro: -> See 1.1.',
        '1.2.3. Con: -> See 1.9.',
        '1.2.4. Con: -> See 1.',
        '1.3. Pro: -> See 1.1.'
      )
    )
    expect(imported.claims.map((c) => [c.key, c.title, c.seeAlso])).toEqual([
      ['1.1.', 'Real claim', undefined],
      ['1.2.', 'Answer', ['1.1.']]
    ])
    expect(imported.skipped).toEqual([
      { entry: 'Line 8: claim 1.2.3.', reason: 'it links to 1.9., which is not in the file.' },
      { entry: 'Line 9: claim 1.2.4.', reason: 'it links to the thesis itself, which is the motion here.' },
      { entry: 'Line 10: claim 1.3.', reason: 'it links the thesis to 1.1.; a motion holds no see-also links.' }
    ])
    expect(imported.warnings).toEqual([])
  })

  it('keeps a link that has responses of its own as a claim, so they keep their place', () => {
    const imported = parseKialo(kialo('1. Thesis', '1.1. Pro: Real claim', '1.2. Con: -> See 1.1.', '1.2.1. Pro: An answer to the link'))
    expect(imported.claims.map((c) => [c.key, c.title, c.seeAlso])).toEqual([
      ['1.1.', 'Real claim', undefined],
      ['1.2.', 'See: Real claim', ['1.1.']],
      ['1.2.1.', 'An answer to the link', undefined]
    ])
    expect(imported.warnings).toEqual(['Line 5: claim 1.2. links to 1.1. and has responses of its own, so it is kept as a claim.'])
  })

  it('warns about markers with no source, and an entry with no Pro or Con', () => {
    const imported = parseKialo(kialo('1. Thesis', '1.1. Pro: Cited [4]', '1.2. Thesis: Some label'))
    expect(imported.claims[1]).toMatchObject({ stance: 'pro', title: 'Thesis: Some label' })
    expect(imported.warnings).toEqual([
      'Line 5: claim 1.2. is marked "Thesis"; imported as a Pro.',
      'Citation markers with no entry in the Sources list were kept as they are: [4].'
    ])
  })

  it('stores control characters stripped and HTML as the characters it is', () => {
    const imported = parseKialo(kialo('1. The\u0007sis\u0000', '1.1. Con: <b>bold</b> & <script>alert(1)</script>\u001b[31m'))
    expect(imported.title).toBe('Thesis')
    expect(imported.claims[0].title).toBe('<b>bold</b> & <script>alert(1)</script>[31m')
  })

  it('reads Windows line endings, a byte-order mark and UTF-8 bytes', () => {
    const text = `\uFEFF${kialo('1. Thèse', '1.1. Pro: Für')}`.replace(/\n/g, '\r\n')
    const imported = parseKialo(new TextEncoder().encode(text))
    expect(imported.title).toBe('Thèse')
    expect(imported.claims.map((c) => c.title)).toEqual(['Für'])
  })

  it('does not end the claims at a "Sources:" line that is part of a claim', () => {
    const imported = parseKialo(kialo('1. Thesis', '1.1. Pro: First', 'Sources:', 'my own notes', '1.2. Con: Second', '', 'Sources:', '[1] A book'))
    expect(imported.claims.map((c) => c.body)).toEqual(['First\nSources:\nmy own notes', ''])
    expect(imported.sources).toEqual(['A book'])
  })
})

describe('parseKialo refuses', () => {
  it('an empty file', () => {
    expect(refusal(() => parseKialo('')).message).toBe('The Kialo file is empty.')
    expect(refusal(() => parseKialo(' \n\t\n')).message).toBe('The Kialo file is empty.')
  })

  it('a file with no "Discussion Title:" line, naming the line', () => {
    const error = refusal(() => parseKialo('\n# Notes\n1. Thesis'))
    expect(error.message).toBe('Line 2: this is not a Kialo export: it has no "Discussion Title:" or "Discussion Name:" line at the top.')
    expect(error.path).toBe('line 2')
  })

  it('numbering that skips a parent, naming the line', () => {
    const error = refusal(() => parseKialo(kialo('1. Thesis', '1.1. Pro: A', '1.3.1. Con: B')))
    expect(error.message).toBe('Line 5: claim 1.3.1. has no parent: there is no claim 1.3. before it.')
    expect(error.path).toBe('line 5')
  })

  it('a number used twice, and a file with no thesis', () => {
    expect(refusal(() => parseKialo(kialo('1. Thesis', '1.1. Pro: A', '1.1. Con: B'))).message).toBe(
      'Line 5: claim 1.1. appears twice (first on line 4).'
    )
    expect(refusal(() => parseKialo(kialo('1.1. Pro: A'))).message).toBe(
      'Line 3: expected the thesis, numbered "1.", but found "1.1. Pro: A".'
    )
    expect(refusal(() => parseKialo('Discussion Title: Cars\n')).path).toBe('line 2')
  })

  it('a 50 MB file before parsing it, and any file over a given limit', () => {
    const huge = new Uint8Array(50 * 1024 * 1024)
    expect(refusal(() => parseKialo(huge)).message).toBe('The Kialo file is 50 MB; at most 20 MB can be imported at once.')
    expect(refusal(() => parseKialo(kialo('1. Thesis'), { maxBytes: 10 })).message).toBe(
      "The Kialo file is 33 bytes; at most 10 bytes can be imported at once."
    )
  })

  it('bytes that are not UTF-8', () => {
    expect(refusal(() => parseKialo(new Uint8Array([0x44, 0xff, 0xfe]))).message).toBe('The Kialo file is not UTF-8 text; save it as UTF-8 and import it again.')
  })

  it('a binary file, named by what it is', () => {
    expect(refusal(() => parseKialo(new TextEncoder().encode('%PDF-1.7\n1 0 obj'))).message).toBe('It is a PDF document, not a Kialo file; nothing was imported.')
    expect(refusal(() => parseKialo(Uint8Array.from([0x31, 0x2e, 0x20, 0x54, 0, 0, 0, 0]))).message).toBe(
      'It holds binary data, not text, so it is not a Kialo file; nothing was imported.'
    )
  })

  it('more claims than one motion holds', () => {
    const lines = Array.from({ length: MAX_IMPORT_CLAIMS + 1 }, (_, i) => `1.${i + 1}. Pro: Claim ${i}`)
    expect(refusal(() => parseKialo(kialo('1. Thesis', ...lines))).message).toBe(
      'The Kialo file has 20,001 claims; at most 20,000 can be imported as one motion.'
    )
  })
})

describe('Kialo numbering (property)', () => {
  const spec = fc.record({
    parent: fc.nat(),
    top: fc.boolean(),
    stance: fc.constantFrom<'pro' | 'con'>('pro', 'con'),
    title: fc.stringMatching(/^[A-Za-z][A-Za-z ,'?!<>&;]{0,30}[a-z]$/)
  })

  it('a generated discussion, written in preorder, reads back as the same tree', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 30 }), (specs) => {
        const nodes = specs.map((s, i) => ({ ...s, parent: s.top || i === 0 ? null : s.parent % i, children: [] as number[] }))
        nodes.forEach((n, i) => n.parent !== null && nodes[n.parent].children.push(i))
        const lines: string[] = []
        const expected: string[] = []
        const write = (indexes: number[], prefix: string, depth: number) =>
          indexes.forEach((i, k) => {
            const number = `${prefix}${k + 1}.`
            lines.push(`${number} ${nodes[i].stance === 'pro' ? 'Pro' : 'Con'}: ${nodes[i].title}`)
            expected.push(`${'  '.repeat(depth)}${nodes[i].stance} ${nodes[i].title}`)
            write(nodes[i].children, number, depth + 1)
          })
        write(nodes.flatMap((n, i) => (n.parent === null ? [i] : [])), '1.', 0)
        const imported = parseKialo(kialo('1. Thesis', ...lines))
        expect(imported.warnings).toEqual([])
        expect(outline(stored(imported).claims)).toEqual(expected)
      }),
      { numRuns: 200 }
    )
  })
})

describe('parseKialo on a long chain of links to links', () => {
  it('follows each link once, so 20,000 of them import at once (they took minutes)', () => {
    const links = Array.from({ length: 19_998 }, (_, i) => `1.2.${i + 1}. Con: -> See ${i === 0 ? '1.1.' : `1.2.${i}.`}`)
    // Links followed links × links ran for more than 200 s, far past this test's time limit;
    // tests/bench/adversarial.bench.ts prints the figure.
    const imported = parseKialo(kialo('1. Ban cars', '1.1. Pro: Cars pollute.', '1.2. Con: Cars carry goods.', ...links))
    expect(imported.claims.map((c) => [c.title, c.seeAlso])).toEqual([
      ['Cars pollute.', undefined],
      ['Cars carry goods.', ['1.1.']]
    ])
  })
})
