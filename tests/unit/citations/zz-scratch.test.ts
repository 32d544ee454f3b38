import { it } from 'vitest'
import { formatBibliography, formatCitation } from '../../../shared/citations/format'
import type { CitableSource } from '../../../shared/citations/csl'

const base = { authors: [], publisher: '', container: '', date: '', url: '', accessed: '', reporterCitation: '', qualifications: '' }
const S: Record<string, [CitableSource, string]> = {
  usconst: [{ ...base, kind: 'constitution', title: 'Constitution of the United States', publisher: 'U.S. Government Publishing Office', container: 'U.S. House Manual, 117th Congress' }, 'Art. IV, § 3, cl. 1'],
  usconst2: [{ ...base, kind: 'constitution', title: 'Constitution of the United States' }, 'Art. IV, § 3, cl. 1'],
  caconst: [{ ...base, kind: 'constitution', title: 'California Constitution' }, 'Art. III, § 1'],
  case: [{ ...base, kind: 'case', title: 'Texas v. White', publisher: 'Supreme Court of the United States', date: '1869', reporterCitation: '74 U.S. 700' }, '74 U.S. at 726'],
  rnz: [{ ...base, kind: 'article', title: "Could California leave the United States? It's complicated.", container: 'RNZ', date: '2025' }, ''],
  rnzpub: [{ ...base, kind: 'article', title: "Could California leave the United States? It's complicated.", publisher: 'RNZ', date: '2025' }, ''],
  poll: [{ ...base, kind: 'poll', title: 'Poll for the Independent California Institute', authors: [{ literal: 'YouGov' }], date: '2025-01' }, ''],
  letter: [{ ...base, kind: 'letter', title: 'Letter on secession', authors: [{ given: 'Antonin', family: 'Scalia' }], date: '2006' }, ''],
  interview: [{ ...base, kind: 'interview', title: 'Interview with RNZ', authors: [{ given: 'Robert', family: 'Patman' }], container: 'RNZ', date: '2025' }, '12:30'],
  book: [{ ...base, kind: 'book', title: 'A Book', authors: [{ given: 'Jane', family: 'Doe' }], publisher: 'Pub', date: '2020' }, 'p. 4'],
  web: [{ ...base, kind: 'web', title: 'A page', publisher: 'Site', date: '2024-03-02', url: 'https://example.org/x', accessed: '2025-06-10' }, 'para. 3'],
  statute: [{ ...base, kind: 'statute', title: 'Civil Rights Act of 1871', reporterCitation: '42 U.S.C. § 1983', date: '2018' }, '']
}
it('prints', () => {
  for (const [key, [src, pin]] of Object.entries(S)) {
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      console.log(`${key} ${style}\n  BIB ${JSON.stringify(formatBibliography([src], style))}\n  CIT ${JSON.stringify(formatCitation(src, style, pin))}\n  CIT0 ${JSON.stringify(formatCitation(src, style))}`)
    }
  }
  console.log(formatBibliography(Object.values(S).map(([s]) => s), 'apa'))
})
