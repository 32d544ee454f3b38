import { describe, expect, it } from 'vitest'
import { parseArgdown } from '../../../shared/interchange/argdown-import'
import { fixture, outline, refusal, stored } from './helpers'

describe('parseArgdown on a debate', () => {
  const imported = parseArgdown(fixture('debate.argdown'))

  it('makes the top statement the motion and the relations the tree', () => {
    expect(imported.title).toBe('Ban')
    expect(imported.description).toBe('Cities should ban private cars from their centres.')
    expect(outline(stored(imported).claims)).toEqual([
      'pro Pollution',
      '  con Electric cars',
      '    con Particles',
      'pro Space',
      '  con Access',
      '    con Permits',
      'con Trade',
      '  pro Out-of-town retail parks would take the trade instead.'
    ])
    expect(imported.warnings).toEqual([])
  })

  it('keeps text as plain text: emphasis dropped, a link followed by its address, collected as a source', () => {
    const byTitle = new Map(imported.claims.map((c) => [c.title, c]))
    expect(byTitle.get('Space')?.body).toBe('A ban frees road space for buses, bicycles and pedestrians.')
    expect(byTitle.get('Particles')?.body).toBe(
      'Brakes and tyres still shed particles, see the OECD report (https://example.org/oecd).'
    )
    expect(imported.sources).toEqual(['https://example.org/oecd'])
  })

  it("adds an argument's premise-conclusion structure to its body", () => {
    expect(imported.claims[0].body).toBe(
      'Cars are the largest source of air pollution in city centres.\n\n' +
        '(1) Traffic is the largest source of particulates in centres.\n' +
        '(2) Whatever is the largest source should be cut first.\n' +
        '----\n(3) Cars should be cut first.'
    )
  })

  it('titles an untitled statement by its text', () => {
    expect(imported.claims.at(-1)).toMatchObject({ title: 'Out-of-town retail parks would take the trade instead.', body: '' })
  })
})

describe('parseArgdown on graphs and loose documents', () => {
  it('keeps the first parent of a claim with several, and breaks a cycle, with warnings', () => {
    const imported = parseArgdown(fixture('graph.argdown'))
    expect(imported.title).toBe('Motion')
    expect(outline(stored(imported).claims)).toEqual(['pro A', '  con B', 'con C', 'pro D', 'pro E', '  pro F'])
    expect(imported.warnings).toEqual([
      'Line 5: [B] also answers [C]; it is imported under [A], with [C] as a see-also link (a map is a tree here, not a graph).',
      'Line 10: [E], [F] answer each other in a circle; [E] is imported without its relation to [F], kept as a see-also link.',
      'Not joined to the motion, so listed with the contentions but unrelated to it: [E].'
    ])
  })

  it('reads outgoing relations the other way round: "+>" means this supports that', () => {
    const imported = parseArgdown('[Cause]: A cause.\n  +> [Effect]: The effect.\n  -> [Rival]: A rival view.\n')
    expect(imported.title).toBe('Effect')
    expect(imported.claims.map((c) => [c.key, c.parentKey, c.stance])).toEqual([
      ['[Cause]', null, 'pro'],
      ['[Rival]', null, 'pro']
    ])
    expect(imported.warnings).toEqual([
      'Line 3: [Cause] also answers [Rival]; it is imported under [Effect], with [Rival] as a see-also link (a map is a tree here, not a graph).',
      'Not joined to the motion, so listed with the contentions but unrelated to it: [Rival].'
    ])
  })

  it('makes the first heading the motion when nothing is related, and stand-alone text its description', () => {
    const imported = parseArgdown(fixture('headings.argdown'))
    expect(imported.title).toBe('Should cities ban cars?')
    expect(imported.description).toBe('Nothing here is joined by a relation.')
    expect(imported.claims.map((c) => c.title)).toEqual(['Pollution', 'Trade'])
    expect(imported.warnings).toHaveLength(1)
  })

  it('reads undercuts and contradictions as attacks', () => {
    const imported = parseArgdown('[T]: Thesis.\n  <+ <A>: Support.\n    <_ [U]: Undercut.\n  >< [N]: Not T.\n')
    expect(outline(stored(imported).claims)).toEqual(['pro A', '  con U', 'con N'])
  })

  it('never interprets escaped HTML: it stays the characters it is', () => {
    const imported = parseArgdown('[T]: \\<b\\>Bold\\</b\\> \\<script\\>alert(1)\\</script\\>\n  + [A]: a\n')
    expect(imported.description).toBe('<b>Bold</b> <script>alert(1)</script>')
  })
})

describe('parseArgdown with errors Argdown recovers from', () => {
  it('imports what Argdown built and lists each error, with its line, as a warning', () => {
    // Unescaped angle brackets are argument references, so raw HTML is a syntax error.
    const imported = parseArgdown('[T]: Thesis.\n  + <b>bold</b> text\n')
    expect(imported.title).toBe('T')
    expect(imported.claims.map((c) => [c.title, c.kind])).toEqual([['b', 'argument']])
    expect(imported.warnings).toEqual(['Line 2: Argdown reports an error (unexpected "bold"); what it could read around it is imported.'])
  })

  it('lists ten errors and counts the rest', () => {
    const lines = ['[T]: Thesis.', ...Array.from({ length: 14 }, (_, i) => `  + [C${i}]: c <b>x</b> y`)]
    const imported = parseArgdown(lines.join('\n'))
    expect(imported.claims.length).toBeGreaterThan(0)
    expect(imported.warnings.filter((w) => w.includes('Argdown reports an error'))).toHaveLength(10)
    expect(imported.warnings).toContain('Argdown reports 4 more errors like these.')
  })
})

describe('parseArgdown refuses', () => {
  it('an empty file, or one with nothing to import', () => {
    expect(refusal(() => parseArgdown('')).message).toBe('The Argdown file is empty.')
    expect(refusal(() => parseArgdown('// only a comment\n')).message).toBe('The Argdown file has no statements or arguments to import.')
  })

  it('a syntax error after which Argdown builds nothing, naming its line', () => {
    const error = refusal(() => parseArgdown('[T]: Thesis.\n  + [A]: a\n\n  + [B]: b\n'))
    expect(error.message).toBe('Line 4: the Argdown could not be read: Invalid paragraph start.')
    expect(error.path).toBe('line 4')
  })

  it('bad data in braces', () => {
    expect(refusal(() => parseArgdown('[T]: Thesis. {a: [}\n  + [A]: a\n')).message).toMatch(/^The Argdown could not be read: /)
  })

  it('nesting too deep for the parser', () => {
    let text = '[M]: m\n'
    for (let depth = 1; depth <= 1500; depth++) text += `${'  '.repeat(depth)}+ [c${depth}]: c\n`
    expect(refusal(() => parseArgdown(text)).message).toBe('The Argdown is nested too deeply to be read.')
  })

  it('a 50 MB file before parsing it', () => {
    const huge = `[T]: ${'x'.repeat(50 * 1024 * 1024)}`
    expect(refusal(() => parseArgdown(huge)).message).toBe('The Argdown file is 50 MB; at most 20 MB can be imported at once.')
  })
})
