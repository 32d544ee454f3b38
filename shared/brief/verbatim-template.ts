/**
 * Names Verbatim's template in a packed .docx: word/settings.xml gets w:attachedTemplate, whose
 * relationship points at "Debate.dotm" (Verbatim's files point at the template in the user's
 * own Templates folder; Word looks a bare name up there). Word then loads Verbatim's ribbon and
 * macros for the file, as for a file made in Verbatim. The docx library cannot write this
 * element, so the packed zip is opened, the two parts changed, and packed again.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

export const VERBATIM_TEMPLATE = 'Debate.dotm'

const TEMPLATE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate'
const SETTINGS = 'word/settings.xml'
const SETTINGS_RELS = 'word/_rels/settings.xml.rels'

/**
 * CT_Settings is a sequence: w:attachedTemplate comes after the view and proofing settings and
 * before these (the first one present is where it goes in).
 */
const AFTER_TEMPLATE = ['w:linkStyles', 'w:stylePaneFormatFilter', 'w:stylePaneSortMethod', 'w:documentType', 'w:mailMerge', 'w:revisionView', 'w:trackRevisions', 'w:doNotTrackMoves', 'w:doNotTrackFormatting', 'w:documentProtection', 'w:autoFormatOverride', 'w:styleLockTheme', 'w:styleLockQFSet', 'w:defaultTabStop']

/** The settings part with the template named, under relationship `relId`. */
export function withAttachedTemplate(settings: string, relId: string): string {
  if (settings.includes('<w:attachedTemplate')) return settings
  const element = `<w:attachedTemplate r:id="${relId}"/>`
  for (const name of AFTER_TEMPLATE) {
    const at = settings.search(new RegExp(`<${name}[\\s/>]`))
    if (at >= 0) return settings.slice(0, at) + element + settings.slice(at)
  }
  const end = settings.lastIndexOf('</w:settings>')
  if (end < 0) throw new Error('Word brief: settings.xml has no closing </w:settings>')
  return settings.slice(0, end) + element + settings.slice(end)
}

/** The packed .docx with Verbatim's template attached. */
export function attachVerbatimTemplate(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx)
  const settings = files[SETTINGS]
  if (!settings) throw new Error('Word brief: the packed document has no word/settings.xml')
  const text = strFromU8(settings)
  // The relationship id is the r: prefix's; declare the prefix if the part does not.
  const withPrefix = text.includes('xmlns:r=') ? text : text.replace('<w:settings ', '<w:settings xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ')
  files[SETTINGS] = strToU8(withAttachedTemplate(withPrefix, 'rIdVerbatimTemplate'))
  // The docx library writes no relationships for settings; if it ever does, they must be merged, not replaced.
  if (files[SETTINGS_RELS]) throw new Error('Word brief: settings.xml already has relationships')
  files[SETTINGS_RELS] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rIdVerbatimTemplate" Type="${TEMPLATE_REL}" Target="${VERBATIM_TEMPLATE}" TargetMode="External"/>` +
      '</Relationships>'
  )
  return zipSync(files, { level: 6 })
}
