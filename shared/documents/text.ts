/**
 * Plain text and Markdown: one unit per paragraph (blank lines between paragraphs), with the
 * nearest heading above it. The text is kept as the file has it, so a card cut from it is exact.
 * A file written one paragraph per line, without blank lines, is read a line per paragraph.
 */
import { ApiError } from '../errors'
import type { DocumentMetadata, ExtractedDocument } from './extracted'
import { paragraphUnits, withoutOpeningTitle, type TextBlock } from './paragraph-units'
import { textLooksGarbled } from './quality'
import { readFrontMatter } from './text/front-matter'
import { markdownBlocks } from './text/markdown'
import { decodeWindows1252 } from './windows-1252'

/** Hard-wrapped text keeps its lines shorter than this; a longer line is a whole paragraph. */
const UNWRAPPED_LINE = 100

export function extractText(bytes: Uint8Array, fileName: string, kind: 'text' | 'markdown'): ExtractedDocument {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not UTF-8: old Windows files are most often Windows-1252.
    text = decodeWindows1252(bytes)
  }
  text = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n')
  if (text.includes('\u0000')) throw new ApiError('invalid_input', `${fileName} is not a text file (it holds binary data)`)
  const warnings: string[] = []
  let metadata: DocumentMetadata = {}
  let blocks: TextBlock[]
  if (kind === 'markdown') {
    const lines = text.split('\n')
    const front = readFrontMatter(lines)
    if (front.warning) warnings.push(front.warning)
    const markdown = markdownBlocks(lines.slice(front.lineCount))
    metadata = front.metadata
    const firstTitle = markdown.find((block) => block.heading && block.level === 1)
    if (!metadata.title && firstTitle) metadata.title = { value: firstTitle.text.slice(0, 500), from: 'the first “#” heading' }
    blocks = withoutOpeningTitle(markdown, metadata.title?.value)
  } else {
    blocks = plainBlocks(text)
  }
  const units = paragraphUnits(blocks)
  if (units.length === 0) throw new ApiError('invalid_input', `${fileName} has no text`)
  return {
    kind,
    units,
    metadata,
    textQuality: textLooksGarbled(units.map((unit) => unit.text).join('\n')) ? 'suspect' : 'good',
    warnings
  }
}

function plainBlocks(text: string): TextBlock[] {
  return text.split(/\n[ \t]*\n+/u).flatMap((block) => {
    const paragraph = block.replace(/^\n+|\s+$/gu, '')
    const lines = paragraph.split('\n')
    if (lines.length > 1 && lines.some((line) => line.length > UNWRAPPED_LINE)) return lines.filter((line) => line.trim()).map((line) => ({ text: line.replace(/\s+$/u, '') }))
    return [{ text: paragraph }]
  })
}
