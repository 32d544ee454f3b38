import { it } from 'vitest'
import { formatBibliography, formatCitation } from '../../../shared/citations/format'
const base = { authors: [], publisher: '', container: '', date: '', url: '', accessed: '', reporterCitation: '', qualifications: '' }
it('chars', () => {
  const src = { ...base, kind: 'book' as const, title: 'Cats & Dogs <3 "quoted" <i>not</i> ok\u0007', authors: [{ family: 'Ng', given: 'A' }], publisher: 'A & B', date: '2020' }
  for (const style of ['mla', 'chicago', 'apa'] as const) console.log(style, JSON.stringify(formatBibliography([src], style)), JSON.stringify(formatCitation(src, style, 'p. 4')))
  console.log(JSON.stringify(formatBibliography([], 'apa')))
})
