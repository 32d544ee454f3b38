/**
 * Authors as documents state them ("Jumper, John", "Daniel Kahn Gillmor", "BBC News") turned
 * into citation names. Names are split by Citation.js's name parser (particles such as "van"
 * and "de la" stay with the family name); institutions are kept whole, as a literal.
 */
import { parse as parseName } from '@citation-js/name'
import type { Person } from '../model/source'

const MAX_NAME = 300
const SUFFIX = /,?\s+(Jr\.?|Sr\.?|II|III|IV)$/u

/** Words that mark a name as an organisation rather than a person. */
const INSTITUTION_WORDS = new RegExp(
  '\\b(' +
    [
      'news', 'press', 'media', 'times', 'post', 'journal', 'magazine', 'review', 'gazette', 'herald', 'tribune',
      'university', 'college', 'school', 'institute', 'institution', 'academy', 'centre', 'center', 'library', 'museum',
      'association', 'foundation', 'society', 'council', 'committee', 'commission', 'board', 'department', 'agency',
      'office', 'ministry', 'government', 'court', 'bureau', 'service', 'organi[sz]ation', 'corporation', 'company',
      'inc', 'ltd', 'llc', 'plc', 'group', 'network', 'staff', 'editors?', 'editorial', 'team', 'union', 'party',
      'bank', 'federation', 'national', 'international', 'reuters', 'wikipedia', 'project', 'coalition', 'alliance'
    ].join('|') +
    ')\\b',
  'iu'
)

export interface NameOptions {
  /** The document says this is an organisation (JSON-LD "@type": "Organization"). */
  institution?: boolean
  /** Names the document gives for its site or publisher: an author by that name is the institution. */
  institutionNames?: readonly string[]
}

/** One name as a Person; undefined for an empty name or one that is a web address. */
export function personFromName(raw: string, options: NameOptions = {}): Person | undefined {
  const name = raw.replace(/\s+/gu, ' ').replace(/^by\s+/iu, '').trim().slice(0, MAX_NAME)
  if (!name || /^(https?:|www\.)/iu.test(name) || !/\p{L}/u.test(name)) return undefined
  if (options.institution || looksLikeInstitution(name, options.institutionNames ?? [])) return { literal: name }
  const suffix = SUFFIX.exec(name)
  const parsed = parseName(suffix ? name.slice(0, suffix.index) : name)
  const family = [parsed['non-dropping-particle'], parsed.family, suffix?.[1] ?? parsed.suffix].filter(Boolean).join(' ')
  const given = [parsed.given, parsed['dropping-particle']].filter(Boolean).join(' ')
  if (!family || !given) return { literal: name }
  return { given: given.slice(0, 200), family: family.slice(0, 200) }
}

/**
 * Names in one field ("Jane Doe and John Smith"; "Doe, Jane; Smith, John"). A part that does not
 * look like a person's name (an organisation called "Johnson & Johnson") is not split.
 */
export function peopleFromNames(value: string, options: NameOptions = {}): Person[] {
  const people: Person[] = []
  for (const part of value.split(/\s*;\s*/u)) {
    const names = part.split(/\s*,?\s+(?:and|&)\s+/iu)
    const split = names.length > 1 && names.every((name) => looksLikePersonName(name, options))
    for (const name of split ? names : [part]) {
      const person = personFromName(name, options)
      if (person) people.push(person)
    }
  }
  return people
}

function looksLikePersonName(name: string, options: NameOptions): boolean {
  const words = name.trim().split(/\s+/u)
  return words.length >= 2 && words.length <= 4 && !name.includes(',') && !looksLikeInstitution(name, options.institutionNames ?? [])
}

function looksLikeInstitution(name: string, institutionNames: readonly string[]): boolean {
  const folded = name.toLocaleLowerCase()
  if (institutionNames.some((other) => other.trim().toLocaleLowerCase() === folded)) return true
  if (/^\p{Lu}{2,}$/u.test(name) || name.includes('&')) return true
  if (name.split(' ').length > 5) return true
  return INSTITUTION_WORDS.test(name)
}
