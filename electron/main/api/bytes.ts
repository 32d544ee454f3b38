/** Bytes as base64, for a binary file in a JSON answer (a PDF, a Word document). */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}
