/** Legal citations in the Bluebook form (rules 10 and 11), built by hand. */
import { describe, expect, it } from 'vitest'
import { constitutionPinpoint, legalCitation } from '../../../shared/citations/legal'
import { californiaConstitution, rnzArticle, texasVWhite, usConstitution, yougovPoll } from './fixtures'

describe('constitutions', () => {
  it('cite the U.S. Constitution by article, section and clause from a unit label', () => {
    expect(legalCitation(usConstitution, 'Art. IV, § 3, cl. 1')).toBe('U.S. Const. art. IV, § 3, cl. 1')
    expect(legalCitation(usConstitution, 'Art. V')).toBe('U.S. Const. art. V')
    expect(legalCitation(usConstitution, 'Art. VI, cl. 2')).toBe('U.S. Const. art. VI, cl. 2')
  })

  it('cite amendments and the preamble', () => {
    expect(legalCitation(usConstitution, 'Amend. XIV, § 1')).toBe('U.S. Const. amend. XIV, § 1')
    expect(legalCitation(usConstitution, 'Amend. X')).toBe('U.S. Const. amend. X')
    expect(legalCitation(usConstitution, 'Preamble')).toBe('U.S. Const. pmbl.')
  })

  it('cite a state constitution by its Bluebook abbreviation', () => {
    expect(legalCitation(californiaConstitution, 'Art. III, § 1')).toBe('Cal. Const. art. III, § 1')
    expect(legalCitation({ ...californiaConstitution, title: 'Constitution of the State of West Virginia' }, 'Art. 1, § 1')).toBe(
      'W. Va. Const. art. I, § 1'
    )
    expect(legalCitation({ ...californiaConstitution, title: 'Constitution of Virginia' })).toBe('Va. Const.')
  })

  it('take the abbreviation from the reporter citation when one is given, else keep the title', () => {
    expect(legalCitation({ ...usConstitution, reporterCitation: 'U.S. Const.' }, 'Art. I, § 8, cl. 3')).toBe(
      'U.S. Const. art. I, § 8, cl. 3'
    )
    expect(legalCitation({ ...usConstitution, title: 'Constitution of the Republic of Ruritania' }, 'Art. 2')).toBe(
      'Constitution of the Republic of Ruritania art. II'
    )
  })

  it('read the ways a pinpoint is commonly written', () => {
    expect(constitutionPinpoint('Article IV, Section 3, Clause 1')).toBe('art. IV, § 3, cl. 1')
    expect(constitutionPinpoint('art. 4 § 3 cl. 1')).toBe('art. IV, § 3, cl. 1')
    expect(constitutionPinpoint('Amendment 14, Sec. 1')).toBe('amend. XIV, § 1')
    expect(constitutionPinpoint('Art. I, §§ 9–10')).toBe('art. I, §§ 9–10')
    expect(constitutionPinpoint('  ')).toBe('')
  })
})

describe('cases', () => {
  it('cite name, reporter, pinpoint page and year', () => {
    expect(legalCitation(texasVWhite, '726')).toBe('Texas v. White, 74 U.S. 700, 726 (1869)')
    expect(legalCitation(texasVWhite, 'p. 726')).toBe('Texas v. White, 74 U.S. 700, 726 (1869)')
    expect(legalCitation(texasVWhite, 'at 726')).toBe('Texas v. White, 74 U.S. 700, 726 (1869)')
    expect(legalCitation(texasVWhite, '74 U.S. at 726')).toBe('Texas v. White, 74 U.S. 700, 726 (1869)')
  })

  it('leave the pinpoint out when there is none', () => {
    expect(legalCitation(texasVWhite)).toBe('Texas v. White, 74 U.S. 700 (1869)')
  })

  it('name the court when the reporter does not', () => {
    const appeal = { ...texasVWhite, title: 'Doe v. Roe', reporterCitation: '123 F.3d 456', publisher: '9th Cir.', date: '1997-05-02' }
    expect(legalCitation(appeal, '460')).toBe('Doe v. Roe, 123 F.3d 456, 460 (9th Cir. 1997)')
  })

  it('fall back to the name and year without a reporter citation', () => {
    expect(legalCitation({ ...texasVWhite, reporterCitation: '', publisher: '' })).toBe('Texas v. White (1869)')
  })
})

describe('statutes', () => {
  it('cite the code section and year', () => {
    const statute = { ...usConstitution, kind: 'statute' as const, title: 'Civil Rights Act of 1871', reporterCitation: '42 U.S.C. § 1983', date: '2018' }
    expect(legalCitation(statute)).toBe('42 U.S.C. § 1983 (2018)')
  })
})

describe('other sources', () => {
  it('have no legal form: they are cited in a CSL style', () => {
    expect(legalCitation(rnzArticle)).toBeNull()
    expect(legalCitation(yougovPoll, 'p. 2')).toBeNull()
  })
})
