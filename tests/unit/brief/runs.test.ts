import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markedRuns, normalColor } from '../../../shared/brief/runs'
import { MARK_KINDS } from '../../../shared/model/source'

const markArb = fc.record(
  {
    start: fc.nat(40),
    end: fc.nat(40),
    kind: fc.constantFrom(...MARK_KINDS),
    color: fc.constantFrom('yellow', 'cyan', 'green', 'Magenta', 'teal')
  },
  { requiredKeys: ['start', 'end', 'kind'] }
)

describe('marked runs', () => {
  it('writes emphasis, shrunk text and a highlight’s colour, not only underline and highlight', () => {
    const runs = markedRuns('States may be admitted', [
      { start: 0, end: 10, kind: 'underline' },
      { start: 7, end: 10, kind: 'emphasis' },
      { start: 0, end: 6, kind: 'highlight', color: 'cyan' },
      { start: 10, end: 22, kind: 'shrunk' }
    ])
    expect(runs).toEqual([
      { text: 'States', underline: true, highlight: true, color: 'cyan' },
      { text: ' ', underline: true, highlight: false },
      { text: 'may', underline: true, highlight: false, emphasis: true },
      { text: ' be admitted', underline: false, highlight: false, shrunk: true }
    ])
  })

  it('names a colour as Word does, and takes an unknown one as the default yellow', () => {
    expect([normalColor('CYAN'), normalColor('darkblue'), normalColor('teal'), normalColor(undefined)]).toEqual(['cyan', 'darkBlue', 'yellow', 'yellow'])
  })

  it('covers each character with exactly the marks over it, and joins back to the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(markArb, { maxLength: 8 }), (text, marks) => {
        const runs = markedRuns(text, marks)
        expect(runs.map((r) => r.text).join('')).toBe(text)
        let at = 0
        for (const run of runs) {
          for (let i = at; i < at + run.text.length; i++) {
            const over = marks.filter((m) => Math.min(m.start, text.length) <= i && i < Math.min(m.end, text.length))
            const has = (kind: string) => over.some((m) => m.kind === kind)
            expect([run.underline, run.highlight, run.emphasis === true, run.shrunk === true]).toEqual([has('underline'), has('highlight'), has('emphasis'), has('shrunk')])
            if (run.highlight) {
              // The newest highlight over the character shows its colour (yellow is left unsaid).
              const colors = over.filter((m) => m.kind === 'highlight').map((m) => normalColor(m.color))
              expect(colors).toContain(run.color ?? 'yellow')
            }
          }
          at += run.text.length
        }
      })
    )
  })
})
