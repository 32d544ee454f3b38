/**
 * Citation.js set up once for Casebook: CSL output, BibTeX and RIS input, and the three
 * styles the app offers. Everything is bundled: APA and the en-US locale ship with
 * @citation-js/plugin-csl; MLA and Chicago come from data/csl/ (see its README). Nothing is
 * ever fetched.
 */
import { logger, plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import chicagoXml from '../../data/csl/chicago-author-date.csl?raw'
import mlaXml from '../../data/csl/modern-language-association.csl?raw'

export const CITATION_STYLES = ['apa', 'mla', 'chicago'] as const
export type CitationStyle = (typeof CITATION_STYLES)[number]

/** The CSL style each of Casebook's names stands for. */
export const CSL_TEMPLATES: Record<CitationStyle, string> = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date'
}

/** Citation.js keeps one locale; every style is rendered in it. */
export const CSL_LOCALE = 'en-US'

// Citation.js logs nothing unless asked; keep it that way whatever a caller set before.
logger.level = 'silent'

const config = plugins.config.get('@csl')
config.styles.add(CSL_TEMPLATES.mla, mlaXml)
config.styles.add(CSL_TEMPLATES.chicago, chicagoXml)

export { plugins }
