import { CSL_LOCALE, CSL_TEMPLATES, plugins, type CitationStyle } from './engine'
import { toCsl, type CitableSource, type CslItem } from './csl'
import { constitutionPinpoint, legalCitation } from './legal'
import { endWithStop, oneLine, singleSpaced } from './text'

export { CITATION_STYLES, type CitationStyle } from './engine'

/** A pinpoint as a CSL locator, when its form says which kind it is. */
interface Locator {
  locator: string
  label: string
}

/** Each label's abbreviations, then "." and/or spaces, then the number. */
const LABELLED: Array<[RegExp, string]> = [
  [/^(?:pp?|pgs?|pages?)(?:\.\s*|\s+)(.+)$/i, 'page'],
  [/^(?:paras?|paragraphs?)(?:\.\s*|\s+)(.+)$/i, 'paragraph'],
  [/^¶¶?\s*(.+)$/, 'paragraph'],
  [/^(?:secs?|sections?)(?:\.\s*|\s+)(.+)$/i, 'section'],
  [/^§§?\s*(.+)$/, 'section'],
  [/^(?:ch|chap|chapters?)(?:\.\s*|\s+)(.+)$/i, 'chapter'],
  [/^(?:ll?|lines?)(?:\.\s*|\s+)(.+)$/i, 'line']
]

/**
 * Reads a pinpoint as a CSL locator: "726", "p. 4", "pp. 4-5", "para. 12", "§ 3". Anything
 * else ("Art. IV, § 3, cl. 1", "12:30") is not a locator a style knows how to label.
 */
export function pinpointLocator(pinpoint: string): Locator | null {
  // "74 U.S. at 726", "at 726": a page of a reported case.
  const text = singleSpaced(pinpoint).replace(/^(?:\d+\s+.+?\s+)?at\s+(?=\d)/, '')
  if (!text) return null
  if (/^\d+(?:\s*[-–]\s*\d+)?$/.test(text)) return { locator: text, label: 'page' }
  for (const [pattern, label] of LABELLED) {
    const match = pattern.exec(text)
    if (match && /\d/.test(match[1])) return { locator: match[1].trim(), label }
  }
  return null
}

/** Citeproc's plain text, without the line break that ends each bibliography entry. */
function plain(text: string): string {
  return text.trimEnd()
}

function itemsWithIds(sources: readonly CitableSource[]): CslItem[] {
  // Ids must be unique within one call; the order of the input is the tie-break for equal sort keys.
  return sources.map((source, index) => ({ ...toCsl(source), id: `s${index}` }))
}

/**
 * The reference list entries for the sources, as plain text (no markup), one per source, in
 * the style's order (by author, or the title that stands for one, then date). One exception:
 * APA lists no personal communications (letters, interviews with no outlet), which it cites
 * in the text only, so its list can be shorter than the sources.
 */
export function formatBibliography(sources: readonly CitableSource[], style: CitationStyle): string[] {
  if (sources.length === 0) return []
  const items = itemsWithIds(sources)
  // The engine itself rather than Citation.js's "bibliography" output, which would add an
  // HTML attribute to any entry that happens to begin with "<".
  const engine = plugins.config
    .get('@csl')
    .engine(items as unknown as Array<Record<string, unknown>>, CSL_TEMPLATES[style], CSL_LOCALE, 'text')
  engine.updateItems(items.map((item) => item.id))
  const bibliography = engine.makeBibliography()
  return bibliography ? bibliography[1].map(plain) : []
}

/**
 * The in-text citation for one source, with its pinpoint, as plain text: "(Texas v. White,
 * 1869, p. 726)". A pinpoint that is not a page, paragraph, section, chapter or line is put
 * after the citation as written.
 */
export function formatCitation(source: CitableSource, style: CitationStyle, pinpoint = ''): string {
  const item = { ...toCsl(source), id: 'cited' }
  // A constitution's unit label is never a page: it reads as in legal citations, "art. IV, § 3, cl. 1".
  const locator = source.kind === 'constitution' ? null : pinpointLocator(pinpoint)
  const free = source.kind === 'constitution' ? constitutionPinpoint(pinpoint) : oneLine(pinpoint)
  const cite = locator ? { id: item.id, ...locator } : free ? { id: item.id, suffix: `, ${free}` } : { id: item.id }
  const text = plugins.output.format('citation', [item as unknown as Record<string, unknown>], {
    format: 'text',
    template: CSL_TEMPLATES[style],
    lang: CSL_LOCALE,
    entry: [cite]
  })
  return plain(text)
}

export interface SourceCitation {
  /** The reference list entry (for a legal source, its entry in a table of authorities). */
  bibliography: string
  /** The citation in running text, with the pinpoint. */
  inText: string
  /** The legal form with the pinpoint, for constitutions, cases and statutes; null otherwise. */
  legal: string | null
}

/**
 * How to cite a source in a style. Constitutions, cases and statutes are cited in legal form
 * whatever the style, as APA and Chicago direct (CSL styles have no such types and garble
 * them: MLA would set "U.S., vol. 74" as if the reporter were a journal); anything else by the style.
 */
export function citeSource(source: CitableSource, style: CitationStyle, pinpoint = ''): SourceCitation {
  const legal = legalCitation(source, pinpoint)
  if (legal !== null) return { bibliography: endWithStop(legalCitation(source) ?? ''), inText: `(${legal})`, legal }
  return { bibliography: formatBibliography([source], style)[0] ?? '', inText: formatCitation(source, style, pinpoint), legal: null }
}
