/**
 * Pasted text as plain text: line endings made "\n", and control characters other than line
 * breaks and tabs removed (they are invisible, and break exports). Everything else, quotation
 * marks, section signs and angle brackets included, is kept exactly.
 */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
}

/** A one-line field (a tag, a pinpoint): plain text with line breaks and tabs made spaces. */
export function oneLine(text: string): string {
  return plainText(text).replace(/[\n\t]+/g, ' ').trim()
}

/** A file name from a title (a pack's, a brief's, a flow sheet's): letters, digits and dashes, never empty. */
export function fileNameFor(title: string, extension: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${stem || 'casebook'}.${extension}`
}
