/** How near a typed title is to its limit, said before the limit is reached and never by cutting the text. */
export interface LengthNote {
  /** "12 characters left", or "8 characters over the limit of 300: shorten it to save". */
  text: string
  over: boolean
}

/** The note shows once this share of the limit is used. */
const NEAR = 0.85

/**
 * A title field's count as the user types: nothing while far from `max`; the characters left when
 * near; how far over when past it (the field refuses to save then, keeping every word typed).
 * Counted as the title is saved: line breaks as spaces, trimmed (titleSchema in ids.ts).
 */
export function lengthNote(typed: string, max: number): LengthNote | null {
  const length = typed.replace(/\p{Cc}+/gu, ' ').trim().length
  if (length > max) {
    const over = length - max
    return { text: `${over} ${over === 1 ? 'character' : 'characters'} over the limit of ${max}: shorten it to save`, over: true }
  }
  if (length < Math.ceil(max * NEAR)) return null
  const left = max - length
  return { text: `${left} ${left === 1 ? 'character' : 'characters'} left of ${max}`, over: false }
}
