/**
 * Citation import: previewing a 2,000-entry BibTeX file (read, TeX decoded, checked against a
 * library of 1,000 sources) as a reference manager exports it, with abstracts, keywords and file
 * links beside the fields Casebook keeps. Target: at most 1 s.
 */
import { afterAll, bench, describe } from 'vitest'
import { importCitations } from '../../shared/citations/import'
import { emptyLibrary, type Library } from '../../shared/model/library'
import { previewCitationImport } from '../../shared/operations/citation-import'
import { ms, quantile } from '../support/stats'

const TYPES = ['article', 'inproceedings', 'book', 'incollection', 'techreport'] as const

function entry(index: number): string {
  const type = TYPES[index % TYPES.length]
  return String.raw`@${type}{key${index},
  author = {Johansson, H{\aa}kan and Mart{\'\i}n Abadi and M{\"u}ller, J{\"o}rg and {World Health Organization}},
  title = {Decimation filters for {IEEE} delta-sigma modulators, part ${index}: {$16\times 16$} grids\relax},
  journal = {Journal of Signal Processing},
  booktitle = {Proceedings of the Conference on Signals},
  publisher = {IEEE}, address = {New York},
  volume = {${index % 60}}, number = {${index % 12}}, pages = {${index}--${index + 14}},
  year = {${1990 + (index % 35)}}, month = jan,
  doi = {10.1109/example.${index}},
  abstract = {We study filters for high-speed modulators. The results (see Section~2) show a ${index}\% gain with $O(n \log n)$ work, and \emph{no} loss in accuracy across the whole passband of interest.},
  keywords = {filters, modulators, signal processing},
  file = {:C\:/Users/someone/Papers/key${index}.pdf:pdf},
  mendeley-tags = {filters}
}
`
}

const text = Array.from({ length: 2000 }, (_, index) => entry(index)).join('\n')
const library: Library = {
  ...emptyLibrary(),
  sources: Array.from({ length: 1000 }, (_, index) => ({
    id: `s${index}`,
    kind: 'article' as const,
    title: `Existing source ${index}`,
    authors: [{ given: 'Ana', family: `Author ${index}` }],
    publisher: '',
    container: '',
    date: '2020',
    url: '',
    accessed: '',
    reporterCitation: '',
    qualifications: '',
    origin: { kind: 'local' as const },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }))
}
const samples: number[] = []

describe('citations: a 2,000-entry BibTeX file', () => {
  bench(
    'preview (read, decode TeX, find duplicates)',
    () => {
      const started = performance.now()
      const read = importCitations(text, 'bibtex')
      if (!read.ok || read.file.entries.length !== 2000) throw new Error('the bench file did not read whole')
      previewCitationImport(library, read.file)
      samples.push(performance.now() - started)
    },
    { iterations: 5, warmupIterations: 1 }
  )
})

afterAll(() => {
  const median = quantile(samples, 0.5)
  console.log(
    [
      '',
      `Citation import benchmark (2,000 BibTeX entries, ${(text.length / 1024 / 1024).toFixed(1)} MB)`,
      `  preview: median ${ms(median)}, max ${ms(Math.max(...samples))}   (target <= 1 s: ${median <= 1000 ? 'met' : 'NOT MET'})`,
      ''
    ].join('\n')
  )
})
