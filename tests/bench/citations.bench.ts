/**
 * Citation import: previewing a 2,000-entry BibTeX file (read, TeX decoded, checked against a
 * library of 1,000 sources) as a reference manager exports it, with abstracts, keywords and file
 * links beside the fields Casebook keeps. Target: at most 1 s. Twice: entries made alike from one
 * pattern, and the real files of ../shared (Mendeley, JabRef, BibLaTeX's examples) repeated with
 * varied keys, titles and authors, whose values repeat far less (the fast read decodes each
 * distinct TeX value once).
 */
import { readFileSync } from 'node:fs'
import { afterAll, bench, describe } from 'vitest'
import { importCitations } from '../../shared/citations/import'
import { emptyLibrary, type Library } from '../../shared/model/library'
import { previewCitationImport } from '../../shared/operations/citation-import'
import { sharedFile } from '../support/shared-folder'
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
const REAL_FILES = ['bbt-mendeley-export.bib', 'jabref-authors.bib', 'biblatex-examples.bib'].map((name) => sharedFile(`fixtures/real-world/bibtex/${name}`))
const DIRECTIVE = /^(?:string|preamble|comment)\b/i

/**
 * The real files' entries repeated up to 2,000, each round with its own keys (crossrefs
 * following), a title and first author of its own; their @string definitions once, at the top.
 */
function realEntries(): string | null {
  if (!REAL_FILES.every((file) => file.present)) return null
  const chunks = REAL_FILES.flatMap((file) => readFileSync(file.path, 'utf8').split(/^@/m).slice(1))
  const strings = chunks.filter((chunk) => DIRECTIVE.test(chunk)).map((chunk) => `@${chunk}`)
  const entries = chunks.filter((chunk) => !DIRECTIVE.test(chunk))
  const out: string[] = []
  for (let round = 0; out.length < 2000; round++) {
    for (const chunk of entries) {
      if (out.length === 2000) break
      const varied = chunk
        .replace(/^([A-Za-z_]+\s*[{(]\s*)([^,\s]*)/, `$1$2-r${round}`)
        .replace(/(\b(?:crossref|xdata)\s*=\s*[{"])([^}"]+)/gi, (_, head: string, keys: string) => head + keys.split(',').map((key) => `${key.trim()}-r${round}`).join(','))
        .replace(/(\btitle\s*=\s*[{"])/i, `$1Round ${round}: `)
        .replace(/(\bauthor\s*=\s*[{"])/i, `$1Reviewer${round}, Ann and `)
      out.push(`@${varied}`)
    }
  }
  return [...strings, ...out].join('\n')
}

const realText = realEntries()
const samples: Record<'alike' | 'real', number[]> = { alike: [], real: [] }

function preview(file: string, which: 'alike' | 'real'): void {
  const started = performance.now()
  const read = importCitations(file, 'bibtex')
  if (!read.ok || read.file.entries.length + read.file.skipped.length !== 2000) throw new Error('the bench file did not read whole')
  previewCitationImport(library, read.file)
  samples[which].push(performance.now() - started)
}

describe('citations: a 2,000-entry BibTeX file', () => {
  bench('preview (read, decode TeX, find duplicates), entries made alike', () => preview(text, 'alike'), { iterations: 5, warmupIterations: 1 })
  bench(
    'preview, the real files repeated with varied keys, titles and authors',
    () => {
      if (realText) preview(realText, 'real')
    },
    { iterations: 5, warmupIterations: 1 }
  )
})

function line(label: string, file: string | null, which: 'alike' | 'real'): string {
  if (!file) return `  ${label}: skipped (../shared/fixtures/real-world/bibtex is not beside this checkout)`
  const median = quantile(samples[which], 0.5)
  const size = `${(file.length / 1024 / 1024).toFixed(1)} MB`
  return `  ${label} (${size}): median ${ms(median)}, max ${ms(Math.max(...samples[which]))}   (target <= 1 s: ${median <= 1000 ? 'met' : 'NOT MET'})`
}

afterAll(() => {
  console.log(
    [
      '',
      'Citation import benchmark (2,000 BibTeX entries, preview)',
      line('entries made alike', text, 'alike'),
      line('real files repeated, varied', realText, 'real'),
      ''
    ].join('\n')
  )
})
