/**
 * Public Forum's coin toss. Before the round a coin is flipped; the team that wins chooses
 * either its side (Pro or Con) or when it speaks (first or second), and the other team chooses
 * the other. So any team may be on either side and speak first or second: four seatings.
 * The preset's speeches are written for Team A speaking first as Pro (formats.ts); a seating
 * renames and re-sides them.
 */
import type { TimingFormat } from '../model/practice'
import { swapSides } from './formats'
import { randomIndex, type Random } from './random'

export type PfTeam = 'A' | 'B'
export type PfSide = 'pro' | 'con'

/** Which team speaks first, and Team A's side (Team B has the other). */
export interface PfSeating {
  first: PfTeam
  teamASide: PfSide
}

/** The preset as written: Team A speaks first, as Pro. */
export const PRESET_SEATING: PfSeating = { first: 'A', teamASide: 'pro' }

const other = <T extends string>(value: T, a: T, b: T): T => (value === a ? b : a)

/** The team that wins the toss. */
export function tossCoin(random: Random): PfTeam {
  return randomIndex(random, 2) === 0 ? 'A' : 'B'
}

/** The side of a team in a seating. */
export function sideOf(seating: PfSeating, team: PfTeam): PfSide {
  return team === 'A' ? seating.teamASide : other(seating.teamASide, 'pro', 'con')
}

/**
 * The Public Forum round for a seating: the first speaker's speeches come first under its
 * team's name and side, the crossfires stay both sides'. Names other than "Team A"/"Team B"
 * and every time are kept.
 */
export function seatPublicForum(format: TimingFormat, seating: PfSeating): TimingFormat {
  const sided = sideOf(seating, seating.first) === 'pro' ? format : swapSides(format)
  if (seating.first === 'A') return sided
  const renamed = (name: string) => name.replace(/\bTeam ([AB])\b/g, (_, team: PfTeam) => `Team ${other(team, 'A', 'B')}`)
  return { ...sided, speeches: sided.speeches.map((s) => ({ ...s, name: renamed(s.name) })) }
}
