/**
 * From pdf.js's positioned text items to the lines a reader sees on a page. Pure: the items are
 * plain data, so synthetic pages test every rule without a PDF.
 */

/** What pdf.js's getTextContent gives for one run of text (only the fields read here). */
export interface PdfTextItem {
  str: string
  /** [a, b, c, d, e, f]: the text matrix; (e, f) is the start of the baseline, hypot(c, d) the font size. */
  transform: readonly number[]
  /** Advance width in page units. */
  width: number
}

/** One line of text on a page, in page units with y growing upwards (PDF's convention). */
export interface PageLine {
  text: string
  /** Left and right ends of the line. */
  x: number
  right: number
  /** The baseline of the line's main text. */
  y: number
  /** Font size of the line's main text. */
  size: number
}

interface PlacedItem {
  str: string
  x: number
  y: number
  right: number
  size: number
}

/** A footnote reference: a number or a dagger-like mark, small and raised. */
const FOOTNOTE_MARK = /^\s*(\d{1,3}|[*†‡]{1,3})\s*$/
/** Raised more than this share of the line's font size above its baseline counts as superscript. */
const RAISED = 0.15
/** Smaller than this share of the line's font size counts as a small mark. */
const SMALL = 0.8

/**
 * Items on a rotated baseline other than the page's main one are margin notes ("… with PROPOSALS"
 * printed up the side of a Federal Register page): left out. Text on the main direction is turned
 * upright, so a page printed sideways reads like any other.
 */
function placeItems(items: readonly PdfTextItem[]): PlacedItem[] {
  const quarterTurns = (item: PdfTextItem) => ((Math.round(Math.atan2(item.transform[1], item.transform[0]) / (Math.PI / 2)) % 4) + 4) % 4
  const weight = [0, 0, 0, 0]
  for (const item of items) weight[quarterTurns(item)] += item.str.trim().length
  const main = weight.indexOf(Math.max(...weight))
  const placed: PlacedItem[] = []
  for (const item of items) {
    if (item.str === '' || quarterTurns(item) !== main) continue
    const [, , c, d, e, f] = item.transform
    // Rotate the page so the main direction runs left to right.
    const [x, y] = [
      [e, f],
      [f, -e],
      [-e, -f],
      [-f, e]
    ][main]
    const size = Math.hypot(c, d) || 1
    placed.push({ str: item.str, x, y, right: x + Math.abs(item.width), size })
  }
  return placed
}

/**
 * Lines in the order the page draws them (which for almost every PDF is reading order; columns
 * come one after the other). An item joins the current line when its baseline is within half a
 * font size of the line's and it does not jump back to the left. Footnote reference marks (small,
 * raised digits or daggers after a word) are left out of the line: a card reads the sentence
 * without them, and the footnote itself stays in the page's text where the page prints it, its
 * own raised number on its first line ("3 Robert L. Hirsch, …").
 */
export function itemsToLines(items: readonly PdfTextItem[]): PageLine[] {
  const lines: PageLine[] = []
  let current: PlacedItem[] = []
  const close = () => {
    if (current.length > 0) {
      const line = buildLine(current)
      if (line.text.trim()) lines.push(line)
    }
    current = []
  }
  for (const item of placeItems(items)) {
    const main = mainItem(current)
    if (main) {
      const last = current[current.length - 1]
      // A footnote's number raised just before its text (up to about half the text's size above it) is on the text's line.
      const numberBefore =
        current.every((placed) => !placed.str.trim() || FOOTNOTE_MARK.test(placed.str)) &&
        main.size < SMALL * item.size &&
        main.y - item.y > 0 &&
        main.y - item.y < 0.6 * item.size &&
        Math.abs(item.x - last.right) < 0.5 * item.size
      const sameBaseline = numberBefore || Math.abs(item.y - main.y) < 0.5 * Math.max(item.size, main.size)
      const goesBack = item.x < last.right - 0.5 * Math.max(item.size, main.size) && item.str.trim() !== ''
      if (!sameBaseline || goesBack) close()
    }
    current.push(item)
  }
  close()
  return lines
}

/** The item that sets a line's baseline and size: its largest text. */
function mainItem(items: readonly PlacedItem[]): PlacedItem | undefined {
  let main: PlacedItem | undefined
  for (const item of items) if (item.str.trim() && (!main || item.size > main.size + 0.01)) main = item
  return main ?? items[0]
}

function buildLine(items: readonly PlacedItem[]): PageLine {
  const main = mainItem(items) as PlacedItem
  let text = ''
  let lastRight = -Infinity
  let first = true
  // A dropped mark printed with a space after it ("oil.²³ Specifically") leaves that space: the words stay apart.
  let spaceAfterMark = false
  for (const item of items) {
    const raisedNumber = item.size < SMALL * main.size && item.y - main.y > RAISED * main.size && FOOTNOTE_MARK.test(item.str)
    // After a digit, a raised number is an exponent ("10²"), not a footnote.
    const isMark = !first && raisedNumber && !/\d$/.test(text.trimEnd())
    if (isMark) {
      lastRight = Math.max(lastRight, item.right)
      spaceAfterMark ||= /\s$/.test(item.str)
      continue
    }
    const gap = item.x - lastRight
    // A gap wider than a sixth of the font size is a word space the PDF drew by moving, not by a space character.
    const spaced = spaceAfterMark || gap > Math.min(item.size, main.size) / 6
    if (text !== '' && !/\s$/.test(text) && !/^\s/.test(item.str) && spaced) text += ' '
    // A footnote's own number, raised before its text, stays, and stays apart from it ("¹This" reads "1 This").
    spaceAfterMark = first && raisedNumber
    text += item.str
    if (item.str.trim()) first = false
    lastRight = Math.max(lastRight, item.right)
  }
  const visible = items.filter((item) => item.str.trim())
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x: Math.min(...visible.map((item) => item.x)),
    right: Math.max(...visible.map((item) => item.right)),
    y: main.y,
    size: main.size
  }
}
