/**
 * Markdown's paragraphs and headings, line by line as CommonMark reads them: "#" headings (ATX)
 * and underlined ones ("===" / "---", Setext); a blank line ends a paragraph; a fenced code block
 * is one paragraph, blank lines and "#" lines included; a rule ("---", "***") is not text.
 *
 * Paragraph text is kept exactly as the file has it, inline Markdown included (*emphasis*,
 * [links](…), `code`): a card's text must be found exactly in the stored text, and a reader
 * comparing it with the file sees the same characters.
 */
import type { TextBlock } from '../paragraph-units'

const FENCE = /^ {0,3}(`{3,}|~{3,})/u
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/u
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u

export interface MarkdownBlock extends TextBlock {
  /** 1 for "#" and "===" headings. */
  level?: number
}

export function markdownBlocks(lines: readonly string[]): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = []
  let paragraph: string[] = []
  let fence: { marker: string; lines: string[] } | undefined

  const flush = (): void => {
    const text = paragraph.join('\n').replace(/\s+$/u, '')
    if (text.trim()) blocks.push({ text })
    paragraph = []
  }

  for (const line of lines) {
    if (fence) {
      fence.lines.push(line)
      if (closesFence(line, fence.marker)) {
        blocks.push({ text: fence.lines.join('\n') })
        fence = undefined
      }
      continue
    }
    const open = FENCE.exec(line)?.[1]
    if (open) {
      flush()
      fence = { marker: open, lines: [line] }
      continue
    }
    if (!line.trim()) {
      flush()
      continue
    }
    const atx = ATX_HEADING.exec(line)
    if (atx?.[1]) {
      flush()
      const text = atx[2]?.trim()
      if (text) blocks.push({ text, heading: true, level: atx[1].length })
      continue
    }
    const underline = SETEXT_UNDERLINE.exec(line)?.[1]
    if (underline && paragraph.length > 0) {
      blocks.push({ text: paragraph.map((part) => part.trim()).join(' '), heading: true, level: underline.startsWith('=') ? 1 : 2 })
      paragraph = []
      continue
    }
    if (paragraph.length === 0 && THEMATIC_BREAK.test(line)) continue
    paragraph.push(line)
  }
  // An unclosed fence runs to the end of the file, as CommonMark reads it.
  if (fence) blocks.push({ text: fence.lines.join('\n').replace(/\s+$/u, '') })
  flush()
  return blocks
}

/** A closing fence: the same character, at least as many, nothing after it. */
function closesFence(line: string, marker: string): boolean {
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u.exec(line)?.[1]
  return close !== undefined && close[0] === marker[0] && close.length >= marker.length
}
