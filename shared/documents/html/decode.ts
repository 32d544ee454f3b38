/**
 * A saved page's bytes as text, in the encoding the page declares: a byte-order mark first,
 * then <meta charset> (or the http-equiv form) in its first bytes, then UTF-8 if the bytes are
 * valid UTF-8, else Windows-1252 (what old pages without a declaration mostly are).
 */
const SNIFF_BYTES = 4096

export function decodeHtml(bytes: Uint8Array): string {
  const marked = byteOrderMark(bytes)
  if (marked) return decodeAs(bytes.subarray(marked.length), marked.label) ?? decodeAs(bytes, 'utf-8') ?? ''
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES))
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1]
  if (declared) {
    const text = decodeAs(bytes, declared)
    if (text !== undefined) return text
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

function byteOrderMark(bytes: Uint8Array): { label: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 }
  return undefined
}

function decodeAs(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label).decode(bytes)
  } catch {
    // An encoding name the runtime does not know: let the caller sniff instead.
    return undefined
  }
}
