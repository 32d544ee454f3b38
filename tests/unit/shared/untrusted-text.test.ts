/**
 * Every pattern that reads a user's file or field, on the inputs that make a backtracking
 * pattern try every way of sharing out a long run: a megabyte of spaces or brackets with no
 * end the pattern wants (U+2029 survives text cleaning, and "." does not match it). Before
 * these patterns were rewritten, a 3 KB Kialo line took a minute; each case here took
 * minutes at 1 MB, far past a test's time limit, so a pattern that backtracks again fails here;
 * tests/bench/adversarial.bench.ts prints the real figures. The results are checked as well.
 */
import { describe, expect, it } from 'vitest'
import { casePinpoint, constitutionPinpoint } from '../../../shared/citations/legal'
import { parseReporterCitation } from '../../../shared/citations/csl'
import { pinpointLocator } from '../../../shared/citations/format'
import { fromCsl } from '../../../shared/citations/from-csl'
import { parseKialo } from '../../../shared/interchange/kialo'
import { oneLine, splitTitle } from '../../../shared/interchange/text'
import { escapeMarkdown } from '../../../shared/brief/markdown'
import { escapeArgdownText } from '../../../shared/interchange/argdown-write'
import { fileNameFor, oneLine as fieldLine, plainText } from '../../../shared/model/text'
import { csvField } from '../../../shared/practice/flow-sheet'
import { answerToClaimInput } from '../../../shared/practice/rebuttal'
import { snippet } from '../../../shared/search/library-search'
import { isMarkedAlteration } from '../../../shared/sources/alteration'

const MEGABYTE = 1024 * 1024
const spaces = ' '.repeat(MEGABYTE)

const kialo = (...lines: string[]) => ['Discussion Title: Cars', '', ...lines].join('\n')

describe('Kialo lines of a megabyte of spaces ending in U+2029', () => {
  it('reads a claim line "1.1." + spaces + U+2029 as a claim', () => {
    const motion = parseKialo(kialo('1. Ban cars', `1.1.${spaces}\u2029`), { maxBytes: 4 * MEGABYTE })
    expect(motion.claims).toHaveLength(1)
    expect(motion.claims[0]?.key).toBe('1.1.')
  })

  it('reads a labelled claim "1.1. Pro:" + spaces + U+2029 as a Pro', () => {
    const motion = parseKialo(kialo('1. Ban cars', `1.1. Pro:${spaces}\u2029 x`), { maxBytes: 4 * MEGABYTE })
    expect(motion.claims[0]?.stance).toBe('pro')
  })

  it('reads the title, thesis and source lines', () => {
    const text = [`Discussion Title:${spaces}\u2029`, '', `1.${spaces}\u2029 Ban cars`, '1.1. Pro: Fumes.[1]', '', 'Sources:', `[1]${spaces}\u2029`].join('\n')
    const motion = parseKialo(text, { maxBytes: 4 * MEGABYTE })
    expect(motion.title).toBe('Ban cars')
    expect(motion.claims).toHaveLength(1)
  })

  it('leaves citation markers out of a claim of a megabyte of spaces and no marker', () => {
    const motion = parseKialo(kialo('1. Ban cars', `1.1. Pro: a${spaces}b [7]`), { maxBytes: 4 * MEGABYTE })
    expect(motion.claims[0]?.title).not.toContain('[7]')
  })
})

describe('text helpers on a megabyte of spaces', () => {
  it('puts text on one line', () => {
    expect(oneLine(`a${spaces}b`)).toBe(`a${spaces}b`)
    expect(oneLine(`a${spaces}\n${spaces}b`)).toBe('a b')
  })

  it('cuts a title from a long first line', () => {
    expect(splitTitle(`Cars pollute.${')'.repeat(MEGABYTE)}x`).title.startsWith('Cars pollute.')).toBe(true)
  })

  it('checks a card of a megabyte of "[" with no "]" against its source', () => {
    expect(isMarkedAlteration('We the People', `We ${'['.repeat(MEGABYTE)}`)).toBe(false)
    expect(isMarkedAlteration('We the People', `We [the] People`)).toBe(true)
  })
})

describe('citation fields of a megabyte of spaces', () => {
  it('reads pinpoints', () => {
    expect(pinpointLocator(`74${spaces}U.S.${spaces}x`)).toBeNull()
    expect(casePinpoint(`74${spaces}U.S.${spaces}x`)).toBe('74 U.S. x')
    expect(constitutionPinpoint(`Art. IV${spaces},${spaces}§${spaces}x`)).toBe('art. IV, § x')
  })

  it('reads a reporter citation', () => {
    expect(parseReporterCitation(`74${spaces}U.S.${spaces}x`)).toBeNull()
    expect(parseReporterCitation(`74${spaces}U.S.${spaces}700`)).toEqual({ volume: '74', reporter: 'U.S.', page: '700' })
  })

  it('reads the first page of an imported item', () => {
    const item = { type: 'legal_case', title: 'Texas v. White', volume: '74', 'container-title': 'U.S.' }
    const draft = fromCsl({ ...item, page: `700${spaces}-${spaces}726` }, 0)
    expect(draft.reporterCitation).toBe('74 U.S. 700')
    expect(() => fromCsl({ ...item, page: `700${spaces}x` }, 0)).toThrow(
      'reporterCitation is longer than 200 characters'
    )
  })
})

describe('the other patterns that read user text, on a megabyte of what each finds hardest', () => {
  it('clean a field and make a file name', () => {
    expect(plainText(`a\r${spaces}\u0007b`)).toBe(`a\n${spaces}b`)
    expect(fieldLine(`a\n${spaces}\t`)).toBe('a')
    expect(fileNameFor(`${'-'.repeat(MEGABYTE)}x${'-'.repeat(MEGABYTE)}`, 'md')).toBe('x.md')
  })

  it('escape a brief\'s Markdown, Argdown and CSV', () => {
    expect(escapeMarkdown(`${' \t'.repeat(MEGABYTE / 2)}1.`)).toMatch(/1\\\.$/)
    expect(escapeArgdownText(`.${'a'.repeat(MEGABYTE)}`).length).toBe(MEGABYTE + 1)
    expect(escapeArgdownText(':.'.repeat(MEGABYTE / 2)).length).toBeGreaterThan(0)
    expect(csvField(`=${'"'.repeat(MEGABYTE)}`).length).toBeGreaterThan(MEGABYTE)
  })

  it('take a typed answer apart, and mark search matches', () => {
    const answer = answerToClaimInput('m1', 'c1', `${spaces}- ${spaces}x`)
    expect(answer.ok && answer.input.title).toBe('x')
    expect(snippet(`${spaces}tax${spaces}`, ['tax', 'a'.repeat(1000)]).some((part) => part.match)).toBe(true)
  })
})
