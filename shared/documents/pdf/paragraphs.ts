/**
 * A page's lines into paragraphs, and a paragraph's lines into the text a reader sees: words split
 * by a line-end hyphen made whole again, typographic ligatures spelt out. Pure.
 */
import type { PageLine } from './lines'

/** Sentence-final punctuation, with any closing quote or bracket after it. */
const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*$/
/** A line-end hyphen: ASCII hyphen-minus, the Unicode hyphen, or a soft hyphen. */
const LINE_END_HYPHEN = /([\p{L}]*)([-\u2010\u00AD])$/u

/** A bullet or a number that opens a list item: "•", "–", "1.", "(a)", "iv)", a quoted "“(A)". */
const LIST_ITEM = /^["'“‘]?(?:[•◦▪‣●○■□–—*-]\s|\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]\s)/i

function startsItem(text: string): boolean {
  return LIST_ITEM.test(text)
}

/** Words and marks a sentence does not stop on: a line ending with one leaves its sentence hanging. */
const HANGING_END = /(?:[,(]|\p{L}[\u2010\u00AD–—-]|\b(?:a|an|the|and|or|nor|but|of|to|in|on|at|by|for|from|with|as|than|between|that|which|is|are|was|were|be|its|their)\s*)$/iu

/** Whether the next line carries on the previous line's sentence: it starts in lower case, or the previous line leaves it hanging. */
function runsOn(previous: string, next: string): boolean {
  return !ENDS_SENTENCE.test(previous) && (/^\p{Ll}/u.test(next) || HANGING_END.test(previous))
}

/** Whether a line ends in the first part of a word the next line finishes ("discharg-" / "ing"). */
function splitsWord(previous: string, next: string): boolean {
  return /\p{L}[-\u2010\u00AD]$/u.test(previous) && /^\p{Ll}/u.test(next)
}

function sizeChanged(a: PageLine, b: PageLine): boolean {
  return Math.abs(a.size - b.size) > 0.15 * Math.max(a.size, b.size)
}

/** The right edge of the text column a line sits in: the furthest any line of its size overlapping it reaches. */
function columnRights(lines: readonly PageLine[]): number[] {
  return lines.map((line) =>
    Math.max(...lines.filter((other) => !sizeChanged(line, other) && other.x < line.right && other.right > line.x).map((other) => other.right))
  )
}

/**
 * Groups lines (in reading order) into paragraphs. A new paragraph starts at a change of font size
 * (a heading, footnotes), a vertical gap wider than a line and a half (unless a word split at the
 * line end runs on), a first-line indent (unless the line before leaves its sentence running on
 * into it, as a bulleted item's hanging indent does; a bullet or number always starts one), a
 * return to the margin after an indented block, or after a short line ending a sentence. A jump
 * up the page (the next column) continues the paragraph only when the sentence was unfinished.
 */
export function groupParagraphs(lines: readonly PageLine[]): string[][] {
  const rights = columnRights(lines)
  const paragraphs: string[][] = []
  let current: string[] = []
  let previous: PageLine | undefined
  let previousRight = 0
  let firstOfParagraph: PageLine | undefined
  lines.forEach((line, index) => {
    let breaks = previous === undefined
    if (previous) {
      const size = Math.max(line.size, previous.size)
      const drop = previous.y - line.y
      const unfinished = !ENDS_SENTENCE.test(previous.text)
      if (sizeChanged(line, previous)) breaks = true
      else if (drop < -0.5 * size) breaks = !unfinished
      // A word split at a line end is finished on the next line whatever lies between (a figure, a wide gap).
      else if (drop > 1.6 * size) breaks = !splitsWord(previous.text, line.text)
      // An indented line that carries on an unfinished sentence is the rest of a bulleted or hanging-indented item;
      // after a heading (no punctuation, and not a line that leaves its sentence hanging) it starts the paragraph.
      else if (line.x > previous.x + 0.6 * size) breaks = startsItem(line.text) || !runsOn(previous.text, line.text)
      else if (line.x < previous.x - 0.6 * size && previous !== firstOfParagraph && !unfinished) breaks = true
      else if (!unfinished && previous.right < previousRight - 1.5 * size) breaks = true
    }
    if (breaks) {
      if (current.length > 0) paragraphs.push(current)
      current = []
      firstOfParagraph = line
    }
    current.push(line.text)
    previous = line
    previousRight = rights[index]
  })
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

/** Words seen whole on a line anywhere in the document: evidence for how a word split at a line end is spelt. */
export interface WordEvidence {
  /** Lower-case words with an inner hyphen ("self-evident", "state-court"). */
  hyphenated: Set<string>
  /** Lower-case words without one. */
  plain: Set<string>
}

/** Collects the words of every line, leaving out each line's last word (which may be a split word's first half). */
export function collectWordEvidence(lineTexts: Iterable<string>): WordEvidence {
  const evidence: WordEvidence = { hyphenated: new Set(), plain: new Set() }
  for (const text of lineTexts) {
    const words = text.split(/\s+/)
    for (const raw of words.slice(0, -1)) {
      const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase()
      if (!word) continue
      if (/^\p{L}+(?:-\p{L}+)+$/u.test(word)) evidence.hyphenated.add(word)
      else if (/^\p{L}+$/u.test(word)) evidence.plain.add(word)
    }
  }
  return evidence
}

/**
 * How a line ending in a hyphen meets the next line. A soft hyphen always goes. A hyphen after a
 * letter and before a lower-case letter is the typesetter's ("pre-" + "bankruptcy") and goes,
 * unless the document spells the word with a hyphen where it is not split ("self-evident") and
 * never without, or the first half is "self". Anything else ("737-" + "8", "anti-" + "American",
 * a spaced dash " -") stays as printed.
 */
function joinAtHyphen(line: string, next: string, evidence: WordEvidence): string | undefined {
  const hyphen = LINE_END_HYPHEN.exec(line)
  if (!hyphen) return undefined
  const [, before, mark] = hyphen
  const head = line.slice(0, line.length - mark.length)
  if (mark === '\u00AD') return head + next
  if (!before) return /\s$/.test(head) ? undefined : line + next
  const after = /^\p{Ll}[\p{L}]*/u.exec(next)?.[0]
  if (!after) return line + next
  const joined = (before + after).toLowerCase()
  const compound = `${before}-${after}`.toLowerCase()
  const keep = !evidence.plain.has(joined) && (evidence.hyphenated.has(compound) || before.toLowerCase() === 'self')
  return keep ? line + next : head + next
}

/** Typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) spelt out as the letters they draw; nothing else is normalised. */
export function spellOutLigatures(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'))
}

/** A paragraph's lines as one run of text: lines meet with a space, or without one at a line-end hyphen or dash. */
export function joinLines(lines: readonly string[], evidence: WordEvidence): string {
  let text = ''
  for (const line of lines) {
    if (text === '') {
      text = line
      continue
    }
    const atHyphen = joinAtHyphen(text, line, evidence)
    if (atHyphen !== undefined) text = atHyphen
    // An unspaced em dash at a line end ("a catch—" / "not all") is printed without spaces.
    else if (/\S—$/.test(text) && /^\p{L}/u.test(line)) text += line
    else text += ` ${line}`
  }
  return spellOutLigatures(text)
}
