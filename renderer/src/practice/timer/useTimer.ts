import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { TimingFormat } from '../../../../shared/model/practice'
import {
  createTimer,
  cueBetween,
  readTimer,
  runningClock,
  type Cue,
  type PrepBank,
  type TimerReading,
  type TimerState
} from '../../../../shared/practice/timer'

export type Clock = 'speech' | PrepBank

export interface TimerControls {
  format: TimingFormat
  reading: TimerReading
  /** Time any clock ran since the last save, for the history. */
  practisedMs: number
  /** Applies one of timer.ts's transitions at the current moment. */
  act(change: (state: TimerState, now: number) => TimerState): void
  load(format: TimingFormat): void
  clearPractised(): void
}

/** How often the display refreshes while a clock runs; the time itself comes from timestamps. */
const TICK_MS = 100

/**
 * A speech-and-prep timer for the page: the state machine of shared/practice/timer.ts, read
 * against performance.now() on every tick. A background window that slept shows the right
 * time when it wakes, and gives only the most urgent cue it missed.
 */
export function useTimer(initial: TimingFormat, onCue: (cue: Cue, clock: Clock) => void): TimerControls {
  const [format, setFormat] = useState(initial)
  const [state, setState] = useState<TimerState>(() => createTimer(initial))
  const [now, setNow] = useState(() => performance.now())
  // Time practised: what finished clocks ran, and since when one runs now.
  const [practised, setPractised] = useState<{ ms: number; since: number | null }>({ ms: 0, since: null })
  const latest = useRef({ state, practised })
  useLayoutEffect(() => {
    latest.current = { state, practised }
  })
  const running = runningClock(state)

  useEffect(() => {
    if (running === null) return
    const id = setInterval(() => setNow(performance.now()), TICK_MS)
    return () => clearInterval(id)
  }, [running])

  const act = useCallback((change: (state: TimerState, now: number) => TimerState) => {
    const t = performance.now()
    const { state: before, practised: p } = latest.current
    const next = change(before, t)
    const nextPractised = { ms: p.ms + (p.since === null ? 0 : t - p.since), since: runningClock(next) === null ? null : t }
    // Kept at once too, so two actions in one event see each other.
    latest.current = { state: next, practised: nextPractised }
    setState(next)
    setPractised(nextPractised)
    setNow(t)
  }, [])

  const load = useCallback(
    (next: TimingFormat) => {
      act(() => createTimer(next))
      setFormat(next)
    },
    [act]
  )

  const clearPractised = useCallback(() => {
    const since = latest.current.practised.since === null ? null : performance.now()
    latest.current = { ...latest.current, practised: { ms: 0, since } }
    setPractised({ ms: 0, since })
  }, [])

  const reading = readTimer(state, now)
  useCues(reading, onCue)
  const practisedMs = practised.ms + (practised.since === null ? 0 : Math.max(0, now - practised.since))
  return { format, reading, practisedMs, act, load, clearPractised }
}

/** Watches the running clock between readings and reports a cue when it crosses 1:00, 0:30 or 0:00. */
function useCues(reading: TimerReading, onCue: (cue: Cue, clock: Clock) => void) {
  const last = useRef<{ clock: Clock; remainingMs: number } | null>(null)
  const clock = reading.running
  const remainingMs = clock === null ? null : clock === 'speech' ? reading.current.remainingMs : (reading.prep[clock]?.remainingMs ?? null)
  useEffect(() => {
    if (clock === null || remainingMs === null) return
    const before = last.current
    last.current = { clock, remainingMs }
    if (before?.clock !== clock) return
    const cue = cueBetween(before.remainingMs, remainingMs)
    if (cue) onCue(cue, clock)
  }, [clock, remainingMs, onCue])
}
