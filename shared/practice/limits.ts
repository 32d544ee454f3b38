/**
 * Bounds on practice data, as plain numbers: the zod model (shared/model/practice.ts) and the
 * page's practice code both use them, and the page must not pull in zod to get them.
 */

/** Longest single speech, and most speeches, a format may have: beyond these it is a typo. */
export const MAX_SPEECH_SECONDS = 60 * 60
export const MAX_SPEECHES = 40
/** Longest prep: World Schools gives an hour for impromptu motions; twice that is plenty. */
export const MAX_PREP_SECONDS = 2 * 60 * 60

/** Longest gap between reviews of a card: a century, so due dates stay real dates. */
export const MAX_INTERVAL_DAYS = 36_500

/** A flow sheet's rows, and the note one cell holds. */
export const MAX_FLOW_ROWS = 1_000
export const MAX_CELL_TEXT = 4_000
