/**
 * Citation fields from docProps/core.xml: dc:title, dc:creator (one or several names, split on
 * ";"), dcterms:created as the date. cp:lastModifiedBy is whoever saved the file last, not an
 * author, and is never read; nor is the title "Verbatim" that Verbatim's template gives every file.
 */
import type { XmlDocument } from '../docx-package'
import { isoDate } from '../dates'
import type { DocumentMetadata } from '../extracted'
import { peopleFromNames } from '../people'

const DC_NS = 'http://purl.org/dc/elements/1.1/'
const DCTERMS_NS = 'http://purl.org/dc/terms/'
const PART = 'docProps/core.xml'

export function coreProperties(core: XmlDocument | null): DocumentMetadata {
  const metadata: DocumentMetadata = {}
  if (!core) return metadata
  const value = (namespace: string, name: string): string | undefined => {
    const text = core.getElementsByTagNameNS(namespace, name)[0]?.textContent?.replace(/\s+/gu, ' ').trim()
    return text || undefined
  }
  const title = value(DC_NS, 'title')
  // Verbatim's template carries the title "Verbatim" into every file made from it: not the file's.
  if (title && title !== 'Verbatim') metadata.title = { value: title.slice(0, 500), from: `${PART} dc:title` }
  const creator = value(DC_NS, 'creator')
  const authors = creator ? peopleFromNames(creator) : []
  if (authors.length > 0) metadata.authors = { value: authors.slice(0, 100), from: `${PART} dc:creator` }
  const created = value(DCTERMS_NS, 'created')
  const date = created && isoDate(created)
  if (date) metadata.date = { value: date, from: `${PART} dcterms:created` }
  return metadata
}
