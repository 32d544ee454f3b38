/**
 * Debate formats and their side labels, as plain data: the renderer uses these without
 * pulling zod into the page's bundle.
 */
export const DEBATE_FORMATS = ['policy', 'ld', 'pf', 'bp', 'wsdc', 'other'] as const
export type DebateFormat = (typeof DEBATE_FORMATS)[number]

export const FORMAT_NAMES: Record<DebateFormat, string> = {
  policy: 'Policy',
  ld: 'Lincoln-Douglas',
  pf: 'Public Forum',
  bp: 'British Parliamentary',
  wsdc: 'World Schools',
  other: 'Other'
}

/** The formats with their names, for choosing one. */
export const FORMAT_CHOICES = DEBATE_FORMATS.map((f) => [f, FORMAT_NAMES[f]] as const)

export interface SideLabels {
  pro: string
  con: string
}

/** What each side is called in each format (Aff/Neg, Prop/Opp, Gov/Opp, ...). */
export const DEFAULT_SIDE_LABELS: Record<DebateFormat, SideLabels> = {
  policy: { pro: 'Aff', con: 'Neg' },
  ld: { pro: 'Aff', con: 'Neg' },
  pf: { pro: 'Pro', con: 'Con' },
  bp: { pro: 'Gov', con: 'Opp' },
  wsdc: { pro: 'Prop', con: 'Opp' },
  other: { pro: 'Pro', con: 'Con' }
}
