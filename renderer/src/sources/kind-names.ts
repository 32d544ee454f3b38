import type { Source } from '../../../shared/model/source'

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
