/**
 * A CSL-JSON item (as Citation.js reads it from BibTeX, RIS or CSL-JSON) back into Casebook's
 * source fields.
 */
import { ApiError, formatPath } from '../errors'
import { SourceSchema, type Source, type SourceKind } from '../model/source'
import { cleanText } from './text'

/** A source as an import gives it: every field but the ones the store sets. */
export type SourceDraft = Omit<Source, 'id' | 'origin' | 'createdAt' | 'updatedAt'>

export const SourceDraftSchema = SourceSchema.omit({ id: true, origin: true, createdAt: true, updatedAt: true })

type CslData = Record<string, unknown>

const KINDS: Record<string, SourceKind> = {
  legal_case: 'case',
  legislation: 'statute',
  bill: 'statute',
  regulation: 'statute',
  treaty: 'statute',
  hearing: 'statute',
  'article-newspaper': 'article',
  'article-magazine': 'article',
  'article-journal': 'article',
  article: 'article',
  'paper-conference': 'article',
  review: 'article',
  'review-book': 'article',
  broadcast: 'article',
  interview: 'interview',
  personal_communication: 'letter',
  book: 'book',
  chapter: 'book',
  classic: 'book',
  thesis: 'book',
  manuscript: 'book',
  pamphlet: 'book',
  'entry-dictionary': 'book',
  'entry-encyclopedia': 'book',
  webpage: 'web',
  post: 'web',
  'post-weblog': 'web',
  software: 'web',
  document: 'web'
}

/**
 * The kind from the item's type alone: a report or data set is a poll only when its genre says
 * so ("survey", "poll"), never because of words in its title ("… : A Survey" is a review).
 */
function kindOf(item: CslData, title: string): SourceKind {
  const type = typeof item.type === 'string' ? item.type : 'document'
  const genre = cleanText(item.genre)
  if (type === 'legislation' || type === 'bill') {
    if (/\bconstitution\b/i.test(title)) return 'constitution'
  }
  if (type === 'report' || type === 'dataset') return /\b(?:poll|opinion survey|survey data)/i.test(genre) ? 'poll' : 'book'
  if (type === 'personal_communication' && /\binterview/i.test(genre)) return 'interview'
  return KINDS[type] ?? 'web'
}

/** A DOI as its address: "10.1/x", "doi:10.1/x" and "https://doi.org/10.1/x" all give https://doi.org/10.1/x. */
export function doiUrl(doi: string): string {
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
  return bare ? `https://doi.org/${bare}` : ''
}

interface CslName {
  given?: unknown
  family?: unknown
  literal?: unknown
  'non-dropping-particle'?: unknown
  'dropping-particle'?: unknown
  suffix?: unknown
}

/** Particles join the family name ("van der Berg"); a suffix follows it ("King Jr."). */
function person(name: CslName): Source['authors'][number] | null {
  const literal = cleanText(name.literal)
  if (literal) return { literal }
  const given = [cleanText(name.given), cleanText(name['dropping-particle'])].filter(Boolean).join(' ')
  const family = [cleanText(name['non-dropping-particle']), cleanText(name.family), cleanText(name.suffix)]
    .filter(Boolean)
    .join(' ')
  if (!given && !family) return null
  return { ...(given ? { given } : {}), ...(family ? { family } : {}) }
}

function pad(value: unknown): string {
  return String(value).padStart(2, '0')
}

/** A CSL date as Casebook keeps it: "2025", "2025-01", "2025-01-09", or the text as given. */
function dateText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return ''
  const date = value as { 'date-parts'?: unknown; literal?: unknown; raw?: unknown }
  const parts = Array.isArray(date['date-parts']) ? date['date-parts'][0] : undefined
  if (Array.isArray(parts) && parts.length > 0 && Number.isInteger(Number(parts[0]))) {
    const [year, month, day] = parts.map((part) => Number(part))
    let out = String(year).padStart(4, '0')
    if (Number.isInteger(month) && month >= 1 && month <= 12) {
      out += `-${pad(month)}`
      if (Number.isInteger(day) && day >= 1 && day <= 31) out += `-${pad(day)}`
    }
    return out
  }
  return cleanText(date.literal) || cleanText(date.raw)
}

function firstPage(pages: string): string {
  // Up to the first dash, without the spaces before it (trimEnd: "\s*-" rescans a long run of spaces from each one).
  return (pages.split(/[-–]/)[0] ?? '').trimEnd()
}

/**
 * The source fields of one imported item, or an ApiError whose message says why it cannot be
 * a source ("it has no title, …"); `index` is its place in the file, for the error's path.
 */
export function fromCsl(item: CslData, index: number): SourceDraft {
  // A record with only a short title (RIS's ST) is still the work it names.
  const title = cleanText(item.title) || cleanText(item['title-short'])
  const path = `entries[${index}]`
  if (!title) throw new ApiError('invalid_input', 'it has no title, and every source needs one', `${path}.title`)
  const kind = kindOf(item, title)

  const names = Array.isArray(item.author) ? item.author : []
  const authors = names
    .filter((name): name is CslName => typeof name === 'object' && name !== null)
    .map(person)
    .filter((name): name is Source['authors'][number] => name !== null)

  const container = cleanText(item['container-title'])
  const volume = cleanText(item.volume)
  const page = firstPage(cleanText(item.page)) || cleanText(item['page-first'])
  let reporterCitation = ''
  let containerField = container
  if (kind === 'case') {
    // "74 U.S. 700": volume, reporter, first page. Citation.js reads RIS's reporter into
    // "reporter"; CSL-JSON and others put it in the container title.
    const reporter = cleanText(item.reporter) || container
    if (reporter) reporterCitation = [volume, reporter, page].filter(Boolean).join(' ')
    containerField = ''
  } else if ((kind === 'statute' || kind === 'constitution') && container) {
    // "42 U.S.C. § 1983": title, code, section.
    const section = cleanText(item.section)
    reporterCitation = [volume, container].filter(Boolean).join(' ') + (section ? ` § ${section}` : '')
    containerField = ''
  }

  const doi = cleanText(item.DOI)
  const onPage = kind !== 'case' && kind !== 'statute' && kind !== 'constitution'
  const publication = Object.fromEntries(
    Object.entries({
      volume: onPage ? volume : '',
      issue: onPage ? cleanText(item.issue) : '',
      pages: onPage ? cleanText(item.page) : '',
      edition: cleanText(item.edition),
      place: cleanText(item['publisher-place'])
    }).filter(([, value]) => value)
  )
  const draft = {
    kind,
    title,
    authors,
    publisher: kind === 'case' ? cleanText(item.authority) || cleanText(item.publisher) : cleanText(item.publisher),
    container: containerField,
    date: dateText(item.issued),
    url: cleanText(item.URL) || (doi ? doiUrl(doi) : ''),
    accessed: dateText(item.accessed),
    reporterCitation,
    qualifications: '',
    ...publication
  }

  const checked = SourceDraftSchema.safeParse(draft)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const field = formatPath(issue?.path ?? [])
    const where = field ? `${path}.${field}` : path
    const reason = issue?.code === 'too_big' && field ? tooBig(field, issue) : (issue?.message ?? 'invalid')
    throw new ApiError('invalid_input', reason, where)
  }
  return checked.data
}

function tooBig(field: string, issue: { maximum?: unknown; origin?: unknown }): string {
  const max = Number(issue.maximum)
  const what = field.replace(/\[\d+\]/g, '').replace(/\./g, ' ')
  return issue.origin === 'array'
    ? `more than ${max} ${what} (a source holds at most ${max})`
    : `${what} is longer than ${max} characters`
}
