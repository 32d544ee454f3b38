import { ApiError } from '../../../shared/errors'

/** Bytes as base64, for a binary file in a JSON answer (a PDF, a Word document). */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

/**
 * A file sent as base64, decoded: its size is checked from the length first, so a file over
 * `maxBytes` is refused before it is decoded, and text that is not base64 is refused, not guessed at.
 */
export function fromBase64(text: string, what: string, maxBytes: number): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const size = Math.floor((text.length * 3) / 4) - padding
  if (size > maxBytes) {
    throw new ApiError('invalid_input', `${what} is larger than ${megabytes(maxBytes)}, the most that can be read`, 'base64')
  }
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new ApiError('invalid_input', `${what} did not arrive whole (its data is not base64)`, 'base64')
  }
  const bytes = Buffer.from(text, 'base64')
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
}
