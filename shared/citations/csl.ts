import type { Source } from '../model/source'
import { oneLine, singleSpaced } from './text'

/** The fields of a source that a citation is made from (a Source, or a draft of one). */
export type CitableSource = Pick<
  Source,
  | 'kind'
  | 'title'
  | 'authors'
  | 'publisher'
  | 'container'
  | 'date'
  | 'url'
  | 'accessed'
  | 'reporterCitation'
  | 'qualifications'
> &
  Partial<Pick<Source, 'volume' | 'issue' | 'pages' | 'edition' | 'place'>> & { id?: string }

export type CslType =
  | 'legal_case'
  | 'legislation'
  | 'article-newspaper'
  | 'article-journal'
  | 'report'
  | 'personal_communication'
  | 'interview'
  | 'book'
  | 'chapter'
  | 'webpage'

export interface CslName {
  given?: string
  family?: string
  literal?: string
}

/** A CSL date: parts when the text is an ISO date, else the raw text for citeproc to read. */
export type CslDate = { 'date-parts': number[][] } | { raw: string }

/** The CSL-JSON fields Casebook fills. */
export interface CslItem {
  id: string
  type: CslType
  title: string
  author?: CslName[]
  issued?: CslDate
  accessed?: CslDate
  publisher?: string
  'container-title'?: string
  authority?: string
  volume?: string
  issue?: string
  page?: string
  edition?: string
  'publisher-place'?: string
  section?: string
  URL?: string
}

/** A reporter citation such as "74 U.S. 700": volume, reporter, first page. */
export interface ReporterParts {
  volume: string
  reporter: string
  page: string
}

export function parseReporterCitation(citation: string): ReporterParts | null {
  const match = /^(\d+) (.+?) (\d+)$/.exec(singleSpaced(citation))
  return match ? { volume: match[1], reporter: match[2], page: match[3] } : null
}

/**
 * Reporters that print only the U.S. Supreme Court's decisions: Bluebook rule 10.4 (which APA
 * and Chicago follow) leaves the court out of the parenthetical when the reporter names it.
 */
const SUPREME_COURT_REPORTERS = new Set(['U.S.', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d'])

export function isSupremeCourtReporter(reporter: string): boolean {
  return SUPREME_COURT_REPORTERS.has(reporter)
}

/** "2025", "2025-01" or "2025-01-09" as CSL date parts; any other text is passed on raw. */
export function toCslDate(text: string): CslDate | undefined {
  const value = oneLine(text)
  if (!value) return undefined
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!iso) return { raw: value }
  const parts = [Number(iso[1])]
  if (iso[2]) parts.push(Number(iso[2]))
  if (iso[3]) parts.push(Number(iso[3]))
  return { 'date-parts': [parts] }
}

function toCslName(person: Source['authors'][number]): CslName | null {
  const given = oneLine(person.given ?? '')
  const family = oneLine(person.family ?? '')
  const literal = oneLine(person.literal ?? '')
  if (literal) return { literal }
  if (family) return given ? { family, given } : { family }
  if (given) return { literal: given }
  return null
}

/**
 * A headline's own closing full stop ("It's complicated.") is dropped: every style ends the
 * title with its own punctuation, and a kept stop doubles up as "Complicated.,". A closing
 * ellipsis, "?" or "!" stays.
 */
function citationTitle(title: string): string {
  const trimmed = oneLine(title)
  return /[^.]\.$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed
}

const TYPES: Record<Source['kind'], CslType> = {
  constitution: 'legislation',
  statute: 'legislation',
  case: 'legal_case',
  article: 'article-newspaper',
  // A poll is published as a report of its findings: "report" gives author, year, title and
  // publisher in all three styles, where "dataset" adds APA's "[Dataset]" label.
  poll: 'report',
  letter: 'personal_communication',
  // A published interview (with an outlet, publisher or address) is an "interview"; one with none
  // is the debater's own conversation, a personal communication (see toCsl).
  interview: 'interview',
  book: 'book',
  web: 'webpage'
}

/** Casebook's source as a CSL-JSON item, for Citation.js to format. */
export function toCsl(source: CitableSource): CslItem {
  const item: CslItem = { id: source.id ?? 'source', type: TYPES[source.kind], title: citationTitle(source.title) }
  const authors = source.authors.map(toCslName).filter((name): name is CslName => name !== null)
  if (authors.length > 0) item.author = authors
  const issued = toCslDate(source.date)
  if (issued) item.issued = issued
  const accessed = toCslDate(source.accessed)
  if (accessed) item.accessed = accessed
  const url = oneLine(source.url)
  if (url) item.URL = url

  const publisher = oneLine(source.publisher)
  const container = oneLine(source.container)
  const reporterCitation = oneLine(source.reporterCitation)
  if (source.kind === 'interview' && !container && !publisher && !item.URL) item.type = 'personal_communication'

  if (source.kind !== 'case' && source.kind !== 'statute' && source.kind !== 'constitution') {
    const volume = oneLine(source.volume ?? '')
    const issue = oneLine(source.issue ?? '')
    const pages = oneLine(source.pages ?? '')
    if (volume) item.volume = volume
    if (issue) item.issue = issue
    if (pages) item.page = pages
    // An article in a numbered periodical is a journal article: the styles print its volume and issue.
    if (source.kind === 'article' && (volume || issue)) item.type = 'article-journal'
  }
  const edition = oneLine(source.edition ?? '')
  if (edition) item.edition = edition
  const place = oneLine(source.place ?? '')
  if (place) item['publisher-place'] = place

  switch (source.kind) {
    case 'case': {
      const parts = parseReporterCitation(reporterCitation)
      if (parts) {
        item['container-title'] = parts.reporter
        item.volume = parts.volume
        item.page = parts.page
      } else if (reporterCitation) {
        item['container-title'] = reporterCitation
      }
      if (publisher && !(parts && isSupremeCourtReporter(parts.reporter))) item.authority = publisher
      break
    }
    case 'article':
    case 'web':
      // The outlet or site is the container; when only a publisher is given, it is the outlet.
      if (container) {
        item['container-title'] = container
        if (publisher && publisher !== container) item.publisher = publisher
      } else if (publisher) {
        item['container-title'] = publisher
      }
      break
    case 'book':
      // A book with a container is a chapter (the title) in a book (the container).
      if (container) {
        item.type = 'chapter'
        item['container-title'] = container
      }
      if (publisher) item.publisher = publisher
      break
    case 'statute': {
      // "42 U.S.C. § 1983": title of the code, the code, section.
      const code = /^(\d+) (.+?) §+ ?(.+)$/.exec(singleSpaced(reporterCitation))
      if (code) {
        item.volume = code[1]
        item['container-title'] = code[2]
        item.section = code[3]
      } else if (reporterCitation || container) {
        item['container-title'] = reporterCitation || container
      }
      if (publisher) item.publisher = publisher
      break
    }
    default:
      if (container) item['container-title'] = container
      // APA leaves out a publisher that is also the author; the other styles do not repeat it either.
      if (publisher && !authors.some((name) => name.literal === publisher)) item.publisher = publisher
  }
  return item
}
