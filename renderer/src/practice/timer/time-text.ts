/** Durations as people type them in a format: "8", "1:30", "2.5" (minutes), to seconds and back. */

/** Seconds from "m", "m:ss" or decimal minutes; NaN for anything else, so the check can name it. */
export function parseDuration(text: string): number {
  const trimmed = text.trim()
  const clock = /^(\d{1,4}):([0-5]?\d)$/.exec(trimmed)
  if (clock) return Number(clock[1]) * 60 + Number(clock[2])
  if (/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return Math.round(Number(trimmed.replace(',', '.')) * 60)
  return Number.NaN
}

/** "8:00", "1:30". */
export function durationText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
