/**
 * A brief as plain data: what every renderer (Markdown, HTML, DOCX, and PDF through the HTML)
 * prints, so they cannot disagree about content. Assembled from a motion's map:
 *
 * - one section per side asked for; its contentions are the side's top-level claims, each with
 *   the claims of the same side that support it nested beneath, down to the depth asked for;
 * - its blocks: for every claim of the other side that our side answers (attacks), that claim's
 *   tag with our answers beneath it, each with its own supports nested; and every attack of the
 *   other side on one of our claims that we have not answered yet, marked unanswered;
 * - the cards linked to each claim: tag, cite line, text cut into marked runs;
 * - the bibliography of every source a card in the brief cites.
 *
 * Depth counts levels of the map from the motion (1: contentions only), wherever a claim is
 * printed, so a block answering a level-2 claim needs depth 3. Order is the map's order.
 */
import { formatBibliography } from '../citations/format'
import { legalCitation } from '../citations/legal'
import { endWithStop } from '../citations/text'
import { sidesOf } from '../analysis/sides'
import { ApiError } from '../errors'
import type { Claim, Stance } from '../model/claim'
import type { Library } from '../model/library'
import { FORMAT_NAMES } from '../model/motion'
import type { Quote, Source } from '../model/source'
import { bundledSources } from '../operations/sources'
import { citeSegments, LEGAL_KINDS, type CiteSegment } from './cite'
import type { BriefOptions, BriefSide } from './options'
import { markedRuns, type TextRun } from './runs'

export type { CiteSegment } from './cite'
export type { TextRun } from './runs'

export interface BriefCard {
  id: string
  /** The card's own tag; '' when it has none (the renderers then print none). */
  tag: string
  cite: CiteSegment[]
  /** The card text in marked runs, or null when the brief leaves card text out. */
  text: TextRun[] | null
  /** The text was changed from its source (an ellipsis, a bracketed word): printed as such. */
  altered: boolean
  /** The card restates its source in other words rather than quoting it: printed as such. */
  paraphrase: boolean
  note: string | null
}

export interface BriefClaim {
  id: string
  tag: string
  /** The warrant, as typed ('' when there is none). */
  body: string
  notes: string | null
  /** 1 for a contention or a block's answer, 2 for the claims supporting it, and so on. */
  level: number
  cards: BriefCard[]
  children: BriefClaim[]
}

export interface BriefBlock {
  /** The other side's claim being answered. */
  answering: { id: string; tag: string }
  answers: BriefClaim[]
  /** An attack on our case we have no answer to yet: listed so the brief shows what is still to do. */
  unanswered: boolean
}

export interface BriefSection {
  side: Stance
  /** The format's name for the side ("Aff", "Prop", ...). */
  label: string
  heading: string
  contentions: BriefClaim[]
  /** Null when the brief leaves blocks out. */
  blocks: BriefBlock[] | null
}

export interface BriefBibliography {
  heading: string
  /** Entries in the chosen CSL style, in its order. */
  entries: string[]
  /** Constitutions, cases and statutes in legal form, alphabetically. */
  legal: string[]
}

export interface BriefDocument {
  title: { motion: string; format: string; side: BriefSide; sideLabel: string; author: string; date: string }
  options: BriefOptions
  sections: BriefSection[]
  bibliography: BriefBibliography
}

/** Words the renderers print around the user's text, kept here so every format says the same. */
export const BRIEF_WORDS = {
  contention: (index: number) => `Contention ${index + 1}`,
  blocks: 'Blocks',
  answering: 'AT: ',
  unanswered: ' (unanswered)',
  altered: 'Altered: this card’s text differs from its source',
  paraphrase: 'Paraphrase: the source’s point in other words, not a quotation',
  notes: 'Notes',
  legal: 'Constitutions, cases and statutes',
  author: 'Prepared by'
} as const

const BIBLIOGRAPHY_HEADINGS: Record<BriefOptions['style'], string> = { apa: 'References', mla: 'Works Cited', chicago: 'References' }

function note(text: string, include: boolean): string | null {
  return include && text.trim() !== '' ? text : null
}

/** Assembles the brief. Throws ApiError 'not_found' when the motion is not in the library. */
export function assembleBrief(library: Library, options: BriefOptions): BriefDocument {
  const motion = library.motions.find((m) => m.id === options.motionId)
  if (!motion) throw new ApiError('not_found', `No motion with id "${options.motionId}"`, 'motionId')

  const claims = library.claims.filter((c) => c.motionId === motion.id)
  const sides = sidesOf(claims)
  const kids = new Map<string | null, Claim[]>()
  for (const claim of claims) {
    const list = kids.get(claim.parentId)
    if (list) list.push(claim)
    else kids.set(claim.parentId, [claim])
  }
  for (const list of kids.values()) list.sort((a, b) => a.order - b.order)
  const childrenOf = (id: string | null) => kids.get(id) ?? []
  const within = (mapDepth: number) => options.depth === null || mapDepth <= options.depth

  const quotes = new Map(library.quotes.map((q) => [q.id, q]))
  const sources = new Map<string, Source>([...bundledSources(), ...library.sources].map((s) => [s.id, s]))
  const cited = new Map<string, Source>()

  const card = (quote: Quote): BriefCard => {
    const source = sources.get(quote.sourceId)
    // A card its file gave no cite (cite '') names no source: the one it is filed under is only a folder.
    if (source && quote.cite !== '') cited.set(source.id, source)
    return {
      id: quote.id,
      tag: quote.tag,
      cite: citeSegments(source, quote),
      text: options.includeCards ? markedRuns(quote.text, quote.highlights) : null,
      altered: quote.alteration,
      paraphrase: quote.paraphrase === true,
      note: note(quote.note, options.includeNotes)
    }
  }

  // A claim and the claims of its own side that support it, down to the depth.
  const build = (claim: Claim, mapDepth: number, level: number, side: Stance): BriefClaim => ({
    id: claim.id,
    tag: claim.title,
    body: claim.body,
    notes: note(claim.notes, options.includeNotes),
    level,
    cards: claim.evidence.flatMap((id) => {
      const quote = quotes.get(id)
      return quote ? [card(quote)] : []
    }),
    children: within(mapDepth + 1)
      ? childrenOf(claim.id)
          .filter((child) => sides.get(child.id) === side)
          .map((child) => build(child, mapDepth + 1, level + 1, side))
      : []
  })

  const blocksFor = (side: Stance): BriefBlock[] => {
    const blocks: BriefBlock[] = []
    // Pre-order walk without recursion, so blocks come in the map's reading order.
    const stack: Array<{ claim: Claim; depth: number }> = childrenOf(null).map((claim) => ({ claim, depth: 1 })).reverse()
    while (stack.length > 0) {
      const { claim, depth } = stack.pop() as { claim: Claim; depth: number }
      if (!within(depth + 1)) continue
      const children = childrenOf(claim.id)
      if (sides.get(claim.id) !== side) {
        const answers = children.filter((child) => sides.get(child.id) === side)
        const attacksUs = claim.parentId !== null && sides.get(claim.parentId) === side
        if (answers.length > 0 || attacksUs) {
          blocks.push({ answering: { id: claim.id, tag: claim.title }, answers: answers.map((a) => build(a, depth + 1, 1, side)), unanswered: answers.length === 0 })
        }
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push({ claim: children[i] as Claim, depth: depth + 1 })
    }
    return blocks
  }

  const wanted: Stance[] = options.side === 'both' ? ['pro', 'con'] : [options.side]
  const sections = wanted.map((side): BriefSection => {
    const label = motion.sideLabels[side]
    return {
      side,
      label,
      heading: `${label}: ${side === 'pro' ? 'for' : 'against'} the motion`,
      contentions: childrenOf(null)
        .filter((claim) => claim.stance === side)
        .map((claim) => build(claim, 1, 1, side)),
      blocks: options.includeBlocks ? blocksFor(side) : null
    }
  })

  return {
    title: {
      motion: motion.title,
      format: FORMAT_NAMES[motion.format],
      side: options.side,
      sideLabel: wanted.map((side) => motion.sideLabels[side]).join(' and '),
      author: options.author,
      date: options.date
    },
    options,
    sections,
    bibliography: bibliography([...cited.values()], options.style)
  }
}

/**
 * Citeproc takes some milliseconds a source, so a live preview that reassembles on every change
 * would wait on it each time: the last few lists are kept, keyed by their sources' citation fields.
 */
const recentLists = new Map<string, string[]>()

function styledEntries(sources: Source[], style: BriefOptions['style']): string[] {
  const key = JSON.stringify([style, sources.map(({ origin: _o, createdAt: _c, updatedAt: _u, units: _units, ...fields }) => fields)])
  const known = recentLists.get(key)
  if (known) return [...known]
  const entries = formatBibliography(sources, style)
  if (recentLists.size >= 8) recentLists.delete(recentLists.keys().next().value as string)
  recentLists.set(key, entries)
  return [...entries]
}

function bibliography(sources: Source[], style: BriefOptions['style']): BriefBibliography {
  const legal = sources.filter((s) => LEGAL_KINDS.has(s.kind))
  const other = sources.filter((s) => !LEGAL_KINDS.has(s.kind))
  return {
    heading: BIBLIOGRAPHY_HEADINGS[style],
    entries: styledEntries(other, style),
    legal: [...new Set(legal.map((s) => endWithStop(legalCitation(s) ?? s.title)))].sort((a, b) => a.localeCompare(b))
  }
}

/** What a renderer does with each part of a side's section; `writeSection` calls them in order. */
export interface SectionWriter {
  heading(level: 1 | 2 | 3, text: string): void
  claim(claim: BriefClaim, headingLevel: number, title: string): void
  /** Around each block, for renderers that group it (HTML's <section>). */
  block?(write: () => void): void
}

/** A side's section in the order every format prints it: its heading, the numbered contentions, then the blocks. */
export function writeSection(section: BriefSection, writer: SectionWriter): void {
  writer.heading(1, section.heading)
  section.contentions.forEach((c, index) => writer.claim(c, 2, `${BRIEF_WORDS.contention(index)}: ${c.tag}`))
  if (!section.blocks || section.blocks.length === 0) return
  writer.heading(2, BRIEF_WORDS.blocks)
  for (const block of section.blocks) {
    const write = () => {
      writer.heading(3, `${BRIEF_WORDS.answering}${block.answering.tag}${block.unanswered ? BRIEF_WORDS.unanswered : ''}`)
      for (const answer of block.answers) writer.claim(answer, 4, answer.tag)
    }
    if (writer.block) writer.block(write)
    else write()
  }
}

/** Every card in the brief, in reading order: for tests and previews. */
export function briefCards(document: BriefDocument): BriefCard[] {
  const out: BriefCard[] = []
  const walk = (claim: BriefClaim) => {
    out.push(...claim.cards)
    claim.children.forEach(walk)
  }
  for (const section of document.sections) {
    section.contentions.forEach(walk)
    for (const block of section.blocks ?? []) block.answers.forEach(walk)
  }
  return out
}
