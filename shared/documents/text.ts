/**
 * Plain text and Markdown: one unit per paragraph (blank lines between paragraphs), with the
 * nearest heading above it. The text is kept as the file has it, so a card cut from it is exact.
 */
import { ApiError } from '../errors'
import type { SourceUnit } from '../model/source'
import type { ExtractedDocument } from './extracted'

export function extractText(bytes: Uint8Array, fileName: string, kind: 'text' | 'markdown'): ExtractedDocument {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not UTF-8: old Windows files are most often Windows-1252.
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.includes('\u0000')) throw new ApiError('invalid_input', `${fileName} is not a text file (it holds binary data)`)
  const units: SourceUnit[] = []
  let heading: string | undefined
  let title: string | undefined
  for (const block of text.split(/\n[ \t]*\n+/)) {
    const paragraph = block.replace(/^\n+|\s+$/g, '')
    if (!paragraph.trim()) continue
    const markdownHeading = kind === 'markdown' ? /^(#{1,6})\s+(.+?)\s*#*$/.exec(paragraph) : null
    if (markdownHeading && !paragraph.includes('\n')) {
      heading = markdownHeading[2]
      if (markdownHeading[1] === '#' && title === undefined) title = heading
      continue
    }
    const n = units.length + 1
    units.push({ id: `para-${n}`, label: `¶ ${n}`, ...(heading ? { heading } : {}), text: paragraph })
  }
  if (units.length === 0) throw new ApiError('invalid_input', `${fileName} has no text`)
  return {
    kind,
    units,
    metadata: title ? { title: { value: title, from: 'the first “#” heading' } } : {},
    textQuality: 'good',
    warnings: []
  }
}
