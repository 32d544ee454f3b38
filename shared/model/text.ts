/**
 * Pasted text as plain text: line endings made "\n", and control characters other than line
 * breaks and tabs removed (they are invisible, and break exports). Everything else, quotation
 * marks, section signs and angle brackets included, is kept exactly.
 */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
}
