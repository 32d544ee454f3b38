/**
 * Windows-1252, what old Windows text files and web pages without a declared encoding mostly
 * are. Written out because Node's TextDecoder('windows-1252') decodes as ISO-8859-1, turning
 * the curly quotes and dashes in 0x80–0x9F into invisible control characters.
 */
const HIGH_CONTROLS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(bytes)
  return text.replace(/[\u0080-\u009F]/gu, (control) => HIGH_CONTROLS[control.charCodeAt(0) - 0x80] ?? control)
}

/** Whether an encoding label means Windows-1252 (which is how browsers read "iso-8859-1" and "us-ascii" too). */
export function isWindows1252(label: string): boolean {
  return /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin1|l1|us-ascii|ascii|ansi_x3\.4-1968)$/iu.test(label.trim())
}
