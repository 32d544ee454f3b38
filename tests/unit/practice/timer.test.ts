import { afterEach, describe, expect, it, vi } from 'vitest'
import { PRESET_FORMATS } from '../../../shared/practice/formats'
import {
  createTimer,
  cueBetween,
  formatClock,
  goToSpeech,
  nextSpeech,
  pause,
  previousSpeech,
  readTimer,
  reset,
  resume,
  start,
  startPrep,
  stopPrep,
  type Cue,
  type TimerState
} from '../../../shared/practice/timer'

const SEC = 1000
const MIN = 60 * SEC
const ld = () => createTimer(PRESET_FORMATS.ld) // AC 6 min, CX 3, NC 7, ...; 4 min prep each

describe('the speech clock', () => {
  it('starts on the first speech at its full time, stopped', () => {
    const reading = readTimer(ld(), 0)
    expect(reading.speech.name).toContain('Affirmative Constructive')
    expect(reading.current).toEqual({ remainingMs: 6 * MIN, running: false, overrun: false })
    expect(reading.running).toBeNull()
  })

  it('counts down from the moment it starts, and a stopped clock does not', () => {
    const state = start(ld(), 1_000)
    expect(readTimer(state, 1_000 + 90 * SEC).current.remainingMs).toBe(6 * MIN - 90 * SEC)
    expect(readTimer(ld(), 90 * SEC).current.remainingMs).toBe(6 * MIN)
  })

  it('pause freezes the time left, and resume carries on from it however long the pause', () => {
    let state = start(ld(), 0)
    state = pause(state, 2 * MIN)
    expect(readTimer(state, 50 * MIN).current).toEqual({ remainingMs: 4 * MIN, running: false, overrun: false })
    state = resume(state, 50 * MIN)
    expect(readTimer(state, 51 * MIN).current.remainingMs).toBe(3 * MIN)
  })

  it('keeps the right time after a long gap between readings (a window in the background)', () => {
    const state = start(ld(), 0)
    // No reading at all for 5 minutes: the time left still comes out right on waking.
    expect(readTimer(state, 5 * MIN).current.remainingMs).toBe(1 * MIN)
  })

  it('runs over: the time left goes negative and is flagged, and shows with a minus sign', () => {
    const state = start(ld(), 0)
    const reading = readTimer(state, 6 * MIN + 75 * SEC)
    expect(reading.current).toEqual({ remainingMs: -75 * SEC, running: true, overrun: true })
    expect(formatClock(reading.current.remainingMs)).toBe('-1:15')
  })

  it('starting twice, or pausing a stopped clock, changes nothing', () => {
    const once = start(ld(), 0)
    expect(readTimer(start(once, 30 * SEC), 60 * SEC).current.remainingMs).toBe(5 * MIN)
    const stopped = ld()
    expect(pause(stopped, 10 * SEC)).toBe(stopped)
  })

  it('never gains time if the clock it is given steps backwards', () => {
    const state = start(ld(), 10 * MIN)
    expect(readTimer(state, 9 * MIN).current.remainingMs).toBe(6 * MIN)
  })

  it('reset puts the current speech back to its full time, stopped', () => {
    const state = reset(start(ld(), 0), 4 * MIN)
    expect(readTimer(state, 5 * MIN).current).toEqual({ remainingMs: 6 * MIN, running: false, overrun: false })
  })

  it('next speech moves on, stopped at that speech’s full time; the last speech stays put', () => {
    let state = nextSpeech(start(ld(), 0), 7 * MIN)
    const reading = readTimer(state, 8 * MIN)
    expect(reading.speech.kind).toBe('cross-ex')
    expect(reading.current).toEqual({ remainingMs: 3 * MIN, running: false, overrun: false })
    state = goToSpeech(state, 99, 8 * MIN)
    expect(readTimer(state, 8 * MIN).isLastSpeech).toBe(true)
    expect(nextSpeech(state, 9 * MIN)).toBe(state)
    expect(readTimer(previousSpeech(state, 9 * MIN), 9 * MIN).speech.name).toContain('Negative Rebuttal')
  })
})

describe('prep time', () => {
  it('each side spends its own bank, and it keeps what it did not use', () => {
    let state = startPrep(ld(), 'con', 0)
    state = stopPrep(state, 90 * SEC)
    state = startPrep(state, 'pro', 100 * SEC)
    const reading = readTimer(state, 130 * SEC)
    expect(reading.prep.con).toEqual({ remainingMs: 4 * MIN - 90 * SEC, running: false, overrun: false })
    expect(reading.prep.pro).toEqual({ remainingMs: 4 * MIN - 30 * SEC, running: true, overrun: false })
    expect(reading.running).toBe('pro')
  })

  it('only one clock runs: prep stops the speech clock, and starting the speech stops prep', () => {
    let state = start(ld(), 0)
    state = startPrep(state, 'con', 1 * MIN)
    let reading = readTimer(state, 2 * MIN)
    expect(reading.current).toMatchObject({ remainingMs: 5 * MIN, running: false })
    expect(reading.prep.con).toMatchObject({ remainingMs: 3 * MIN, running: true })
    state = start(state, 2 * MIN)
    reading = readTimer(state, 3 * MIN)
    expect(reading.prep.con).toMatchObject({ remainingMs: 3 * MIN, running: false })
    expect(reading.current).toMatchObject({ remainingMs: 4 * MIN, running: true })
  })

  it('pause and resume bring back the prep that was running, not the speech', () => {
    let state = startPrep(ld(), 'pro', 0)
    state = pause(state, 1 * MIN)
    state = resume(state, 10 * MIN)
    expect(readTimer(state, 11 * MIN).prep.pro).toMatchObject({ remainingMs: 2 * MIN, running: true })
    expect(readTimer(state, 11 * MIN).current.running).toBe(false)
  })

  it('runs over like a speech, flagged', () => {
    const state = startPrep(ld(), 'con', 0)
    expect(readTimer(state, 5 * MIN).prep.con).toEqual({ remainingMs: -1 * MIN, running: true, overrun: true })
  })

  it('survives moving between speeches: prep used stays used', () => {
    let state = stopPrep(startPrep(ld(), 'con', 0), 1 * MIN)
    state = nextSpeech(nextSpeech(state, 2 * MIN), 3 * MIN)
    expect(readTimer(state, 3 * MIN).prep.con!.remainingMs).toBe(3 * MIN)
  })

  it('British Parliamentary has one prep period before the round, which either side’s button starts', () => {
    const bp = createTimer(PRESET_FORMATS.bp)
    expect(Object.keys(bp.prep)).toEqual(['shared'])
    const state = startPrep(bp, 'pro', 0)
    expect(readTimer(state, 5 * MIN).prep.shared).toMatchObject({ remainingMs: 10 * MIN, running: true })
  })
})

describe('cues at one minute, thirty seconds and time up', () => {
  it('fires each cue as its moment passes', () => {
    expect(cueBetween(61 * SEC, 60 * SEC)).toBe('one-minute')
    expect(cueBetween(31 * SEC, 29 * SEC)).toBe('thirty-seconds')
    expect(cueBetween(1 * SEC, 0)).toBe('time-up')
    expect(cueBetween(45 * SEC, 40 * SEC)).toBeNull()
  })

  it('a window that wakes late after every mark fires only "time up", once', () => {
    expect(cueBetween(2 * MIN, -10 * SEC)).toBe('time-up')
    expect(cueBetween(-10 * SEC, -11 * SEC)).toBeNull()
    expect(cueBetween(2 * MIN, 20 * SEC)).toBe('thirty-seconds')
  })

  it('going back up (a reset, the next speech) fires nothing', () => {
    expect(cueBetween(-5 * SEC, 6 * MIN)).toBeNull()
    expect(cueBetween(20 * SEC, 45 * SEC)).toBeNull()
  })

  it('a speech read every quarter second gives each cue exactly once, in order', () => {
    const state = start(ld(), 0)
    const cues: Cue[] = []
    let previous = readTimer(state, 0).current.remainingMs
    for (let now = 250; now <= 7 * MIN; now += 250) {
      const current = readTimer(state, now).current.remainingMs
      const cue = cueBetween(previous, current)
      if (cue) cues.push(cue)
      previous = current
    }
    expect(cues).toEqual(['one-minute', 'thirty-seconds', 'time-up'])
  })
})

describe('a display driven by an interval, with the clock mocked', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the right time and fires "time up" once after the interval was suspended in the background', () => {
    vi.useFakeTimers({ now: 0 })
    let state: TimerState = start(ld(), Date.now())
    const shown: string[] = []
    const cues: Cue[] = []
    let previous = readTimer(state, Date.now()).current.remainingMs
    const tick = () => {
      const current = readTimer(state, Date.now()).current.remainingMs
      const cue = cueBetween(previous, current)
      if (cue) cues.push(cue)
      previous = current
      shown.push(formatClock(current))
    }
    let interval = setInterval(tick, 200)
    vi.advanceTimersByTime(2 * MIN)
    expect(shown.at(-1)).toBe('4:00')

    // The window goes to the background: its interval stops firing for ten minutes.
    clearInterval(interval)
    vi.setSystemTime(Date.now() + 10 * MIN - 200)
    interval = setInterval(tick, 200)
    vi.advanceTimersByTime(200)
    expect(shown.at(-1)).toBe('-6:00')
    expect(cues).toEqual(['time-up'])

    vi.advanceTimersByTime(5 * SEC)
    state = pause(state, Date.now())
    vi.advanceTimersByTime(MIN)
    expect(shown.at(-1)).toBe('-6:05')
    expect(cues).toEqual(['time-up'])
    clearInterval(interval)
  })
})

describe('formatClock', () => {
  it('shows minutes and seconds, rounding a part second up while time is left', () => {
    expect(formatClock(6 * MIN)).toBe('6:00')
    expect(formatClock(4_200)).toBe('0:05')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(-200)).toBe('-0:01')
    expect(formatClock(-61 * MIN)).toBe('-61:00')
  })
})
