/**
 * What a Verbatim file adds to the library, previewed and done. Into a new motion: the file's
 * headings that hold tags (its blocks, or a hat or pocket with tags directly under it) become
 * contentions, each tag a claim under its heading with its card linked as evidence, and each
 * analytic a claim of its own with its note as the body. Into the card library: only the cards,
 * each with the Tag as its tag and the headings above it in its note, and the analytics in the
 * notes of the cards they stand with (analytics.ts). Pure.
 */
import type { ImportedClaim, ImportedMotion } from '../interchange/imported-motion'
import { finishImport, toMotionMap } from '../interchange/imported-motion'
import { importSummary, type ImportSummary } from '../interchange/import-summary'
import { withAdded, type Library } from '../model/library'
import type { Motion } from '../model/motion'
import type { Quote } from '../model/source'
import type { Change, OperationEnv } from '../operations/change'
import { analyticNote, analyticsByCard, analyticsLeftOut } from './analytics'
import { allCards, verbatimEvidence } from './evidence'
import type { VerbatimCard, VerbatimEntry, VerbatimFile } from './read'
import type { VerbatimCounts, VerbatimPreview, VerbatimTarget } from './summary'

const headingsNote = (path: readonly string[]): string => path.join(' > ')

export function previewVerbatim(library: Library, file: VerbatimFile, fileName: string, env: OperationEnv): VerbatimPreview {
  const evidence = verbatimEvidence(library, file, fileName, env, () => '')
  return {
    title: file.title,
    counts: file.counts,
    sources: evidence.sourceCount,
    unparsedCites: evidence.unparsedCites,
    warnings: [...file.warnings, ...evidence.warnings, ...evidence.skipped.map((s) => `${s.entry}: ${s.reason}`)]
  }
}

export interface VerbatimImportResult {
  motion: Motion | null
  counts: VerbatimCounts
  summary: ImportSummary
  /** The cards the file's tags became (new, or the library's own when it had them), once each in file order: where the page takes the user. */
  cards: Array<{ id: string; sourceId: string }>
}

const cardsOf = (quotes: ReadonlyArray<Quote | null>): VerbatimImportResult['cards'] =>
  [...new Set(quotes.filter((q): q is Quote => q !== null))].map((q) => ({ id: q.id, sourceId: q.sourceId }))

export function importVerbatim(library: Library, file: VerbatimFile, fileName: string, into: VerbatimTarget, env: OperationEnv): Change<VerbatimImportResult> {
  const analytics = into === 'cards' ? analyticsByCard(file) : new Map()
  const note = (card: VerbatimCard): string => (into === 'cards' ? [headingsNote(card.path), ...(analytics.get(card) ?? []).map(analyticNote)].filter(Boolean).join('\n') : '')
  const evidence = verbatimEvidence(library, file, fileName, env, note)
  const newQuotes = evidence.quotes.filter((q): q is Quote => q !== null && !library.quotes.includes(q))
  const quotes = [...new Set(newQuotes)]
  const cardIndex = new Map(allCards(file).map((card, i) => [card, i]))
  const leftOut = into === 'cards' ? analyticsLeftOut(file, analytics, (card) => evidence.quotes[cardIndex.get(card) ?? -1] ?? null) : []
  const evidenceCounts = { sources: evidence.sources.length, cards: quotes.length, alreadyHad: evidence.alreadyHad, skipped: [...evidence.skipped, ...leftOut] }
  const warnings = [...file.warnings, ...evidence.warnings]
  if (into === 'cards') {
    const summary = importSummary('verbatim', { title: file.title, description: '', claims: [], sources: [], warnings }, { motion: null, claims: [] }, evidenceCounts)
    return {
      library: withAdded(library, { sources: evidence.sources, quotes }),
      result: { motion: null, counts: file.counts, summary, cards: cardsOf(evidence.quotes) }
    }
  }
  const imported = finishImport(motionOf(file, warnings), 'Verbatim')
  const { motion, claims: mapped } = toMotionMap(imported, env)
  // Cards in file order, matched to the tag claims that carry them.
  const cardQueue = [...evidence.quotes]
  const claims = mapped.map((claim, index) => {
    const item = imported.claims[index] as ImportedClaim
    if (!item.key.startsWith('card:')) return claim
    const quote = cardQueue.shift()
    return quote ? { ...claim, evidence: [quote.id] } : claim
  })
  const summary = importSummary('verbatim', imported, { motion, claims }, evidenceCounts)
  return {
    library: withAdded(library, { motions: [motion], claims, sources: evidence.sources, quotes }),
    result: { motion, counts: file.counts, summary, cards: cardsOf(evidence.quotes) }
  }
}

/** The file as a motion: headings with tags as contentions, their tags as claims beneath. */
function motionOf(file: VerbatimFile, warnings: string[]): ImportedMotion {
  const claims: ImportedClaim[] = []
  let n = 0
  const addEntries = (entries: readonly VerbatimEntry[], parentKey: string | null) => {
    for (const entry of entries) {
      const key = `${entry.kind === 'card' ? 'card' : 'analytic'}:${n++}`
      claims.push({ key, parentKey, stance: 'pro', title: entry.tag, body: entry.note })
    }
  }
  addEntries(file.loose, null)
  file.headings.forEach((heading, index) => {
    if (heading.entries.length === 0) return
    const key = `heading:${index}`
    claims.push({ key, parentKey: null, stance: 'pro', title: heading.text, body: headingsNote(heading.path) })
    addEntries(heading.entries, key)
  })
  return { title: file.title, description: '', claims, sources: [], warnings }
}
