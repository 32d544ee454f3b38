/**
 * The stored form of an imported document's text: the content of texts/<textHash>.json in the
 * data folder, and of a text a pack carries. Stable JSON, so one text always has one content
 * and one SHA-256 hash, whichever machine wrote it.
 */
import type { DocumentText } from './extracted'

export function serializeText(text: DocumentText): string {
  return JSON.stringify({ units: text.units.map(({ id, label, heading, text: body }) => ({ id, label, ...(heading === undefined ? {} : { heading }), text: body })) })
}

/** SHA-256 of a text's content, in hex: node:crypto on the main process and the parse worker. */
export type Sha256 = (content: string) => string
