/**
 * A Verbatim cite line read into citation fields. Cites follow a loose convention:
 *
 *   Smith 19, Professor of Law at X, "Title," Journal, 5/3/2019, https://…
 *   Smith, 19 (John Smith, Professor of Law at X, "Title," Journal, 5/3/2019, https://…)
 *   Kavanaugh ’17 [Brett; August 8; associate justice …; “Mexichem Fluor, Inc. v. EPA,” 866 F.3d 451]
 *
 * The head ("Smith 19") names the authors and the year as the file writes it; then come the
 * author's qualifications, the quoted title, the container after it, a date and a URL. Only what
 * the line says is taken: a two-digit year is not widened to a date, no name is guessed.
 */
import type { Person, SourceKind } from '../model/source'

export interface ParsedCite {
  /** The head as written ("Smith 19", "Balzacq et al. 19"). */
  head: string
  authors: Person[]
  /** The year as the head writes it ("19", "2019", "’17", "2k"). */
  year: string
  qualifications: string
  title: string
  container: string
  /** ISO ("2019-05-03", "2020-04", "2026") when the line gives a full year; "" otherwise. */
  date: string
  url: string
  kind: SourceKind
  /** Whether the line was read whole: authors, year and title all found. */
  complete: boolean
}

const YEAR_TOKEN = String.raw`(?:\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|['’‘]?\d{4}|['’‘]?\d{1,2}(?:\/\d{1,2})?|2k)`
/** The head: a name (no digits, not too long), then the year, then a separator or the end. */
const HEAD = new RegExp(String.raw`^([^\d()[\]]{1,120}?)[\s,]+(${YEAR_TOKEN})(?=$|[\s,;:.()[\]–—-])`, 'u')
const URL = /https?:\/\/[^\s,;)\]"“”]+/
const TITLE = /[“"]([^“”"]{3,400}?)[,.]?\s*[”"]/
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
const ORGANISATION = /\b(house|service|centre|center|office|department|institute|university|council|committee|agency|court|congress|senate|commission|foundation|association|bureau|administration|government|ministry|board|times|post|news|press|report|project|group|studies)\b/i
const NAME_PART = /^[\p{Lu}][\p{L}.'’-]*$/u
const HONORIFIC = /^(dr|prof|mr|mrs|ms)\.?$/i
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i

export function parseCite(line: string): ParsedCite {
  const text = line.trim()
  const url = (URL.exec(text)?.[0] ?? '').replace(/[.]+$/, '')
  const titleMatch = TITLE.exec(text)
  const title = titleMatch ? (titleMatch[1] as string).trim().replace(/[,.]$/, '') : ''
  const container = titleMatch ? containerAfter(text.slice(titleMatch.index + titleMatch[0].length)) : ''
  const head = HEAD.exec(text)
  let authors: Person[] = []
  let year = ''
  let qualifications = ''
  let headText = ''
  if (head) {
    let name = (head[1] as string).trim().replace(/[,\s]+$/, '')
    year = head[2] as string
    let rest = text.slice(head[0].length)
    // "Radzius, Military.com Reporter, 2026": the name is the first piece; the rest describes them.
    const comma = name.indexOf(',')
    let before = ''
    if (comma >= 0) {
      before = name.slice(comma + 1).trim()
      name = name.slice(0, comma).trim()
    }
    headText = text.slice(0, head[0].length).trim()
    rest = rest.replace(/^[\s,;:.–—-]+/, '').replace(/^[([]/, '').replace(/[)\]]\s*$/, '')
    authors = namesFrom(name)
    // "Smith 19 (John Smith, …)" or "Cooper, 2026 (Zack, …": the first piece completes the name.
    const firstPiece = /^([^,;(]{1,60}?)(?=[,;]|\s+[-–—]\s)/.exec(rest)
    const only = authors.length === 1 ? (authors[0] as Person) : null
    if (firstPiece && only?.family && !only.given) {
      const words = (firstPiece[1] as string).trim().split(/\s+/)
      if (words.length <= 4 && words.every((w) => NAME_PART.test(w))) {
        const last = words[words.length - 1] as string
        // "Piattelli, 96—Dr. Massimo Piattelli-Palmarini": the piece is the whole name.
        const whole = last.startsWith(only.family) ? person(words.filter((w) => !HONORIFIC.test(w)).join(' ')) : null
        const given = words.filter((w) => !HONORIFIC.test(w))
        if (whole) {
          authors = [whole]
          rest = rest.slice((firstPiece[0] as string).length).replace(/^[\s,;:–—-]+/, '')
        } else if (given.length > 0 && !ORGANISATION.test(given.join(' '))) {
          authors = [{ given: given.join(' '), family: only.family }]
          rest = rest.slice((firstPiece[0] as string).length).replace(/^[\s,;:–—-]+/, '')
        }
      }
    }
    qualifications = qualificationsFrom([before, rest].filter(Boolean).join(', '))
  }
  const date = dateIn(year) || dateIn(head ? text.slice(head[0].length) : text) || (/^['’‘]?\d{4}$/.test(year) ? year.replace(/^['’‘]/, '') : '')
  return {
    head: headText,
    authors,
    year,
    qualifications,
    title,
    container,
    date,
    url,
    kind: /\sv\.?\s/.test(title) ? 'case' : container ? 'article' : url ? 'web' : 'article',
    complete: authors.length > 0 && year !== '' && title !== ''
  }
}

/**
 * Whether a paragraph plainly opens with a cite head even without Verbatim's Cite style: people's
 * names ("Kris W. Kobach et al. 24", "Guay, 10-19-2018"), a year of two or four digits or a date,
 * then a comma, bracket or dash. Stricter than the parser's head, which also reads organisations
 * and one-digit years: card text such as "In 2019, the…" or "Table 1, …" must not pass.
 */
export function opensWithCiteHead(line: string): boolean {
  const text = line.trim()
  const head = HEAD.exec(text)
  if (!head || !/^(?:['’‘]?\d{2}|\d{4}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})$/.test(head[2] as string)) return false
  if (!/^\s*(?:$|[,;:([]|[–—-]\s)/u.test(text.slice(head[0].length))) return false
  const name = ((head[1] as string).split(',')[0] ?? '').trim()
  const words = name.replace(/\s+et\s+al\.?$/i, '').split(/\s+/)
  if (name.length > 80 || NOT_A_NAME.test(words[0] as string)) return false
  const authors = namesFrom(name)
  return authors.length > 0 && authors.every((a) => a.family !== undefined)
}

/** Words that open card text, not a name: "In 2019, …", "Table 1, …", "Since 1945, …". */
const NOT_A_NAME = /^(a|an|the|in|on|at|as|by|of|for|from|since|after|before|during|until|by|to|with|and|but|so|when|while|between|around|about|over|under|through|this|that|these|those|our|their|its|his|her|figure|fig\.?|table|chart|chapter|section|sec\.?|article|art\.?|part|step|page|p\.?|pp\.?|vol\.?|no\.?|title|rule|amendment|class|year|years|circa|c\.|about|around|some|over|nearly|almost|only|just|top|phase|round|stage|level|tier|group|question|q|issue|number|note|footnote|appendix|exhibit|id\.?|ibid\.?)$/i

/** "Michael D. Moberly & Andrea G. Lisenbee", "Chipato and Chandler", "Neal Kumar Katyal et al.", "The White House". */
function namesFrom(name: string): Person[] {
  const cleaned = name.replace(/\s+et\s+al\.?$/i, '').trim()
  if (cleaned === '') return []
  const parts = cleaned.split(/\s+(?:&|and)\s+/)
  return parts.map((part) => person(part.trim())).filter((p): p is Person => p !== null)
}

function person(name: string): Person | null {
  if (name === '') return null
  const words = name.split(/\s+/)
  const allCaps = words.length > 1 && name === name.toUpperCase()
  if (ORGANISATION.test(name) || allCaps || !words.every((w) => NAME_PART.test(w) || SUFFIX.test(w) || /^(de|van|von|der|la|le|du|da|di)$/.test(w))) return { literal: name }
  let end = words.length
  while (end > 1 && SUFFIX.test((words[end - 1] as string).replace(/,$/, ''))) end--
  const family = (words[end - 1] as string).replace(/,$/, '')
  const given = words.slice(0, end - 1).join(' ').replace(/,$/, '')
  return given ? { given, family } : { family }
}

/** The qualifications: what describes the author, up to the title, URL or end; trimmed of separators. */
function qualificationsFrom(rest: string): string {
  let end = rest.length
  for (const stop of [/[“"]/, URL]) {
    const at = rest.search(stop)
    if (at >= 0 && at < end) end = at
  }
  return rest.slice(0, end).replace(/[\s,;:(–—-]+$/, '').trim().slice(0, 500)
}

/** The publication named right after the title: "…," Indiana Law Journal, vol. 84 → Indiana Law Journal. */
function containerAfter(after: string): string {
  const piece = /^[\s,.]*([^,;()[\]]{2,200}?)\s*(?=[,;()[\]]|$)/.exec(after)?.[1]?.trim() ?? ''
  if (!/^[\p{Lu}]/u.test(piece) || /^https?:/i.test(piece) || /\d/.test(piece) || /^(vol|no|pp?)\b/i.test(piece)) return ''
  return piece.replace(/[.]$/, '')
}

/** The first date the line gives with a full year, as ISO: 5/3/2019, 3-20-2018, April 9, 2020, 8 June 2019, Fall 2009. */
export function dateIn(text: string): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  const candidates: Array<{ at: number; iso: string }> = []
  const numeric = /(?<![\d/.-])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d/-])/.exec(text)
  if (numeric) {
    const [m, d, y] = [Number(numeric[1]), Number(numeric[2]), numeric[3] as string]
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) candidates.push({ at: numeric.index, iso: `${y}-${pad(m)}-${pad(d)}` })
  }
  const monthDay = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, 'i').exec(text)
  if (monthDay) candidates.push({ at: monthDay.index, iso: `${monthDay[3]}-${pad(monthIndex(monthDay[1] as string))}-${pad(Number(monthDay[2]))}` })
  const dayMonth = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, 'i').exec(text)
  if (dayMonth) candidates.push({ at: dayMonth.index, iso: `${dayMonth[3]}-${pad(monthIndex(dayMonth[2] as string))}-${pad(Number(dayMonth[1]))}` })
  const monthYear = new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, 'i').exec(text)
  if (monthYear) candidates.push({ at: monthYear.index, iso: `${monthYear[2]}-${pad(monthIndex(monthYear[1] as string))}` })
  const seasonYear = /\b(?:Spring|Summer|Fall|Autumn|Winter)\s+(\d{4})\b/i.exec(text)
  if (seasonYear) candidates.push({ at: seasonYear.index, iso: seasonYear[1] as string })
  candidates.sort((a, b) => a.at - b.at || b.iso.length - a.iso.length)
  return candidates[0]?.iso ?? ''
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '')
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1
}
