import { legalCitation } from '../../../shared/citations/legal'
import type { Quote, Source } from '../../../shared/model/source'

/** A card's one-line cite: the legal form for constitutions and cases, otherwise who, what, when and where in it. */
export function citeLine(source: Source, quote: Pick<Quote, 'pinpoint' | 'speaker'>): string {
  const legal = legalCitation(source, quote.pinpoint)
  if (legal) return legal
  const who = quote.speaker || source.authors.map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' ')).join(', ')
  return [who, source.qualifications, source.date, `“${source.title}”`, source.publisher, quote.pinpoint].filter(Boolean).join(', ')
}

export const KIND_NAMES: Record<Source['kind'], string> = {
  constitution: 'Constitution',
  case: 'Court case',
  statute: 'Statute',
  article: 'Article',
  poll: 'Poll',
  letter: 'Letter',
  interview: 'Interview',
  book: 'Book',
  web: 'Web page'
}

/** The kinds with their names, for choosing one. */
export const KIND_CHOICES = (Object.keys(KIND_NAMES) as Array<Source['kind']>).map((k) => [k, KIND_NAMES[k]] as const)
