/**
 * A card's cite line in the debate convention (Verbatim's "cite"): the author's name and the
 * year, emphasised, then the full reference in brackets: "**Smith & Jones 2025** [Jane Smith
 * and Ann Jones, professors of law, “Title”, Outlet, Publisher, 2025-01-09, p. 4, URL]".
 * Constitutions and cases lead with their legal citation instead. Nothing is made up: a part
 * the source does not have is left out.
 */
import { legalCitation, yearOf } from '../citations/legal'
import type { Quote, Source } from '../model/source'
import { oneLine } from '../model/text'
import { parseCite } from '../verbatim/cite'

/** A piece of a cite line; `emphasis` marks the author and date (bold in print). */
export interface CiteSegment {
  text: string
  emphasis: boolean
}

/** Kinds of source cited in legal form, in cite lines and in the bibliography. */
export const LEGAL_KINDS: ReadonlySet<Source['kind']> = new Set(['constitution', 'case', 'statute'])

type Person = Source['authors'][number]

function fullName(person: Person): string {
  return oneLine(person.literal ?? '') || [person.given, person.family].map((part) => oneLine(part ?? '')).filter(Boolean).join(' ')
}

function shortName(person: Person): string {
  return oneLine(person.literal ?? '') || oneLine(person.family ?? '') || oneLine(person.given ?? '')
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' & ')
  return `${names[0]} et al.`
}

/** "Smith 2025", "Smith & Jones 2025", "Smith et al. 2025"; the outlet or title stands in for a missing author. */
function shortCite(source: Source): string {
  const names = source.authors.map(shortName).filter(Boolean)
  const who = names.length > 0 ? joinNames(names) : oneLine(source.container) || oneLine(source.publisher) || oneLine(source.title)
  const when = yearOf(source.date) || oneLine(source.date)
  return [who, when].filter(Boolean).join(' ')
}

/**
 * The short cite debaters say aloud and write on a flow: the author's surname and the year in
 * two digits, then the pinpoint when there is one ("Patman 25", "Smith & Jones 24, p. 4").
 * Constitutions and cases in their legal form ("U.S. Const. art. IV, § 3"). As in the cite line,
 * the outlet or title stands in for a missing author, and a missing year is left out.
 */
export function debateCite(source: Source, pinpoint: string): string {
  const pin = oneLine(pinpoint)
  if (LEGAL_KINDS.has(source.kind)) return legalCitation(source, pin) ?? [oneLine(source.title), pin].filter(Boolean).join(', ')
  const names = source.authors.map(shortName).filter(Boolean)
  const who = names.length > 0 ? joinNames(names) : oneLine(source.container) || oneLine(source.publisher) || oneLine(source.title)
  const year = yearOf(source.date).slice(-2)
  return [[who, year].filter(Boolean).join(' '), pin].filter(Boolean).join(', ')
}

function quoted(title: string): string {
  const text = oneLine(title)
  return text ? `“${text}”` : ''
}

function details(source: Source, quote: Quote): string[] {
  const speaker = oneLine(quote.speaker)
  const authors = source.authors.map(fullName).filter(Boolean)
  const who = authors.length > 2 ? `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}` : authors.join(' and ')
  // "quoting X" only when someone other than the author speaks (an interviewee, a court quoted by a paper).
  const quoting = speaker && !authors.includes(speaker) ? `quoting ${speaker}` : ''
  const head = [who, oneLine(source.qualifications), quoting]
  if (LEGAL_KINDS.has(source.kind)) {
    // The legal citation already gives the name, reporter, pinpoint and year.
    const rest = source.kind === 'case' ? [oneLine(source.publisher)] : [oneLine(source.title), oneLine(source.container), oneLine(source.publisher)]
    return [...head, ...rest, oneLine(source.url)]
  }
  return [
    ...head,
    quoted(source.title),
    oneLine(source.container),
    oneLine(source.publisher) === oneLine(source.container) ? '' : oneLine(source.publisher),
    oneLine(source.date),
    oneLine(quote.pinpoint),
    oneLine(source.url)
  ]
}

/**
 * A cite line as a card's file gave it ("Smith 19 (John Smith, prof…)"), kept whole. Its head,
 * the author and the year as written ("Bazzi, 19", "Lisenbee 4", "Kelly ’19"), is emphasised as
 * Verbatim's Cite style marks it; a line without such a head is left plain.
 */
export function rawCiteSegments(cite: string): CiteSegment[] {
  const line = oneLine(cite)
  if (!line) return []
  const head = parseCite(line).head
  const lead = head !== '' && line.startsWith(head) ? head : (/^[^([{,]{0,120}?\d{2}(?:\d{2})?\b/u.exec(line)?.[0] ?? '')
  const segments: CiteSegment[] = []
  if (lead) segments.push({ text: lead, emphasis: true })
  if (line.length > lead.length) segments.push({ text: line.slice(lead.length), emphasis: false })
  return segments
}

/**
 * The cite line of a card from `source`: the card's own cite line when it has one (a card
 * imported from a Verbatim file; none when the file gave it none, "" — its source is then only
 * where the import filed it), otherwise made from the source; with no source (a damaged
 * library) only its pinpoint.
 */
export function citeSegments(source: Source | undefined, quote: Quote): CiteSegment[] {
  if (quote.cite !== undefined) return rawCiteSegments(quote.cite)
  if (!source) {
    const pinpoint = oneLine(quote.pinpoint)
    return pinpoint ? [{ text: pinpoint, emphasis: false }] : []
  }
  const lead = LEGAL_KINDS.has(source.kind) ? (legalCitation(source, quote.pinpoint) ?? oneLine(source.title)) : shortCite(source)
  const rest = details(source, quote).filter(Boolean)
  const segments: CiteSegment[] = [{ text: lead, emphasis: true }]
  if (rest.length > 0) segments.push({ text: `${lead ? ' ' : ''}[${rest.join(', ')}]`, emphasis: false })
  return segments
}

/** The cite line as plain text, for search and tests. */
export function citeText(segments: readonly CiteSegment[]): string {
  return segments.map((segment) => segment.text).join('')
}
