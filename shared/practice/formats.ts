/**
 * Speech orders and times for the formats Casebook knows, as plain data (no zod, so the page
 * can import them). Times are in seconds. For a cross-examination, `side` is the side asking;
 * 'both' is a crossfire where either side may ask.
 */
import type { DebateFormat } from '../model/formats'
import type { SpeakerSide, Speech, TimingFormat } from '../model/practice'

const min = (minutes: number) => minutes * 60
const speech = (name: string, side: SpeakerSide, minutes: number): Speech => ({ name, side, kind: 'speech', seconds: min(minutes) })
const crossEx = (name: string, side: SpeakerSide, minutes: number): Speech => ({ name, side, kind: 'cross-ex', seconds: min(minutes) })

/**
 * Policy (CX), high-school times: constructives 8, cross-examinations 3, rebuttals 5
 * (NSDA event rules and its Campus tournaments' published limits). Prep: the NSDA manual's
 * floor is 5 minutes, but high-school tournaments, NSDA Campus included, commonly give
 * 8 minutes per team, which is what we use.
 */
const policy: TimingFormat = {
  id: 'policy',
  name: 'Policy',
  speeches: [
    speech('First Affirmative Constructive (1AC)', 'pro', 8),
    crossEx('Cross-examination of the 1AC', 'con', 3),
    speech('First Negative Constructive (1NC)', 'con', 8),
    crossEx('Cross-examination of the 1NC', 'pro', 3),
    speech('Second Affirmative Constructive (2AC)', 'pro', 8),
    crossEx('Cross-examination of the 2AC', 'con', 3),
    speech('Second Negative Constructive (2NC)', 'con', 8),
    crossEx('Cross-examination of the 2NC', 'pro', 3),
    speech('First Negative Rebuttal (1NR)', 'con', 5),
    speech('First Affirmative Rebuttal (1AR)', 'pro', 5),
    speech('Second Negative Rebuttal (2NR)', 'con', 5),
    speech('Second Affirmative Rebuttal (2AR)', 'pro', 5)
  ],
  prep: { mode: 'per-side', seconds: min(8) }
}

/** Lincoln-Douglas, NSDA: 6-3-7-3-4-6-3, with 4 minutes of prep each (NSDA's figure since 2006–07). */
const ld: TimingFormat = {
  id: 'ld',
  name: 'Lincoln-Douglas',
  speeches: [
    speech('Affirmative Constructive (AC)', 'pro', 6),
    crossEx('Cross-examination of the AC', 'con', 3),
    speech('Negative Constructive (NC)', 'con', 7),
    crossEx('Cross-examination of the NC', 'pro', 3),
    speech('First Affirmative Rebuttal (1AR)', 'pro', 4),
    speech('Negative Rebuttal (NR)', 'con', 6),
    speech('Second Affirmative Rebuttal (2AR)', 'pro', 3)
  ],
  prep: { mode: 'per-side', seconds: min(4) }
}

/**
 * Public Forum, NSDA's current times: constructives 4, crossfire 3, rebuttals 4, crossfire 3,
 * summaries 3, grand crossfire 3, final focus 2; 3 minutes of prep per team. A coin flip
 * decides who speaks first and on which side; "Team A" here speaks first, as Pro (coin-toss.ts seats the other three ways).
 */
const pf: TimingFormat = {
  id: 'pf',
  name: 'Public Forum',
  speeches: [
    speech('Team A Constructive', 'pro', 4),
    speech('Team B Constructive', 'con', 4),
    crossEx('Crossfire (first speakers)', 'both', 3),
    speech('Team A Rebuttal', 'pro', 4),
    speech('Team B Rebuttal', 'con', 4),
    crossEx('Crossfire (second speakers)', 'both', 3),
    speech('Team A Summary', 'pro', 3),
    speech('Team B Summary', 'con', 3),
    crossEx('Grand Crossfire', 'both', 3),
    speech('Team A Final Focus', 'pro', 2),
    speech('Team B Final Focus', 'con', 2)
  ],
  prep: { mode: 'per-side', seconds: min(3) }
}

/**
 * British Parliamentary (WUDC rules): eight speeches of 7 minutes, Opening and Closing
 * Government (pro) against Opening and Closing Opposition (con); 15 minutes of prep for all
 * teams together before the round, none during it.
 */
const bp: TimingFormat = {
  id: 'bp',
  name: 'British Parliamentary',
  speeches: [
    speech('Prime Minister (Opening Government)', 'pro', 7),
    speech('Leader of the Opposition (Opening Opposition)', 'con', 7),
    speech('Deputy Prime Minister (Opening Government)', 'pro', 7),
    speech('Deputy Leader of the Opposition (Opening Opposition)', 'con', 7),
    speech('Member of the Government (Closing Government)', 'pro', 7),
    speech('Member of the Opposition (Closing Opposition)', 'con', 7),
    speech('Government Whip (Closing Government)', 'pro', 7),
    speech('Opposition Whip (Closing Opposition)', 'con', 7)
  ],
  prep: { mode: 'before-round', seconds: min(15) }
}

/**
 * World Schools (WSDC rules): six substantive speeches of 8 minutes, then reply speeches of
 * 4 minutes, Opposition first. Impromptu motions get one hour of prep before the round
 * (prepared motions are prepared weeks ahead, so the hour is the one to practise).
 */
const wsdc: TimingFormat = {
  id: 'wsdc',
  name: 'World Schools',
  speeches: [
    speech('First Proposition', 'pro', 8),
    speech('First Opposition', 'con', 8),
    speech('Second Proposition', 'pro', 8),
    speech('Second Opposition', 'con', 8),
    speech('Third Proposition', 'pro', 8),
    speech('Third Opposition', 'con', 8),
    speech('Opposition Reply', 'con', 4),
    speech('Proposition Reply', 'pro', 4)
  ],
  prep: { mode: 'before-round', seconds: min(60) }
}

export type PresetFormat = Exclude<DebateFormat, 'other'>

export const PRESET_FORMATS: Readonly<Record<PresetFormat, TimingFormat>> = { policy, ld, pf, bp, wsdc }

/** The preset for a motion's format; null for 'other', where the user picks or makes one. */
export function presetFor(format: DebateFormat): TimingFormat | null {
  return format === 'other' ? null : PRESET_FORMATS[format]
}

/** The same round with the sides exchanged: for Public Forum when the Con team speaks first. */
export function swapSides(format: TimingFormat): TimingFormat {
  const swap = (side: SpeakerSide): SpeakerSide => (side === 'pro' ? 'con' : side === 'con' ? 'pro' : side)
  return { ...format, speeches: format.speeches.map((s) => ({ ...s, side: swap(s.side) })) }
}

/** Total speaking and questioning time of a round, without prep. */
export function roundSeconds(format: TimingFormat): number {
  return format.speeches.reduce((sum, s) => sum + s.seconds, 0)
}
