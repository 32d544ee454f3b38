/**
 * Citation fields a PDF states about itself: its info dictionary (Title, Author, CreationDate) and
 * its XMP packet (dc:title, dc:creator, xmp:CreateDate, prism:doi and the other PRISM fields
 * publishers write). Each field says where it was found. Pure: pdf.js hands over plain values.
 */
import type { Person } from '../../model/source'
import type { DocumentMetadata, FoundField } from '../extracted'

/** The info dictionary as pdf.js gives it (string values; custom keys included). */
export type PdfInfo = Readonly<Record<string, unknown>>
/** XMP properties by lower-case qualified name ("dc:creator"), as pdf.js's Metadata parses them. */
export type PdfXmp = Readonly<Record<string, string | readonly string[]>>

/** Words that make an author an organisation, kept whole rather than split into given and family names. */
const ORGANISATION =
  /\b(office|court|department|agency|administration|association|committee|board|council|foundation|institute|university|college|company|corporation|commission|bureau|service|cent(?:er|re)|society|press|government|ministry|inc|llc|ltd|group|team|library|project|register|publishing)\b/i

/**
 * Titles that name the file or the program, not the work: Office's "Microsoft Word - brief.docx",
 * a file name, "Untitled", "Document1", "PowerPoint Presentation". Taking one of these would put
 * a wrong title into every citation of the source, so they are left for the user to fill in.
 */
export function isJunkTitle(title: string, fileName: string): boolean {
  const t = title.trim()
  const bareName = fileName.replace(/\.[a-z0-9]{1,5}$/i, '').toLowerCase()
  if (t.length < 2 || !/\p{L}/u.test(t)) return true
  if (/^microsoft\s+(word|powerpoint|excel)\s*-/i.test(t)) return true
  if (/\.(docx?|pdf|rtf|odt|pptx?|xlsx?|indd|qxd|tex|dvi|ps|eps|txt|html?)$/i.test(t)) return true
  if (/^(untitled|title|document\s*\d*|book\s*\d+|slide\s*\d+|powerpoint presentation|no title|none|unknown)$/i.test(t)) return true
  if (t.toLowerCase() === fileName.toLowerCase() || t.toLowerCase() === bareName) return true
  // A path ("C:\\Users\\…\\report", "/tmp/x") is where the file was, not what it is.
  return /^[a-z]:\\|^\/[^\s]*\/[^\s]*$/i.test(t)
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.replace(/\s+/g, ' ').trim()
  return trimmed === '' ? undefined : trimmed
}

function xmpText(xmp: PdfXmp, name: string): string | undefined {
  const value = xmp[name]
  return text(Array.isArray(value) ? value[0] : value)
}

function xmpList(xmp: PdfXmp, name: string): string[] {
  const value = xmp[name]
  const list = Array.isArray(value) ? value : [value]
  return list.map(text).filter((item): item is string => item !== undefined)
}

/** One stated author as a person: "Given Family", "Family, Given", or an organisation kept whole. A web address with it is dropped. */
export function personOf(stated: string): Person | undefined {
  const name = stated
    .replace(/\bhttps?:\/\/\S+/gi, '')
    .replace(/[\s,;]+$/, '')
    .trim()
  if (!/\p{L}/u.test(name)) return undefined
  if (ORGANISATION.test(name) || /\d/.test(name)) return { literal: name }
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(name)
  if (inverted) return { family: inverted[1].trim(), given: inverted[2].trim() }
  const words = name.split(/\s+/)
  if (words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word))) {
    return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] }
  }
  return { literal: name }
}

/** Several authors in one string are separated by semicolons (a comma may be inside one name). */
function peopleOf(values: readonly string[]): Person[] {
  return values.flatMap((value) => value.split(';')).flatMap((part) => personOf(part) ?? [])
}

/**
 * A date as the document states it, read to ISO (YYYY, YYYY-MM or YYYY-MM-DD): the PDF form
 * "D:20230221140748-05'00'" or the XMP form "2023-02-21T14:07:48-05:00". The calendar date is
 * the one written, not moved to another time zone.
 */
export function isoDate(stated: string): string | undefined {
  const match = /^(?:D:)?(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?/.exec(stated.trim())
  if (!match) return undefined
  const [, year, month, day] = match
  if (Number(year) < 1000) return undefined
  if (month === undefined || Number(month) < 1 || Number(month) > 12) return year
  if (day === undefined || Number(day) < 1 || Number(day) > 31) return `${year}-${month}`
  return `${year}-${month}-${day}`
}

function first<T>(...candidates: (FoundField<T> | undefined)[]): FoundField<T> | undefined {
  return candidates.find((candidate) => candidate !== undefined)
}

function found<T>(value: T | undefined, from: string): FoundField<T> | undefined {
  return value === undefined ? undefined : { value, from }
}

function doiOf(value: string | undefined): string | undefined {
  const doi = value ? /\b(10\.\d{4,9}\/\S+)/.exec(value)?.[1] : undefined
  return doi?.replace(/[.,;]+$/, '')
}

/** The citation fields stated in the info dictionary and the XMP packet; XMP first where both state one (it is Unicode and usually the newer). */
export function pdfMetadata(info: PdfInfo, xmp: PdfXmp, fileName: string): DocumentMetadata {
  const goodTitle = (value: string | undefined) => (value !== undefined && !isJunkTitle(value, fileName) ? value : undefined)
  const people = (values: string[]) => {
    const list = peopleOf(values)
    return list.length > 0 ? list : undefined
  }
  const infoAuthor = text(info.Author)
  const date = (value: string | undefined) => (value === undefined ? undefined : isoDate(value))
  const startPage = xmpText(xmp, 'prism:startingpage')
  const endPage = xmpText(xmp, 'prism:endingpage')
  const url = xmpText(xmp, 'prism:url')
  const metadata: DocumentMetadata = {
    title: first(found(goodTitle(xmpText(xmp, 'dc:title')), 'XMP dc:title'), found(goodTitle(text(info.Title)), 'PDF info: Title')),
    authors: first(found(people(xmpList(xmp, 'dc:creator')), 'XMP dc:creator'), found(people(infoAuthor ? [infoAuthor] : []), 'PDF info: Author')),
    date: first(
      found(date(xmpText(xmp, 'prism:publicationdate')), 'XMP prism:publicationDate'),
      found(date(xmpText(xmp, 'prism:coverdate')), 'XMP prism:coverDate'),
      found(date(xmpText(xmp, 'xmp:createdate')), 'XMP xmp:CreateDate'),
      found(date(text(info.CreationDate)), 'PDF info: CreationDate')
    ),
    doi: first(
      found(doiOf(xmpText(xmp, 'prism:doi')), 'XMP prism:doi'),
      found(doiOf(xmpText(xmp, 'pdfx:doi')), 'XMP pdfx:doi'),
      found(doiOf(xmpList(xmp, 'dc:identifier').find((id) => doiOf(id))), 'XMP dc:identifier'),
      found(doiOf(text(info.doi) ?? text(info.DOI)), 'PDF info: doi')
    ),
    container: found(xmpText(xmp, 'prism:publicationname'), 'XMP prism:publicationName'),
    publisher: found(xmpList(xmp, 'dc:publisher')[0], 'XMP dc:publisher'),
    volume: found(xmpText(xmp, 'prism:volume'), 'XMP prism:volume'),
    issue: found(xmpText(xmp, 'prism:number'), 'XMP prism:number'),
    pages: found(startPage && endPage ? `${startPage}–${endPage}` : startPage, 'XMP prism:startingPage'),
    url: found(url && /^https?:\/\//i.test(url) ? url : undefined, 'XMP prism:url'),
    // A journal's name in the PRISM fields says the PDF is an article.
    kind: found(xmpText(xmp, 'prism:publicationname') ? ('article' as const) : undefined, 'XMP prism:publicationName')
  }
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as DocumentMetadata
}
