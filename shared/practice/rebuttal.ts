/**
 * The rebuttal drill: pick a claim of the other side for the user to answer, leaning toward
 * the ones they answer least well, and turn a typed answer into a response in the map.
 */
import { opposite, sidesOf } from '../analysis/sides'
import type { InputOf } from '../contract'
import type { Claim, Stance } from '../model/claim'
import type { SideLabels } from '../model/formats'
import type { PracticeRecord } from '../model/practice'
import type { Random } from './random'

export interface RebuttalTarget {
  claim: Claim
  /** Responses of the user's side directly beneath it. */
  answers: number
  /** The mean of its latest rebuttal-drill ratings (1–5); null when never drilled. */
  recentRating: number | null
  /** Relative chance of being picked. */
  weight: number
}

/** How many of a claim's latest drill ratings count: recent practice says more than old. */
export const RATINGS_CONSIDERED = 3

/** The user's side's direct answers to a claim: responses that attack it, in map order. */
export function answersTo(claims: readonly Claim[], claimId: string): Claim[] {
  return claims.filter((c) => c.parentId === claimId && c.stance === 'con').sort((a, b) => a.order - b.order)
}

/**
 * Every claim arguing against `userSide`, weighted: unanswered claims weigh most (3, then 2
 * with one answer, 1 with more), times a factor from past drills (never drilled 1.5, rated
 * 1 of 5: about 1.7, rated 5 of 5: 0.33). So a claim the user has no answer to and never
 * practised is about fourteen times as likely as one with two answers they rate 5.
 */
export function rebuttalTargets(claims: readonly Claim[], userSide: Stance, records: readonly PracticeRecord[]): RebuttalTarget[] {
  const sides = sidesOf(claims)
  const other = opposite(userSide)
  const ratings = recentRatings(records)
  return claims
    .filter((claim) => sides.get(claim.id) === other)
    .map((claim) => {
      const answers = answersTo(claims, claim.id).length
      const recentRating = ratings.get(claim.id) ?? null
      const answerWeight = answers === 0 ? 3 : answers === 1 ? 2 : 1
      const ratingWeight = recentRating === null ? 1.5 : (6 - recentRating) / 3
      return { claim, answers, recentRating, weight: answerWeight * ratingWeight }
    })
}

function recentRatings(records: readonly PracticeRecord[]): Map<string, number> {
  const byClaim = new Map<string, { at: number; rating: number }[]>()
  for (const record of records) {
    if (record.kind !== 'rebuttal' || record.claimId === null || record.rating === null) continue
    const list = byClaim.get(record.claimId) ?? []
    list.push({ at: Date.parse(record.startedAt), rating: record.rating })
    byClaim.set(record.claimId, list)
  }
  const means = new Map<string, number>()
  for (const [claimId, list] of byClaim) {
    const latest = list.sort((a, b) => b.at - a.at).slice(0, RATINGS_CONSIDERED)
    means.set(claimId, latest.reduce((sum, r) => sum + r.rating, 0) / latest.length)
  }
  return means
}

export type RebuttalPick = { ok: true; target: RebuttalTarget } | { ok: false; message: string }

export interface PickOptions {
  /** The motion's claims. */
  claims: readonly Claim[]
  /** The side the user argues; the claim picked argues the other. */
  userSide: Stance
  records: readonly PracticeRecord[]
  random: Random
  /** To name the sides in messages as the motion does (Aff/Neg, Prop/Opp). */
  sideLabels?: SideLabels
  /** A claim not to pick again straight away, unless it is the only one. */
  avoidClaimId?: string
}

/** Picks the claim to answer next, or says plainly why there is none. */
export function pickClaimToAnswer(options: PickOptions): RebuttalPick {
  const labels = options.sideLabels ?? { pro: 'pro', con: 'con' }
  const all = rebuttalTargets(options.claims, options.userSide, options.records)
  if (all.length === 0) {
    const other = labels[opposite(options.userSide)]
    return { ok: false, message: `This motion has no claims on the ${other} side to answer. Add some, or practise the other side.` }
  }
  const others = all.filter((t) => t.claim.id !== options.avoidClaimId)
  const targets = others.length > 0 ? others : all
  return { ok: true, target: weightedPick(targets, options.random) }
}

function weightedPick(targets: readonly RebuttalTarget[], random: Random): RebuttalTarget {
  const total = targets.reduce((sum, t) => sum + t.weight, 0)
  // Clamp, so a random source that returns 1 (or a little over) still lands on the last target.
  let point = Math.min(Math.max(random(), 0), 1) * total
  for (const target of targets) {
    point -= target.weight
    if (point < 0) return target
  }
  return targets[targets.length - 1]!
}

export type AnswerInput = { ok: true; input: InputOf<'claim.add'> } | { ok: false; message: string }

const TITLE_MAX = 300
const BODY_MAX = 20_000
const BULLET = /^\s*(?:[-*•‣◦]|\d{1,3}[.)])\s+/

/**
 * The user's typed answer as a new response attacking `claimId`: the first line (without a
 * list bullet) is the tag, the rest the body. A first line too long for a tag is shortened
 * for the tag and kept whole at the top of the body, so nothing typed is lost.
 */
export function answerToClaimInput(motionId: string, claimId: string, answer: string): AnswerInput {
  const lines = answer.replace(/\r\n?/g, '\n').split('\n')
  const first = lines.findIndex((line) => hasVisibleText(line))
  if (first < 0) return { ok: false, message: 'Type an answer before saving it to the map.' }
  const firstLine = lines[first]!.replace(BULLET, '').replace(/\p{Cc}+/gu, ' ').trim()
  const rest = trimBlankLines(lines.slice(first + 1)).join('\n')
  const fits = firstLine.length <= TITLE_MAX
  const title = fits ? firstLine : shorten(firstLine, TITLE_MAX)
  const body = fits ? rest : rest ? `${firstLine}\n${rest}` : firstLine
  if (body.length > BODY_MAX) {
    return { ok: false, message: `This answer is too long to save as one claim (at most ${BODY_MAX.toLocaleString('en')} characters).` }
  }
  return { ok: true, input: { motionId, parentId: claimId, stance: 'con', title, body } }
}

function hasVisibleText(line: string): boolean {
  return line.replace(BULLET, '').replace(/[\p{Cc}\p{Cf}\p{Z}]/gu, '').length > 0
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && !hasVisibleText(lines[start]!)) start++
  while (end > start && !hasVisibleText(lines[end - 1]!)) end--
  return lines.slice(start, end)
}

/** Cuts at the last space that leaves room for an ellipsis, or mid-word when there is none. */
function shorten(text: string, max: number): string {
  const room = text.slice(0, max - 1)
  const space = room.lastIndexOf(' ')
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}…`
}
