/**
 * A speech and prep timer as a pure state machine over timestamps. Nothing here ticks: the
 * page reads the time left from `now` whenever it draws, so a window that sat in the
 * background (timers throttled or frozen) still shows the right time when it wakes.
 * `now` is any millisecond clock that only moves forward (performance.now() or Date.now()).
 */
import type { Speech, TimingFormat } from '../model/practice'

/** A prep bank: each side's own (per-side formats) or the one before the round. */
export type PrepBank = 'pro' | 'con' | 'shared'

/** One countdown: how long it may run, how much of that was used before the latest start. */
export interface Countdown {
  budgetMs: number
  usedMs: number
  /** When it was last started; null while stopped. */
  runningSince: number | null
}

export interface TimerState {
  speeches: readonly Speech[]
  speechIndex: number
  speech: Countdown
  prep: Partial<Record<PrepBank, Countdown>>
  /** The clock that was running when the user paused, so resume knows what to restart. */
  paused: 'speech' | PrepBank | null
}

export interface CountdownReading {
  remainingMs: number
  running: boolean
  /** Past its time: remainingMs is negative by this much. */
  overrun: boolean
}

export interface TimerReading {
  speech: Speech
  speechIndex: number
  isLastSpeech: boolean
  current: CountdownReading
  prep: Partial<Record<PrepBank, CountdownReading>>
  /** Which clock is counting down now, if any. */
  running: 'speech' | PrepBank | null
}

const stopped = (budgetMs: number): Countdown => ({ budgetMs, usedMs: 0, runningSince: null })

/** Banks a format's prep comes in: one per side, or one shared before the round. */
export function prepBanksOf(format: TimingFormat): PrepBank[] {
  return format.prep.mode === 'per-side' ? ['pro', 'con'] : ['shared']
}

export function createTimer(format: TimingFormat): TimerState {
  if (format.speeches.length === 0) throw new Error('A format needs at least one speech')
  const prep: Partial<Record<PrepBank, Countdown>> = {}
  for (const bank of prepBanksOf(format)) prep[bank] = stopped(format.prep.seconds * 1000)
  return { speeches: format.speeches, speechIndex: 0, speech: stopped(format.speeches[0]!.seconds * 1000), prep, paused: null }
}

/** Time used so far; a clock that seems to run backwards (the system clock was set back) counts as no time. */
function usedAt(countdown: Countdown, now: number): number {
  return countdown.usedMs + (countdown.runningSince === null ? 0 : Math.max(0, now - countdown.runningSince))
}

export function readCountdown(countdown: Countdown, now: number): CountdownReading {
  const remainingMs = countdown.budgetMs - usedAt(countdown, now)
  return { remainingMs, running: countdown.runningSince !== null, overrun: remainingMs < 0 }
}

function run(countdown: Countdown, now: number): Countdown {
  return countdown.runningSince === null ? { ...countdown, runningSince: now } : countdown
}

function halt(countdown: Countdown, now: number): Countdown {
  return countdown.runningSince === null ? countdown : { ...countdown, usedMs: usedAt(countdown, now), runningSince: null }
}

/** Which clock runs now, if any: the speech or one prep bank (never two at once). */
export function runningClock(state: TimerState): 'speech' | PrepBank | null {
  if (state.speech.runningSince !== null) return 'speech'
  for (const [bank, countdown] of Object.entries(state.prep) as [PrepBank, Countdown][]) {
    if (countdown.runningSince !== null) return bank
  }
  return null
}

function haltAll(state: TimerState, now: number): TimerState {
  const prep: Partial<Record<PrepBank, Countdown>> = {}
  for (const [bank, countdown] of Object.entries(state.prep) as [PrepBank, Countdown][]) prep[bank] = halt(countdown, now)
  return { ...state, speech: halt(state.speech, now), prep }
}

/** Starts (or continues) the current speech; any running prep stops, as the speaker stands up. */
export function start(state: TimerState, now: number): TimerState {
  const halted = haltAll(state, now)
  return { ...halted, speech: run(halted.speech, now), paused: null }
}

/** Stops whichever clock runs, remembering it for `resume`. Pausing a stopped timer changes nothing. */
export function pause(state: TimerState, now: number): TimerState {
  const running = runningClock(state)
  if (running === null) return state
  return { ...haltAll(state, now), paused: running }
}

/** Restarts the clock that was paused; with nothing paused, starts the speech. */
export function resume(state: TimerState, now: number): TimerState {
  if (state.paused === null || state.paused === 'speech') return start(state, now)
  return startPrep(state, state.paused, now)
}

/** The current speech back to its full time, stopped. Prep already used stays used. */
export function reset(state: TimerState, now: number): TimerState {
  const halted = haltAll(state, now)
  return { ...halted, speech: stopped(state.speeches[state.speechIndex]!.seconds * 1000), paused: null }
}

/** Goes to a speech of the round (clamped to the round), stopped at its full time. */
export function goToSpeech(state: TimerState, index: number, now: number): TimerState {
  const speechIndex = Math.min(Math.max(0, Math.trunc(index)), state.speeches.length - 1)
  return reset({ ...state, speechIndex }, now)
}

/** The next speech, stopped at its full time; at the last speech nothing changes. */
export function nextSpeech(state: TimerState, now: number): TimerState {
  if (state.speechIndex >= state.speeches.length - 1) return state
  return goToSpeech(state, state.speechIndex + 1, now)
}

export function previousSpeech(state: TimerState, now: number): TimerState {
  if (state.speechIndex === 0) return state
  return goToSpeech(state, state.speechIndex - 1, now)
}

/**
 * Starts a prep bank (the current speech's clock stops). For a shared bank any side may be
 * given: it maps to 'shared'. A bank the format does not have throws.
 */
export function startPrep(state: TimerState, bank: PrepBank, now: number): TimerState {
  const key: PrepBank = state.prep[bank] ? bank : state.prep.shared ? 'shared' : bank
  const countdown = state.prep[key]
  if (!countdown) throw new Error(`This format has no ${bank} prep time`)
  const halted = haltAll(state, now)
  return { ...halted, prep: { ...halted.prep, [key]: run(halted.prep[key]!, now) }, paused: null }
}

/** Stops any prep that runs; the speech clock is left as it is. */
export function stopPrep(state: TimerState, now: number): TimerState {
  const running = runningClock(state)
  if (running === null || running === 'speech') return state
  return { ...state, prep: { ...state.prep, [running]: halt(state.prep[running]!, now) }, paused: null }
}

/** Everything the display needs, as of `now`. */
export function readTimer(state: TimerState, now: number): TimerReading {
  const prep: Partial<Record<PrepBank, CountdownReading>> = {}
  for (const [bank, countdown] of Object.entries(state.prep) as [PrepBank, Countdown][]) prep[bank] = readCountdown(countdown, now)
  return {
    speech: state.speeches[state.speechIndex]!,
    speechIndex: state.speechIndex,
    isLastSpeech: state.speechIndex === state.speeches.length - 1,
    current: readCountdown(state.speech, now),
    prep,
    running: runningClock(state)
  }
}

// ---- Cues ----------------------------------------------------------------------------------

export type Cue = 'one-minute' | 'thirty-seconds' | 'time-up'

/** Thresholds from the latest to the earliest, so the first crossed is the most urgent. */
const CUES: readonly [Cue, number][] = [
  ['time-up', 0],
  ['thirty-seconds', 30_000],
  ['one-minute', 60_000]
]

/**
 * The cue to give when the time left went from `previousMs` to `currentMs` (two readings of
 * the same clock). A cue fires when its threshold is crossed going down. When several were
 * crossed at once (a background window woke late), only the most urgent fires: a stale
 * "one minute" after the time is already up would mislead. Time going up (reset) fires nothing.
 */
export function cueBetween(previousMs: number, currentMs: number): Cue | null {
  for (const [cue, threshold] of CUES) {
    if (previousMs > threshold && currentMs <= threshold) return cue
  }
  return null
}

/** Shows a time as m:ss, with a minus sign once it runs over ("-0:05"). Whole seconds, rounded toward the overrun. */
export function formatClock(remainingMs: number): string {
  const overrun = remainingMs < 0
  // Count down in whole seconds the way a stopwatch does: 4.2 s left shows 0:05, 0.2 s over shows -0:01.
  const seconds = overrun ? Math.ceil(-remainingMs / 1000) : Math.ceil(remainingMs / 1000)
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return overrun && seconds > 0 ? `-${text}` : text
}
