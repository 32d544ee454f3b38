/**
 * A citation file's bytes as text, for the command line and the page alike. Reference managers
 * have long written files in their users' old encodings: JabRef says which on a
 * "% Encoding: ISO8859_1" line, others say nothing. So: strict UTF-8 first, then the encoding the
 * file declares, then Windows-1252 with a note saying so; a binary file is refused.
 */
import { decodeWindows1252, isWindows1252 } from '../documents/windows-1252'
import { refuseBinary, strictUnicodeText } from '../interchange/file-bytes'

export interface CitationFileText {
  text: string
  /** How the text was read when it was not UTF-8, for the import's notes. */
  warnings: string[]
}

/** JabRef's header, which names the encoding in Java's spelling ("ISO8859_1", "Cp1252", "UTF8"). */
const JABREF_ENCODING = /^%\s*Encoding:\s*([A-Za-z0-9._:-]+)/m
const HEADER_BYTES = 4096

/** Java's name for an encoding as the TextDecoder knows it. */
function decoderLabel(javaName: string): string {
  const name = javaName.replace(/_/g, '-')
  const windows = /^cp-?(\d{3,4})$/i.exec(name)
  if (windows) return `windows-${windows[1]}`
  return /^utf-?8$/i.test(name) ? 'utf-8' : name
}

/** The encoding the file names, as written and as the TextDecoder knows it. */
function declaredEncoding(bytes: Uint8Array): { named: string; label: string } | null {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_BYTES))
  const named = JABREF_ENCODING.exec(header)?.[1]
  return named ? { named, label: decoderLabel(named) } : null
}

function decodeAs(bytes: Uint8Array, label: string): string | null {
  // Node's TextDecoder reads "windows-1252" as Latin-1, losing curly quotes and dashes.
  if (isWindows1252(label)) return decodeWindows1252(bytes)
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

export function citationFileText(bytes: Uint8Array): CitationFileText {
  refuseBinary(bytes, 'BibTeX, RIS or CSL-JSON')
  const unicode = strictUnicodeText(bytes)
  if (unicode !== null) return { text: unicode, warnings: [] }
  const declared = declaredEncoding(bytes)
  const readAsDeclared = declared && declared.label !== 'utf-8' ? decodeAs(bytes, declared.label) : null
  if (readAsDeclared !== null) return { text: readAsDeclared, warnings: [] }
  const claim = !declared
    ? 'is not UTF-8'
    : declared.label === 'utf-8'
      ? `says it is ${declared.named} ("% Encoding:") but is not`
      : `names an encoding that could not read it (${declared.named})`
  return {
    text: decodeWindows1252(bytes),
    warnings: [
      `The file ${claim}; it was read as Windows-1252 (Western European). If names or titles show wrong letters, save the file as UTF-8 and import it again.`
    ]
  }
}
