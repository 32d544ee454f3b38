/**
 * A chosen file's bytes as text, the same way on the command line and in the page: a binary
 * file (a PDF, a Word file, an image) refused by name, and text read as strict UTF-8, so a file
 * in another encoding is never read with replacement characters in place of its letters.
 */
import { ApiError } from '../errors'

/** How common binary files begin, named as a person would name them. */
const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a Word document or another zip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word or Office document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image']
]

/** Control bytes text files never hold (tab, line feed, form feed, carriage return and escape aside). */
function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f
}

const SAMPLE_BYTES = 64 * 1024

/**
 * What a binary file is ("a PDF document", or "binary data"), or null for text. UTF-16 text
 * (which starts with its byte-order mark) is text, though it holds zero bytes.
 */
export function binaryKindOf(bytes: Uint8Array): string | null {
  const named = SIGNATURES.find(([signature]) => signature.every((byte, index) => bytes[index] === byte))
  if (named) return named[1]
  if (utf16Of(bytes)) return null
  if (bytes.includes(0)) return 'binary data'
  // A few stray control characters are found in real text files; many are not.
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  let controls = 0
  for (const byte of sample) if (isControl(byte)) controls++
  return controls > 8 && controls > sample.length / 100 ? 'binary data' : null
}

/** Refuses a binary file as not being the `what` file ("BibTeX, RIS or CSL-JSON") the user meant. */
export function refuseBinary(bytes: Uint8Array, what: string): void {
  const kind = binaryKindOf(bytes)
  if (!kind) return
  const message =
    kind === 'binary data'
      ? `It holds binary data, not text, so it is not a ${what} file; nothing was imported.`
      : `It is ${kind}, not a ${what} file; nothing was imported.`
  throw new ApiError('invalid_input', message)
}

function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** The bytes as UTF-8 (or UTF-16 with its byte-order mark), without the mark; null when they are not. */
export function strictUnicodeText(bytes: Uint8Array): string | null {
  try {
    // TextDecoder drops the byte-order mark itself.
    return new TextDecoder(utf16Of(bytes) ?? 'utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** A text file that must be UTF-8 (Kialo, Argdown): refused when binary or in another encoding. */
export function utf8FileText(bytes: Uint8Array, what: string): string {
  refuseBinary(bytes, what)
  const text = strictUnicodeText(bytes)
  if (text === null) {
    throw new ApiError('invalid_input', `The ${what} file is not UTF-8 text; save it as UTF-8 and import it again.`)
  }
  return text
}
