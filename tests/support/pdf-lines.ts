import type { PageLine } from '../../shared/documents/pdf/lines'

/** A line of a PDF page as the text assembly gives it: `text` at (x, y) in a font of `size`, about half a size wide a character. */
export function line(text: string, y: number, x = 72, size = 11): PageLine {
  return { text, x, y, right: x + text.length * size * 0.5, size }
}
