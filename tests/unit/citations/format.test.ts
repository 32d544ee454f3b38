/**
 * Citation strings in APA 7 (the style bundled with @citation-js/plugin-csl), MLA 9 and Chicago
 * author-date 17 (data/csl/), each checked by hand against the style's rules. Where the CSL
 * style departs from its manual, mostly for a field the source does not have, a comment says so.
 *
 * Typography that every style applies: citeproc sets the headline's straight apostrophe as a
 * typographic one (It's → It’s, written \u2019 below) and puts titles of parts in curly quotes.
 * Italics are lost in plain text.
 */
import { describe, expect, it } from 'vitest'
import { citeSource, formatBibliography, formatCitation, pinpointLocator } from '../../../shared/citations/format'
import { legalCitation } from '../../../shared/citations/legal'
import { rnzArticle, texasVWhite, usConstitution, yougovPoll } from './fixtures'

const RNZ_TITLE_SENTENCE = 'Could California leave the United States? It\u2019s complicated'
const RNZ_TITLE_HEADLINE = 'Could California Leave the United States? It\u2019s Complicated'

describe('a constitution clause: U.S. Const. art. IV, § 3, cl. 1', () => {
  const pinpoint = 'Art. IV, § 3, cl. 1'

  it('in its legal form', () => {
    // Bluebook rule 11: abbreviated name, then article (Roman), section and clause.
    expect(legalCitation(usConstitution, pinpoint)).toBe('U.S. Const. art. IV, § 3, cl. 1')
    expect(legalCitation(usConstitution)).toBe('U.S. Const.')
  })

  // APA (Constitutions and Charters, chapter 11) and Chicago cite a constitution in the text
  // only, in the Bluebook form above, with no reference-list entry, and MLA abbreviates it in
  // the text too. CSL styles have no constitution type, so Casebook does not ask them: every
  // style gives the legal form (the brief lists it among "Constitutions, cases and statutes").
  it.each(['apa', 'mla', 'chicago'] as const)('in %s: the legal form', (style) => {
    expect(citeSource(usConstitution, style, pinpoint)).toEqual({
      bibliography: 'U.S. Const.',
      inText: '(U.S. Const. art. IV, § 3, cl. 1)',
      legal: 'U.S. Const. art. IV, § 3, cl. 1'
    })
  })
})

describe('a case: Texas v. White, 74 U.S. 700 (1869), pinpoint 726', () => {
  it('in its legal form', () => {
    // Bluebook rule 10: name, volume, reporter, first page, pinpoint page, (year). The court is
    // left out because the United States Reports print only the Supreme Court's decisions.
    expect(legalCitation(texasVWhite, '726')).toBe('Texas v. White, 74 U.S. 700, 726 (1869)')
    expect(legalCitation(texasVWhite, '74 U.S. at 726')).toBe('Texas v. White, 74 U.S. 700, 726 (1869)')
    expect(legalCitation(texasVWhite)).toBe('Texas v. White, 74 U.S. 700 (1869)')
  })

  // APA 11.4 and Chicago (14.269 ff.) follow the Bluebook. The CSL styles would make the
  // reporter a journal in MLA ("U.S., vol. 74") and give Chicago an author-date entry, so every
  // style gives the legal form, with the pinpoint page in the text.
  it.each(['apa', 'mla', 'chicago'] as const)('in %s: the legal form', (style) => {
    expect(citeSource(texasVWhite, style, '74 U.S. at 726')).toEqual({
      bibliography: 'Texas v. White, 74 U.S. 700 (1869).',
      inText: '(Texas v. White, 74 U.S. 700, 726 (1869))',
      legal: 'Texas v. White, 74 U.S. 700, 726 (1869)'
    })
  })
})

describe("a news article: RNZ, 'Could California leave the United States? It's complicated.', 2025", () => {
  it('has no legal form', () => {
    expect(legalCitation(rnzArticle)).toBeNull()
  })

  it('in APA', () => {
    // APA 9.12: with no author the title moves to the author's place, in sentence case, then
    // the date, then the outlet. The headline's own full stop ends the element (not doubled).
    expect(formatBibliography([rnzArticle], 'apa')).toEqual([`${RNZ_TITLE_SENTENCE}. (2025). RNZ.`])
    // APA 8.14: the title in title case, in quotation marks, comma inside. (APA would also let
    // it be shortened; a CSL style shortens only a short title it is given.)
    expect(formatCitation(rnzArticle, 'apa')).toBe(`(\u201c${RNZ_TITLE_HEADLINE},\u201d 2025)`)
  })

  it('in MLA', () => {
    // MLA 9: "Title of Source." Container, Date. In text, the title stands for the missing
    // author (MLA would shorten it; see APA above).
    expect(formatBibliography([rnzArticle], 'mla')).toEqual([`\u201c${RNZ_TITLE_HEADLINE}.\u201d RNZ, 2025.`])
    expect(formatCitation(rnzArticle, 'mla')).toBe(`(\u201c${RNZ_TITLE_HEADLINE}\u201d)`)
  })

  it('in Chicago author-date', () => {
    // Chicago lists an unsigned news article under the outlet (RNZ in the author's place), then
    // the year, the title and the date again. Quirk: the comma after the title was the
    // delimiter before the outlet, which moved up; Chicago would close the title with a period.
    expect(formatBibliography([rnzArticle], 'chicago')).toEqual([`RNZ. 2025. \u201c${RNZ_TITLE_HEADLINE},\u201d 2025.`])
    expect(formatCitation(rnzArticle, 'chicago')).toBe('(RNZ 2025)')
  })
})

describe('a poll: YouGov for the Independent California Institute, January 2025', () => {
  it('has no legal form', () => {
    expect(legalCitation(yougovPoll)).toBeNull()
  })

  it('in APA', () => {
    // APA 10.4, a report by a group author: author, (year), title. A report gives the year
    // only, so January is dropped; no publisher is recorded (APA omits one that is the author).
    expect(formatBibliography([yougovPoll], 'apa')).toEqual(['YouGov. (2025). Poll for the Independent California Institute.'])
    expect(formatCitation(yougovPoll, 'apa')).toBe('(YouGov, 2025)')
  })

  it('in MLA', () => {
    // Author. Title. Date, with MLA's abbreviated month. In text: the author alone, no page.
    expect(formatBibliography([yougovPoll], 'mla')).toEqual(['YouGov. Poll for the Independent California Institute. Jan. 2025.'])
    expect(formatCitation(yougovPoll, 'mla')).toBe('(YouGov)')
  })

  it('in Chicago author-date', () => {
    // Author. Year. "Title." The style quotes a report's title when it has no container, as
    // Chicago does for a page of a website; a printed report would be in italics.
    expect(formatBibliography([yougovPoll], 'chicago')).toEqual([
      'YouGov. 2025. \u201cPoll for the Independent California Institute.\u201d'
    ])
    expect(formatCitation(yougovPoll, 'chicago')).toBe('(YouGov 2025)')
  })
})

describe('the bibliography', () => {
  // Constitutions, cases and statutes are listed apart, in legal form (see citeSource).
  const all = [yougovPoll, rnzArticle]

  it("lists every source once, in the style's order (author, or what stands for it)", () => {
    expect(formatBibliography(all, 'apa')).toEqual([`${RNZ_TITLE_SENTENCE}. (2025). RNZ.`, 'YouGov. (2025). Poll for the Independent California Institute.'])
    expect(formatBibliography(all, 'mla')).toEqual([`\u201c${RNZ_TITLE_HEADLINE}.\u201d RNZ, 2025.`, 'YouGov. Poll for the Independent California Institute. Jan. 2025.'])
    // Quirk: Chicago lists the unsigned article under its outlet and repeats the year after the title.
    expect(formatBibliography(all, 'chicago')).toEqual([`RNZ. 2025. \u201c${RNZ_TITLE_HEADLINE},\u201d 2025.`, 'YouGov. 2025. \u201cPoll for the Independent California Institute.\u201d'])
  })

  it('is plain text: no markup, no entities, no line breaks', () => {
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      for (const entry of [...formatBibliography(all, style), ...all.map((source) => formatCitation(source, style))]) {
        expect(entry).not.toMatch(/<[a-z/]|&[a-z#\d]+;|[\n\r]/i)
      }
    }
  })

  it('is empty for no sources, and does not print the cite line qualifications', () => {
    expect(formatBibliography([], 'apa')).toEqual([])
    expect(formatBibliography([yougovPoll], 'mla')[0]).not.toContain('pro-secession')
  })

  it('keeps characters such as "&" and "<" as they are, and drops control characters', () => {
    const source = { ...yougovPoll, title: 'Cats & dogs < 3\u0007 wolves', publisher: 'A & B' }
    expect(formatBibliography([source], 'apa')).toEqual(['YouGov. (2025). Cats & dogs < 3 wolves. A & B.'])
  })

  it('gives a statute its code, section and year, in every style (APA 11.5, Bluebook rule 12)', () => {
    const statute = { ...texasVWhite, kind: 'statute' as const, title: 'Civil Rights Act of 1871', publisher: '', reporterCitation: '42 U.S.C. § 1983', date: '2018' }
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      expect(citeSource(statute, style)).toEqual({ bibliography: '42 U.S.C. § 1983 (2018).', inText: '(42 U.S.C. § 1983 (2018))', legal: '42 U.S.C. § 1983 (2018)' })
    }
  })

  it('leaves out personal communications in APA, which cites them in the text only', () => {
    const letter = { ...yougovPoll, kind: 'letter' as const, title: 'Letter on secession', authors: [{ given: 'Antonin', family: 'Scalia' }], date: '2006' }
    expect(formatBibliography([letter, rnzArticle], 'apa')).toEqual([`${RNZ_TITLE_SENTENCE}. (2025). RNZ.`])
    expect(formatCitation(letter, 'apa')).toBe('(A. Scalia, personal communication, 2006)')
  })
})

describe('pinpoints as CSL locators', () => {
  it('reads pages, paragraphs, sections, chapters and lines', () => {
    expect(pinpointLocator('726')).toEqual({ locator: '726', label: 'page' })
    expect(pinpointLocator('74 U.S. at 726')).toEqual({ locator: '726', label: 'page' })
    expect(pinpointLocator('p. 4')).toEqual({ locator: '4', label: 'page' })
    expect(pinpointLocator('pp. 4–5')).toEqual({ locator: '4–5', label: 'page' })
    expect(pinpointLocator('para. 12')).toEqual({ locator: '12', label: 'paragraph' })
    expect(pinpointLocator('¶ 12')).toEqual({ locator: '12', label: 'paragraph' })
    expect(pinpointLocator('§ 3')).toEqual({ locator: '3', label: 'section' })
    expect(pinpointLocator('ch. 2')).toEqual({ locator: '2', label: 'chapter' })
  })

  it('leaves anything else to be written after the citation as given', () => {
    expect(pinpointLocator('')).toBeNull()
    expect(pinpointLocator('Art. IV, § 3, cl. 1')).toBeNull()
    expect(pinpointLocator('12:30')).toBeNull()
    const interview = { ...yougovPoll, kind: 'interview' as const, title: 'Interview', authors: [{ given: 'Robert', family: 'Patman' }], container: 'RNZ', date: '2025' }
    // APA cites a time stamp in an audiovisual work as written (APA 8.28).
    expect(formatCitation(interview, 'apa', '12:30')).toBe('(Patman, 2025, 12:30)')
    expect(formatCitation({ ...rnzArticle, authors: [{ literal: 'RNZ' }] }, 'apa', 'para. 3')).toBe('(RNZ, 2025, para. 3)')
  })
})

describe('a journal article with volume, issue and pages, and a book with edition and place', () => {
  const article = {
    kind: 'article' as const,
    title: 'We always talk about race',
    authors: [{ given: 'Ebony Elizabeth', family: 'Thomas' }],
    publisher: '',
    container: 'Research in the Teaching of English',
    date: '2015',
    url: 'https://doi.org/10.1000/182',
    accessed: '',
    reporterCitation: '',
    qualifications: '',
    volume: '50',
    issue: '2',
    pages: '154–175'
  }
  const book = { ...article, kind: 'book' as const, title: 'The dark fantastic', container: '', url: '', volume: '', issue: '', pages: '', publisher: 'NYU Press', place: 'New York', edition: '2', date: '2019' }

  it('APA 7 gives volume(issue), pages and the DOI link once', () => {
    expect(citeSource(article, 'apa').bibliography).toBe(
      'Thomas, E. E. (2015). We always talk about race. Research in the Teaching of English, 50(2), 154–175. https://doi.org/10.1000/182'
    )
  })

  it('MLA 9 gives vol., no. and pp. (the page range shortened, as MLA and Chicago do)', () => {
    expect(citeSource(article, 'mla').bibliography).toContain('Research in the Teaching of English, vol. 50, no. 2, 2015, pp. 154–75')
  })

  it('Chicago author-date gives volume (issue): pages, and a book its edition and place', () => {
    expect(citeSource(article, 'chicago').bibliography).toContain('Research in the Teaching of English 50 (2): 154–75')
    expect(citeSource(book, 'chicago').bibliography).toBe('Thomas, Ebony Elizabeth. 2019. The Dark Fantastic. 2nd ed. New York: NYU Press.')
    expect(citeSource(book, 'apa').bibliography).toBe('Thomas, E. E. (2019). The dark fantastic (2nd ed.). NYU Press.')
  })
})
