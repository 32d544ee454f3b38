/**
 * Legal citations in the conventional (Bluebook) form, built by hand because CSL styles give no
 * pinpoints of this kind: "U.S. Const. art. IV, § 3, cl. 1", "Cal. Const. art. III, § 1",
 * "Texas v. White, 74 U.S. 700, 726 (1869)".
 */
import { isSupremeCourtReporter, parseReporterCitation, type CitableSource } from './csl'
import { oneLine, singleSpaced } from './text'

/** Bluebook table T1/T10 abbreviations of the states, longest names first so "West Virginia" wins over "Virginia". */
const STATES: Array<[string, string]> = (
  [
    ['Alabama', 'Ala.'],
    ['Alaska', 'Alaska'],
    ['Arizona', 'Ariz.'],
    ['Arkansas', 'Ark.'],
    ['California', 'Cal.'],
    ['Colorado', 'Colo.'],
    ['Connecticut', 'Conn.'],
    ['Delaware', 'Del.'],
    ['Florida', 'Fla.'],
    ['Georgia', 'Ga.'],
    ['Hawaii', 'Haw.'],
    ['Idaho', 'Idaho'],
    ['Illinois', 'Ill.'],
    ['Indiana', 'Ind.'],
    ['Iowa', 'Iowa'],
    ['Kansas', 'Kan.'],
    ['Kentucky', 'Ky.'],
    ['Louisiana', 'La.'],
    ['Maine', 'Me.'],
    ['Maryland', 'Md.'],
    ['Massachusetts', 'Mass.'],
    ['Michigan', 'Mich.'],
    ['Minnesota', 'Minn.'],
    ['Mississippi', 'Miss.'],
    ['Missouri', 'Mo.'],
    ['Montana', 'Mont.'],
    ['Nebraska', 'Neb.'],
    ['Nevada', 'Nev.'],
    ['New Hampshire', 'N.H.'],
    ['New Jersey', 'N.J.'],
    ['New Mexico', 'N.M.'],
    ['New York', 'N.Y.'],
    ['North Carolina', 'N.C.'],
    ['North Dakota', 'N.D.'],
    ['Ohio', 'Ohio'],
    ['Oklahoma', 'Okla.'],
    ['Oregon', 'Or.'],
    ['Pennsylvania', 'Pa.'],
    ['Rhode Island', 'R.I.'],
    ['South Carolina', 'S.C.'],
    ['South Dakota', 'S.D.'],
    ['Tennessee', 'Tenn.'],
    ['Texas', 'Tex.'],
    ['Utah', 'Utah'],
    ['Vermont', 'Vt.'],
    ['Virginia', 'Va.'],
    ['Washington', 'Wash.'],
    ['West Virginia', 'W. Va.'],
    ['Wisconsin', 'Wis.'],
    ['Wyoming', 'Wyo.']
  ] as Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length)

/**
 * The abbreviated name of a constitution: the source's reporter citation when it gives one
 * ("U.S. Const."), else worked out from the title ("Constitution of the United States" →
 * "U.S. Const.", "California Constitution" → "Cal. Const."), else the title itself.
 */
export function constitutionAbbreviation(source: Pick<CitableSource, 'title' | 'reporterCitation'>): string {
  const given = oneLine(source.reporterCitation)
  if (given) return given
  const title = oneLine(source.title)
  for (const [state, abbreviation] of STATES) {
    if (new RegExp(`\\b${state}\\b`, 'i').test(title)) return `${abbreviation} Const.`
  }
  if (/\bUnited States\b/i.test(title) || /(?:^|\s)(?:U\.\s?S\.(?:\s?A\.)?|USA?)(?=\s|,|$)/.test(title)) return 'U.S. Const.'
  return title
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I']
]

function roman(value: number): string {
  let rest = value
  let out = ''
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral
      rest -= amount
    }
  }
  return out
}

/** Articles and amendments of a constitution are numbered in Roman numerals: "art. 4" → "art. IV". */
function numeral(text: string): string {
  return /^\d+$/.test(text) && Number(text) > 0 && Number(text) < 4000 ? roman(Number(text)) : text.toUpperCase()
}

/**
 * A constitution's unit label as a Bluebook pinpoint: "Art. IV, § 3, cl. 1" → "art. IV, § 3,
 * cl. 1"; "Amend. XIV, § 1" → "amend. XIV, § 1"; "Preamble" → "pmbl."; "Article 4, Section 3"
 * → "art. IV, § 3". A part it does not recognise is kept as written.
 */
export function constitutionPinpoint(label: string): string {
  return singleSpaced(label)
    .split(/\s*,\s*|\s+(?=(?:§|cl\b|clause\b|sec\b|section\b)\.?\s*\S)/i)
    .filter((part) => part !== '')
    .map((part) => {
      if (/^(?:pmbl\.?|preamble)$/i.test(part)) return 'pmbl.'
      const article = /^(?:articles?\b|arts?\b\.?)\s*([0-9]+|[IVXLCDM]+)$/i.exec(part)
      if (article) return `art. ${numeral(article[1])}`
      const amendment = /^(?:amendments?\b|amends?\b\.?|amdts?\b\.?)\s*([0-9]+|[IVXLCDM]+)$/i.exec(part)
      if (amendment) return `amend. ${numeral(amendment[1])}`
      const sections = /^(?:§§|sections\b|secs\b\.?)\s*(\S.*)$/i.exec(part)
      if (sections) return `§§ ${sections[1]}`
      const section = /^(?:§|section\b|sec\b\.?)\s*(\S.*)$/i.exec(part)
      if (section) return `§ ${section[1]}`
      const clause = /^(?:clause\b|cl\b\.?)\s*(\S.*)$/i.exec(part)
      if (clause) return `cl. ${clause[1]}`
      return part
    })
    .join(', ')
}

/** A page pinpoint in a reported case: "726", "p. 726", "at 726", "74 U.S. at 726" → "726". */
export function casePinpoint(pinpoint: string): string {
  return singleSpaced(pinpoint)
    .replace(/^(?:\d+\s+.+?\s+)?at\s+(?=\S)/i, '')
    .replace(/^(?:pp?\.|pages?)\s*/i, '')
    .trim()
}

/** The first four-digit year in a date ("1869", "2025-01-09", "June 9, 2025"). */
export function yearOf(date: string): string {
  return /\b(\d{4})\b/.exec(date)?.[1] ?? ''
}

function caseCitation(source: CitableSource, pinpoint: string): string {
  const reporter = oneLine(source.reporterCitation)
  const page = casePinpoint(pinpoint)
  const year = yearOf(source.date)
  const parts = parseReporterCitation(reporter)
  const court = oneLine(source.publisher)
  // The court goes in the parenthetical unless the reporter only prints one court's decisions.
  const showCourt = court !== '' && !(parts && isSupremeCourtReporter(parts.reporter))
  const parenthetical = [showCourt ? court : '', year].filter(Boolean).join(' ')
  let out = oneLine(source.title)
  if (reporter) out += `, ${reporter}`
  if (reporter && page) out += `, ${page}`
  else if (page) out += ` at ${page}`
  if (parenthetical) out += ` (${parenthetical})`
  return out
}

function statuteCitation(source: CitableSource, pinpoint: string): string {
  const code = oneLine(source.reporterCitation)
  const year = yearOf(source.date)
  let out = code || oneLine(source.title)
  if (oneLine(pinpoint)) out += ` ${oneLine(pinpoint)}`
  if (year) out += ` (${year})`
  return out
}

/**
 * The legal citation of a constitution, case or statute, with an optional pinpoint (a unit
 * label such as "Art. IV, § 3, cl. 1" for a constitution, a page such as "726" or "74 U.S. at
 * 726" for a case). Null for other kinds of source, which are cited in a CSL style instead.
 */
export function legalCitation(source: CitableSource, pinpoint = ''): string | null {
  switch (source.kind) {
    case 'constitution': {
      const name = constitutionAbbreviation(source)
      const pin = constitutionPinpoint(pinpoint)
      return pin ? `${name} ${pin}` : name
    }
    case 'case':
      return caseCitation(source, pinpoint)
    case 'statute':
      return statuteCitation(source, pinpoint)
    default:
      return null
  }
}
