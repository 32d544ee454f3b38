/**
 * A Word file (.docx) is a zip of XML parts. This opens one safely, for both the document reader
 * (./docx.ts) and the Verbatim reader (../verbatim): sizes are checked from the zip's directory
 * before anything is inflated, and again after, so a zip bomb is refused, not unpacked; parts are
 * parsed with a real, namespace-aware XML parser. A file saved as "Strict Open XML" names its
 * elements in the Strict namespaces (http://purl.oclc.org/ooxml/…); they are read as the
 * Transitional ones they stand for, so such a file reads like any other.
 */
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom'
import { unzipSync } from 'fflate'
import { ApiError } from '../errors'

export type { XmlDocument }

/** WordprocessingML's main namespace: every w:* element and attribute. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export const DOCX_LIMITS = {
  /** Inflated bytes of all parts read together. */
  totalBytes: 200 * 1024 * 1024,
  /** Inflated bytes of one part. */
  partBytes: 100 * 1024 * 1024,
  entries: 5000
}

export interface DocxPackage {
  /** The part's XML, parsed; null when the package has no such part. */
  xml(partName: string): XmlDocument | null
  /** The part's text (UTF-8), unparsed, for a streaming reader; null when the package has no such part. */
  text(partName: string): string | null
  has(partName: string): boolean
}

/** Whether the bytes start as a zip does ("PK\x03\x04"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * Opens a .docx, inflating only the parts `wanted` names (all XML parts when not given).
 * Throws an ApiError naming `what` when the file is not a Word file or is too large unpacked.
 */
export function openDocx(bytes: Uint8Array, what: string, wanted?: (partName: string) => boolean): DocxPackage {
  if (!looksLikeZip(bytes)) throw new ApiError('invalid_input', `${what} is not a Word (.docx) file: it is not a zip package`)
  let entries = 0
  let declared = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries += 1
        if (entries > DOCX_LIMITS.entries) throw new ApiError('invalid_input', `${what} has more than ${DOCX_LIMITS.entries} parts`)
        const keep = wanted ? wanted(file.name) : file.name.endsWith('.xml') || file.name.endsWith('.rels')
        if (!keep) return false
        if (file.originalSize > DOCX_LIMITS.partBytes) throw tooLarge(what, file.name)
        declared += file.originalSize
        if (declared > DOCX_LIMITS.totalBytes) throw tooLarge(what, file.name)
        return true
      }
    })
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError('invalid_input', `${what} could not be unpacked: ${error instanceof Error ? error.message : String(error)}`)
  }
  // The directory can lie about sizes: check what was really inflated too.
  let total = 0
  for (const [name, data] of Object.entries(files)) {
    total += data.length
    if (data.length > DOCX_LIMITS.partBytes || total > DOCX_LIMITS.totalBytes) throw tooLarge(what, name)
  }
  if (!files['[Content_Types].xml'] && !wanted) throw new ApiError('invalid_input', `${what} is a zip file but not a Word document (it has no [Content_Types].xml)`)
  const parsed = new Map<string, XmlDocument>()
  return {
    has: (name) => name in files,
    text: (name) => (files[name] ? asTransitional(new TextDecoder('utf-8').decode(files[name])) : null),
    xml(name) {
      const data = files[name]
      if (!data) return null
      let document = parsed.get(name)
      if (!document) {
        const text = asTransitional(new TextDecoder('utf-8').decode(data))
        try {
          document = new DOMParser({ onError: (level, message) => { if (level === 'fatalError') throw new Error(message) } }).parseFromString(text, 'application/xml')
        } catch (error) {
          throw new ApiError('invalid_input', `${what}: its part ${name} is not well-formed XML (${error instanceof Error ? error.message : String(error)})`)
        }
        parsed.set(name, document)
      }
      return document
    }
  }
}

/** A Strict namespace declaration: http://purl.oclc.org/ooxml/<area>/<name> is Transitional's http://schemas.openxmlformats.org/<area>/2006/<name>. */
const STRICT_DECLARATION = /(\sxmlns(?::[\w.-]+)?\s*=\s*(["']))http:\/\/purl\.oclc\.org\/ooxml\/(\w+)\/(\w+)(?=\2)/gu

/**
 * A part's XML with Strict namespace declarations renamed to Transitional. Only declarations
 * inside tags change: the document's text, even text naming those addresses, is left exactly as it is.
 */
export function asTransitional(xml: string): string {
  if (!xml.includes('purl.oclc.org/ooxml/')) return xml
  return xml.replace(/<[A-Za-z_][^>]*>/gu, (tag) => (tag.includes('purl.oclc.org') ? tag.replace(STRICT_DECLARATION, '$1http://schemas.openxmlformats.org/$3/2006/$4') : tag))
}

function tooLarge(what: string, part: string): ApiError {
  return new ApiError('invalid_input', `${what} unpacks to more than ${DOCX_LIMITS.totalBytes / 1024 / 1024} MB (at ${part}): refused as a possible zip bomb`)
}
