/**
 * The sizes card text not underlined can be shrunk to (points), as Verbatim's Shrink offers; the
 * text itself is 11 pt. Apart from options.ts so the page's brief form can list them without zod.
 */
export const SHRINK_SIZES = [6, 7, 8, 9, 10] as const
