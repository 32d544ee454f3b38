/** Citations: CSL styles (APA, MLA, Chicago author-date), legal citations, and citation-file import. */
export { toCsl, type CitableSource, type CslItem } from './csl'
export { CITATION_STYLES, citeSource, formatBibliography, formatCitation, pinpointLocator, type CitationStyle, type SourceCitation } from './format'
export { legalCitation, constitutionPinpoint } from './legal'
export {
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ENTRIES,
  importCitations,
  type ImportFormat,
  type ImportResult,
  type SourceDraft
} from './import'
