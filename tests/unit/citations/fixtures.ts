import type { CitableSource } from '../../../shared/citations/csl'

const blank = {
  authors: [],
  publisher: '',
  container: '',
  date: '',
  url: '',
  accessed: '',
  reporterCitation: '',
  qualifications: ''
} satisfies Partial<CitableSource>

/** As in data/texts/us-constitution.json: no date is recorded for it. */
export const usConstitution: CitableSource = {
  ...blank,
  kind: 'constitution',
  title: 'Constitution of the United States',
  publisher: 'U.S. Government Publishing Office',
  container: 'U.S. House Manual, 117th Congress'
}

/** As in data/texts/ca-constitution-art3-sec1.json. */
export const californiaConstitution: CitableSource = {
  ...blank,
  kind: 'constitution',
  title: 'California Constitution'
}

/** As in data/texts/texas-v-white.json. */
export const texasVWhite: CitableSource = {
  ...blank,
  kind: 'case',
  title: 'Texas v. White',
  publisher: 'Supreme Court of the United States',
  date: '1869',
  reporterCitation: '74 U.S. 700'
}

/**
 * The RNZ explainer, with only what the content brief gives: outlet, headline (straight
 * apostrophe, closing full stop) and year. No author, day, URL or access date.
 */
export const rnzArticle: CitableSource = {
  ...blank,
  kind: 'article',
  title: "Could California leave the United States? It's complicated.",
  container: 'RNZ',
  date: '2025'
}

/**
 * The YouGov poll for the Independent California Institute, January 2025. It has no published
 * title in the brief, so the title describes it; no publisher or URL is given. The sponsor's
 * stance goes in qualifications (the cite line), which no CSL style prints.
 */
export const yougovPoll: CitableSource = {
  ...blank,
  kind: 'poll',
  title: 'Poll for the Independent California Institute',
  authors: [{ literal: 'YouGov' }],
  date: '2025-01',
  qualifications: 'commissioned by the Independent California Institute, a pro-secession group'
}
