/**
 * Cite lines as real team files write them (from ../shared/fixtures/real-world/docx), read into
 * citation fields; nothing the line does not say is filled in.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rawCiteSegments } from '../../../shared/brief/cite'
import { oneLine } from '../../../shared/model/text'
import { dateIn, opensWithCiteHead, parseCite } from '../../../shared/verbatim/cite'

describe('parseCite', () => {
  it('reads a head, qualifications, title, container, date and URL', () => {
    const cite = parseCite('Kerri Carr 20, staff writer, "Every additional member makes the union stronger," NSW Teachers Federation, 03/03/2020, https://www.nswtf.org.au/news/2020/03/03/every-additional-member-makes-the-union-stronger/')
    expect(cite).toMatchObject({
      head: 'Kerri Carr 20',
      authors: [{ given: 'Kerri', family: 'Carr' }],
      year: '20',
      qualifications: 'staff writer',
      title: 'Every additional member makes the union stronger',
      container: 'NSW Teachers Federation',
      date: '2020-03-03',
      url: 'https://www.nswtf.org.au/news/2020/03/03/every-additional-member-makes-the-union-stronger/',
      complete: true
    })
  })

  it('takes the given name from the parenthesis after a surname-only head', () => {
    const cite = parseCite('Cooper, 2026 (Zack, Senior Fellow at the American Enterprise Institute and a Lecturer at Princeton University, 2-17-2026, "Asia After America," Foreign Affairs, https://www.foreignaffairs.com/united-states/asia-after-america-cooper, DoA 4/27/2026, DVOG)')
    expect(cite.authors).toEqual([{ given: 'Zack', family: 'Cooper' }])
    expect(cite.year).toBe('2026')
    expect(cite.qualifications).toBe('Senior Fellow at the American Enterprise Institute and a Lecturer at Princeton University, 2-17-2026')
    expect(cite.title).toBe('Asia After America')
    expect(cite.container).toBe('Foreign Affairs')
    expect(cite.date).toBe('2026-02-17')
  })

  it('reads a whole name repeated in the parenthesis, and a date as the head\'s year', () => {
    expect(parseCite('Tiefenbrun, 7 (Susan W. Tiefenbrun, Emeritus Faculty Director, Center for Global Legal Studies)').authors).toEqual([{ given: 'Susan W.', family: 'Tiefenbrun' }])
    const sjursen = parseCite('Sjursen, 3-20-2018 - Danny, U.S. Army strategist and former history instructor at West Point; "Key US Allies in the Middle East Are the Real Tyrants," Truthout, https://truthout.org/articles/key-us-allies-in-the-middle-east-are-the-real-tyrants/')
    expect(sjursen.authors).toEqual([{ given: 'Danny', family: 'Sjursen' }])
    expect(sjursen.date).toBe('2018-03-20')
    expect(sjursen.container).toBe('Truthout')
  })

  it('reads several authors, et al. and organisations without guessing names', () => {
    expect(parseCite('Michael D. Moberly & Andrea G. Lisenbee 4, Moberly is B.B.A., "Honing Our Kraft?," Hofstra Labor & Employment Law Journal, vol. 22').authors).toEqual([
      { given: 'Michael D.', family: 'Moberly' },
      { given: 'Andrea G.', family: 'Lisenbee' }
    ])
    expect(parseCite('Neal Kumar Katyal et al. 25, Katyal is Attorney at Milbank, "Brief," Court').authors).toEqual([{ given: 'Neal Kumar', family: 'Katyal' }])
    expect(parseCite('The White House 25, "Fact Sheet: President Donald J. Trump Exempts Agencies," 03/27/2025').authors).toEqual([{ literal: 'The White House' }])
    expect(parseCite('COMMITTEE ON THE JUDICIARY UNITED STATES SENATE 07, 4-24-27, SUBCOMMITTEE').authors).toEqual([{ literal: 'COMMITTEE ON THE JUDICIARY UNITED STATES SENATE' }])
  })

  it('keeps a two-digit year as written and does not widen it to a date', () => {
    const cite = parseCite('Angelo Ryu 23, DPhil candidate at St John\'s College, "How Reasons Make Law," Oxford Journal of Legal Studies')
    expect(cite.year).toBe('23')
    expect(cite.date).toBe('')
  })

  it('reads a case title as a case and the bracket layout with semicolons', () => {
    const cite = parseCite('Kavanaugh ’17 [Brett; August 8; associate justice of the Supreme Court of the United States; United States Court of Appeals for the District of Columbia Circuit, “Mexichem Fluor, Inc. v. EPA,” 866 F.3d 451]')
    expect(cite.year).toBe('’17')
    expect(cite.authors).toEqual([{ given: 'Brett', family: 'Kavanaugh' }])
    expect(cite.title).toBe('Mexichem Fluor, Inc. v. EPA')
    expect(cite.kind).toBe('case')
    expect(cite.container).toBe('')
  })

  it('says a line without a year or title is not read whole', () => {
    expect(parseCite('William Wohlforth 26, Discussion with Anthony Trufanov, reproduced in its entirety here').complete).toBe(false)
    expect(parseCite('Merriam-Webster [Merriam-Webster’s Dictionary, “substitute” https://www.merriam-webster.com/dictionary/substitute').complete).toBe(false)
    expect(parseCite('').complete).toBe(false)
  })

  it('never gives a field that is not in the line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (line) => {
        const cite = parseCite(line)
        for (const field of [cite.title, cite.url, cite.container, cite.qualifications, cite.head]) expect(line).toContain(field)
        for (const author of cite.authors) for (const part of [author.given, author.family, author.literal]) if (part) expect(line).toContain(part)
      })
    )
  })
})

describe('dateIn', () => {
  it('reads the dates cites give, as ISO', () => {
    expect(dateIn('6/8/2019')).toBe('2019-06-08')
    expect(dateIn('April 9, 2020, 366 Ore. 260')).toBe('2020-04-09')
    expect(dateIn('vol. 84, Fall 2009, p. 1369')).toBe('2009')
    expect(dateIn('April 2026,')).toBe('2026-04')
    expect(dateIn('13/45/2019')).toBe('')
    expect(dateIn('1/31/23')).toBe('')
  })
})

describe('opensWithCiteHead (a cite in no style, among the first lines under a tag)', () => {
  it('knows cite heads of people, with a year of two or four digits or a date', () => {
    for (const line of ['Kris W. Kobach et al. 24, Kobach is Attorney General of Kansas', 'Hal Brands et al. 16, "Should America Retrench?"', 'Guay, 10-19-2018 - Terrence, Clinical Professor', 'Kelly ’19 [Robert Kelly, Professor]', 'Kiersz 18 (Andy, a senior reporter)']) {
      expect(opensWithCiteHead(line), line).toBe(true)
    }
  })

  it('does not take card text for a cite', () => {
    for (const line of ['In 2019, the administration announced', 'The right to collective bargaining in America came about through the National Labor Relations Act of 1935 (NLRA)', 'Table 12, below, lists', 'Since 1945, the United States', 'Section 7102 of Title 5 provides', 'Malin 9, Professor of Law', 'The White House 25, "Fact Sheet"', '*HR leadership internal', 'Smith 19 argued that']) {
      expect(opensWithCiteHead(line), line).toBe(false)
    }
  })
})

describe('a cite line kept as written, in a brief', () => {
  it('leads with its head exactly as the file writes it, comma and one-digit year included', () => {
    expect(rawCiteSegments('Bazzi, 19 – Mohamad Bazzi, a journalism professor')[0]).toEqual({ text: 'Bazzi, 19', emphasis: true })
    expect(rawCiteSegments('Michael D. Moberly & Andrea G. Lisenbee 4, Moberly is B.B.A., J.D., 2004')[0]).toEqual({ text: 'Michael D. Moberly & Andrea G. Lisenbee 4', emphasis: true })
    expect(rawCiteSegments('Kelly ’19 [Robert Kelly]').map((s) => s.text)).toEqual(['Kelly ’19', ' [Robert Kelly]'])
    expect(rawCiteSegments('Smith 19  (John Smith,\nprofessor)').map((s) => s.text)).toEqual(['Smith 19', '  (John Smith, professor)'])
    expect(rawCiteSegments('Merriam-Webster [Dictionary, “substitute”]')).toEqual([{ text: 'Merriam-Webster [Dictionary, “substitute”]', emphasis: false }])
  })

  it('splits the line, made one line, into its head and the rest without losing or adding a character (property)', () => {
    // One line: a run of line breaks and tabs becomes one space and the ends are trimmed; runs of spaces are the file's own and stay (the example above).
    const pieces = fc.constantFrom('Smith 19', ' ', '  ', '\n', '\r\n', '\t', '[', ',', '’', 'Kelly', '2004', 'é', '!')
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''))), (line) => {
      const joined = rawCiteSegments(line).map((s) => s.text).join('')
      expect(joined).toBe(oneLine(line))
      expect(joined.includes('\n') || joined.includes('\t')).toBe(false)
    }))
  })
})
