import type { Cue } from '../../../../shared/practice/timer'

/** What each cue says, on screen and to a screen reader. */
export const CUE_TEXT: Record<Cue, string> = {
  'one-minute': 'One minute left',
  'thirty-seconds': 'Thirty seconds left',
  'time-up': 'Time is up'
}

/** Beeps per cue: one at a minute, two at thirty seconds, a long low tone at time up. */
const PATTERNS: Record<Cue, ReadonlyArray<{ at: number; length: number; hz: number }>> = {
  'one-minute': [{ at: 0, length: 0.18, hz: 880 }],
  'thirty-seconds': [
    { at: 0, length: 0.15, hz: 880 },
    { at: 0.25, length: 0.15, hz: 880 }
  ],
  'time-up': [
    { at: 0, length: 0.3, hz: 440 },
    { at: 0.4, length: 0.3, hz: 440 },
    { at: 0.8, length: 0.7, hz: 330 }
  ]
}

let context: AudioContext | null = null

/** The page's one audio context, made on first use (browsers allow sound only after the user acts). */
function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null
  context ??= new AudioContext()
  if (context.state === 'suspended') void context.resume()
  return context
}

/** Wakes the audio while the user is clicking, so a cue minutes later can sound. */
export function unlockAudio(): void {
  audio()
}

/** Plays a cue with an oscillator: generated here, no sound files, nothing from the network. */
export function playCue(cue: Cue): void {
  const ctx = audio()
  if (!ctx) return
  const start = ctx.currentTime + 0.02
  for (const beep of PATTERNS[cue]) {
    const osc = ctx.createOscillator()
    const gain = ctx.createGain()
    osc.type = 'sine'
    osc.frequency.value = beep.hz
    // A short ramp in and out, so the beep does not click.
    gain.gain.setValueAtTime(0, start + beep.at)
    gain.gain.linearRampToValueAtTime(0.25, start + beep.at + 0.02)
    gain.gain.setValueAtTime(0.25, start + beep.at + beep.length - 0.04)
    gain.gain.linearRampToValueAtTime(0, start + beep.at + beep.length)
    osc.connect(gain).connect(ctx.destination)
    osc.start(start + beep.at)
    osc.stop(start + beep.at + beep.length)
  }
}
