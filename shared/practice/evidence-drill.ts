/**
 * Evidence flashcards from the user's own cards: given a quote, name its source and pinpoint;
 * given a claim, pick the card that backs it. Multiple choice, with the wrong options drawn
 * from the user's other cards through an injected random source, so a test can fix them.
 */
import { debateCite } from '../brief/cite'
import type { Claim } from '../model/claim'
import type { PracticeRecord } from '../model/practice'
import type { Quote, Source } from '../model/source'
import { randomIndex, shuffle, type Random } from './random'

export interface SourceOption {
  /** The id of a card that cites this source and pinpoint. */
  id: string
  sourceId: string
  sourceTitle: string
  pinpoint: string
  /** How a debater cites it: "Patman 25, p. 4" (shared/brief/cite.ts). */
  cite: string
}

export interface CardOption {
  /** The card's (quote's) id. */
  id: string
  text: string
  tag: string
}

export interface ChoiceQuestion<O extends { id: string }> {
  /** The quote asked about, or the claim whose card to find. */
  subjectId: string
  /** What to show: the quote's text, or the claim's tag. */
  prompt: string
  options: O[]
  answerId: string
}

export type SourceQuestion = ChoiceQuestion<SourceOption> & { kind: 'name-the-source' }
export type CardQuestion = ChoiceQuestion<CardOption> & { kind: 'card-for-claim' }
export type QuestionResult<Q> = { ok: true; question: Q } | { ok: false; message: string }

export const DEFAULT_CHOICES = 4

/** Pinpoints that differ only in spacing, case or punctuation ("art. IV, § 3" / "Art IV §3") are the same. */
export function normalisePinpoint(pinpoint: string): string {
  return pinpoint.toLowerCase().replace(/[^\p{L}\p{N}§¶]/gu, '')
}

/** Checks a typed pinpoint against the card's. */
export function pinpointMatches(typed: string, expected: string): boolean {
  const want = normalisePinpoint(expected)
  return want.length > 0 && normalisePinpoint(typed) === want
}

/**
 * "Where is this quote from?": the quote's own source and pinpoint among `choices` options.
 * Wrong options come from cards of other sources first, then other pinpoints of the same
 * source, then sources with no cards yet.
 */
export function sourceQuestion(
  quote: Quote,
  quotes: readonly Quote[],
  sources: readonly Source[],
  random: Random,
  choices = DEFAULT_CHOICES
): QuestionResult<SourceQuestion> {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const titles = new Map(sources.map((s) => [s.id, s.title]))
  const option = (id: string, source: Source, pinpoint: string): SourceOption => ({
    id,
    sourceId: source.id,
    sourceTitle: source.title,
    pinpoint,
    cite: debateCite(source, pinpoint)
  })
  const sourceTitle = titles.get(quote.sourceId)
  if (sourceTitle === undefined) return { ok: false, message: 'This card’s source is missing, so it cannot be drilled.' }
  const keyOf = (sourceId: string, pinpoint: string) => `${sourceId}\u0000${normalisePinpoint(pinpoint)}`
  const answer = option(quote.id, byId.get(quote.sourceId)!, quote.pinpoint)
  const seen = new Set([keyOf(quote.sourceId, quote.pinpoint)])
  const fromCards = (q: Quote): SourceOption => option(q.id, byId.get(q.sourceId)!, q.pinpoint)
  const usable = quotes.filter((q) => q.id !== quote.id && titles.has(q.sourceId))
  const usedSources = new Set(quotes.map((q) => q.sourceId))
  const candidates = [
    ...shuffle(usable.filter((q) => q.sourceId !== quote.sourceId), random).map(fromCards),
    ...shuffle(usable.filter((q) => q.sourceId === quote.sourceId), random).map(fromCards),
    ...shuffle(
      sources.filter((s) => !usedSources.has(s.id)),
      random
    ).map((s) => option(`source-${s.id}`, s, ''))
  ]
  const wrong: SourceOption[] = []
  for (const option of candidates) {
    if (wrong.length >= choices - 1) break
    const key = keyOf(option.sourceId, option.pinpoint)
    if (seen.has(key)) continue
    seen.add(key)
    wrong.push(option)
  }
  if (wrong.length === 0) {
    return { ok: false, message: 'This drill needs cards from at least two sources, or two pinpoints in one.' }
  }
  const options = shuffle([answer, ...wrong], random)
  return { ok: true, question: { kind: 'name-the-source', subjectId: quote.id, prompt: quote.text, options, answerId: answer.id } }
}

/**
 * "Which card backs this claim?": one of the claim's cards among cards that back nothing in
 * it, so exactly one option is right.
 */
export function cardQuestion(claim: Claim, quotes: readonly Quote[], random: Random, choices = DEFAULT_CHOICES): QuestionResult<CardQuestion> {
  const evidence = new Set(claim.evidence)
  const own = quotes.filter((q) => evidence.has(q.id))
  if (own.length === 0) return { ok: false, message: `“${claim.title}” has no evidence cards to drill.` }
  const answerQuote = own[randomIndex(random, own.length)]!
  const seenText = new Set([answerQuote.text.trim()])
  const wrong: Quote[] = []
  for (const q of shuffle(quotes.filter((q) => !evidence.has(q.id)), random)) {
    if (wrong.length >= choices - 1) break
    // Two cards with the same words cannot be told apart, and one might as well be right.
    if (seenText.has(q.text.trim())) continue
    seenText.add(q.text.trim())
    wrong.push(q)
  }
  if (wrong.length === 0) return { ok: false, message: 'This drill needs at least one other card that does not back this claim.' }
  const toOption = (q: Quote): CardOption => ({ id: q.id, text: q.text, tag: q.tag })
  const options = shuffle([answerQuote, ...wrong].map(toOption), random)
  return { ok: true, question: { kind: 'card-for-claim', subjectId: claim.id, prompt: claim.title, options, answerId: answerQuote.id } }
}

/** Whether the chosen option is right, and which one was. */
export function checkChoice<O extends { id: string }>(question: ChoiceQuestion<O>, chosenId: string): { correct: boolean; answerId: string } {
  return { correct: chosenId === question.answerId, answerId: question.answerId }
}

export interface EvidenceSessionProgress {
  startedAt: number
  /** Cards the session set out to review. */
  planned: number
  /** Cards answered so far, and how many of them right. */
  asked: number
  correct: number
  /** False when the user left before the last card. */
  finished: boolean
}

/**
 * The history entry of an evidence drill, finished or not: a drill left part-way has already
 * changed the schedule of the cards answered, so it is recorded too, marked "stopped after
 * 3 of 10 cards". Null when no card was answered (nothing happened to record).
 */
export function evidenceSessionRecord(progress: EvidenceSessionProgress, now: number): Omit<PracticeRecord, 'id'> | null {
  if (progress.asked <= 0) return null
  return {
    kind: 'evidence',
    motionId: null,
    drillId: null,
    claimId: null,
    startedAt: new Date(progress.startedAt).toISOString(),
    durationSeconds: Math.min(86_400, Math.max(0, Math.round((now - progress.startedAt) / 1000))),
    rating: null,
    notes: !progress.finished ? `Stopped after ${progress.asked} of ${progress.planned} cards` : '',
    answers: [],
    score: { correct: Math.min(progress.correct, progress.asked), total: progress.asked }
  }
}
