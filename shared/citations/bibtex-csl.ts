/**
 * A BibTeX or BibLaTeX entry, as @retorquere/bibtex-parser decodes it (TeX already made
 * Unicode), into the CSL-JSON fields Casebook keeps. The type mapping follows BibLaTeX's manual
 * (§2.1) and the CSL 1.0.2 types; fields not listed here are not kept.
 */
import type { Creator, Entry } from '@retorquere/bibtex-parser'
import { decodedText } from './text'

type CslData = Record<string, unknown>

/** Entry types that are no source of their own: BibLaTeX's sets and data containers. */
export const NOT_SOURCES: Record<string, string> = {
  set: 'it is a BibLaTeX set (a group of other entries), not a source',
  xdata: 'it is a BibLaTeX @xdata entry (fields shared by other entries), not a source'
}

const TYPES: Record<string, string> = {
  article: 'article-journal',
  periodical: 'periodical',
  suppperiodical: 'article-journal',
  book: 'book',
  mvbook: 'book',
  collection: 'book',
  mvcollection: 'book',
  proceedings: 'book',
  mvproceedings: 'book',
  reference: 'book',
  mvreference: 'book',
  manual: 'book',
  booklet: 'pamphlet',
  inbook: 'chapter',
  bookinbook: 'chapter',
  suppbook: 'chapter',
  incollection: 'chapter',
  // Mendeley's name for a chapter.
  book_section: 'chapter',
  suppcollection: 'chapter',
  inreference: 'entry-encyclopedia',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  thesis: 'thesis',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  report: 'report',
  techreport: 'report',
  online: 'webpage',
  electronic: 'webpage',
  www: 'webpage',
  webpage: 'webpage',
  unpublished: 'manuscript',
  letter: 'personal_communication',
  jurisdiction: 'legal_case',
  legislation: 'legislation',
  legal: 'legislation',
  dataset: 'dataset',
  data: 'dataset',
  software: 'software',
  patent: 'patent',
  standard: 'standard',
  misc: 'document'
}

/** BibLaTeX's entrysubtype says what kind of periodical an article is in. */
function articleType(subtype: string): string {
  if (/newspaper/i.test(subtype)) return 'article-newspaper'
  if (/magazine/i.test(subtype)) return 'article-magazine'
  return 'article-journal'
}

function text(fields: Entry['fields'], ...names: string[]): string {
  for (const name of names) {
    const value = fields[name]
    const joined = Array.isArray(value) ? value.filter((part) => typeof part === 'string').join('; ') : value
    const clean = decodedText(joined)
    if (clean) return clean
  }
  return ''
}

function withSubtitle(title: string, subtitle: string): string {
  if (!subtitle) return title
  if (!title) return subtitle
  return /[.:?!]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`
}

function person(creator: Creator): CslData | null {
  const literal = decodedText(creator.name)
  if (literal) return { literal }
  const family = decodedText(creator.lastName)
  const given = decodedText(creator.firstName)
  if (!family && !given) return null
  const particle = decodedText(creator.prefix)
  const suffix = decodedText(creator.suffix)
  return {
    ...(family ? { family } : {}),
    ...(given ? { given } : {}),
    ...(particle ? { 'non-dropping-particle': particle } : {}),
    ...(suffix ? { suffix } : {})
  }
}

/** BibLaTeX's date ("2020-01-09", "2020-01", "2020/2021") or BibTeX's year, month and day. */
function issued(fields: Entry['fields']): CslData | undefined {
  const date = text(fields, 'date')
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(date)
  if (iso) return { 'date-parts': [[iso[1], iso[2], iso[3]].filter(Boolean).map(Number)] }
  if (date) return { literal: date }
  const year = text(fields, 'year')
  if (!year) return undefined
  if (!/^\d{1,4}$/.test(year)) return { literal: year }
  const month = Number(text(fields, 'month'))
  const day = Number(text(fields, 'day'))
  const parts = [Number(year)]
  if (Number.isInteger(month) && month >= 1 && month <= 12) {
    parts.push(month)
    if (Number.isInteger(day) && day >= 1 && day <= 31) parts.push(day)
  }
  return { 'date-parts': [parts] }
}

function accessed(fields: Entry['fields']): CslData | undefined {
  const date = text(fields, 'urldate')
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(date)
  if (iso) return { 'date-parts': [[iso[1], iso[2], iso[3]].filter(Boolean).map(Number)] }
  return date ? { literal: date } : undefined
}

/** The CSL type of an entry type, or undefined when it is not one Casebook knows. */
export function cslType(entry: Entry): string | undefined {
  const type = entry.type.toLowerCase()
  return type === 'article' ? articleType(text(entry.fields, 'entrysubtype')) : TYPES[type]
}

export function bibtexToCsl(entry: Entry): CslData {
  const { fields } = entry
  const type = cslType(entry) ?? 'document'
  const creators = Array.isArray(fields.author) ? fields.author : []
  const isPart = type === 'chapter' || type === 'paper-conference' || type === 'entry-encyclopedia'
  const container = isPart
    ? withSubtitle(text(fields, 'booktitle', 'maintitle'), text(fields, 'booksubtitle'))
    : withSubtitle(text(fields, 'journaltitle', 'journal'), text(fields, 'journalsubtitle'))
  return {
    type,
    title: withSubtitle(text(fields, 'title'), text(fields, 'subtitle')),
    'title-short': text(fields, 'shorttitle'),
    author: creators.map(person).filter((name) => name !== null),
    'container-title': container,
    publisher: text(fields, 'publisher', 'institution', 'organization', 'school'),
    // Mendeley writes the place as "city".
    'publisher-place': text(fields, 'location', 'address', 'city'),
    issued: issued(fields),
    accessed: accessed(fields),
    volume: text(fields, 'volume'),
    // In BibTeX, "number" of an article is its issue; of a book or report, its number in a series.
    issue: type.startsWith('article') ? text(fields, 'issue', 'number') : text(fields, 'issue'),
    page: text(fields, 'pages'),
    edition: text(fields, 'edition'),
    genre: text(fields, 'type'),
    DOI: text(fields, 'doi'),
    URL: text(fields, 'url'),
    'citation-key': entry.key
  }
}
