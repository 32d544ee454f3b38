import { it } from 'vitest'
import { formatBibliography, formatCitation } from '../../../shared/citations/format'
import { legalCitation } from '../../../shared/citations/legal'
import type { CitableSource } from '../../../shared/citations/csl'

const base = { authors: [], publisher: '', container: '', date: '', url: '', accessed: '', reporterCitation: '', qualifications: '' }
const S: Record<string, [CitableSource, string]> = {
  usconst: [{ ...base, kind: 'constitution', title: 'Constitution of the United States', publisher: 'U.S. Government Publishing Office', container: 'U.S. House Manual, 117th Congress' }, 'Art. IV, § 3, cl. 1'],
  case: [{ ...base, kind: 'case', title: 'Texas v. White', publisher: 'Supreme Court of the United States', date: '1869', reporterCitation: '74 U.S. 700' }, '726'],
  rnz: [{ ...base, kind: 'article', title: "Could California leave the United States? It's complicated.", container: 'RNZ', date: '2025' }, ''],
  poll: [{ ...base, kind: 'poll', title: 'Poll for the Independent California Institute', authors: [{ literal: 'YouGov' }], date: '2025-01', qualifications: 'commissioned by the Independent California Institute, a pro-secession group' }, ''],
}
it('prints', () => {
  for (const [key, [src, pin]] of Object.entries(S)) {
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      console.log(`${key} ${style}\n  BIB ${JSON.stringify(formatBibliography([src], style))}\n  CIT ${JSON.stringify(formatCitation(src, style, pin))}\n  CIT0 ${JSON.stringify(formatCitation(src, style))}`)
    }
    console.log(`${key} legal ${JSON.stringify(legalCitation(src, pin))} ${JSON.stringify(legalCitation(src))}`)
  }
  for (const style of ['apa', 'mla', 'chicago'] as const) console.log(style, JSON.stringify(formatBibliography(Object.values(S).map(([s]) => s), style), null, 1))
})
