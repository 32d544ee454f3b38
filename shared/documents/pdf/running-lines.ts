/**
 * Running heads and footers: the lines printed at the top or bottom of many pages (a short title,
 * "http://www.constitution.ru/ p. 3", a printer's slug). A reader's eye skips them, so they are
 * left out of the page's text; they are where the page states its printed number. Pure.
 */
import type { PageLine } from './lines'

/** How many lines at each edge of a page can be a running head or footer. */
const EDGE_LINES = 2

/** The most words a part's name under a running head has ("Opinion of the Court", "Appendix II"). */
const PART_NAME_WORDS = 5

/** A line that is only a page number: "7", "- 7 -", "Page 7", "p. 7", "7 of 30", "iv" (not "I" or "II": those are section headings). */
const PAGE_NUMBER_LINE = /^(?:[-–—]\s*)?(?:[Pp]age\s+|p\.\s*)?(\d{1,5}|[ivxlc]{1,7})(?:\s*[-–—])?(?:\s+of\s+\d{1,5})?$/

/** A number in a running line: arabic, or lower-case roman as front matter is numbered. */
const LINE_NUMBER = /\b(?:\d+|[ivxlc]+)\b/g

/** A line's shape with its numbers blanked, so "p. 3" and "p. 4", "Page i" and "Page ii" are the same running footer. */
function shapeOf(text: string): string {
  return text.replace(LINE_NUMBER, '#').toLowerCase().replace(/\s+/g, ' ').trim()
}

interface EdgeLine {
  page: number
  /** The page's lines this stands for: one, or a whole row a footer is drawn in pieces across ("Page 49 GAO-07-283" … "Peak Oil Production"). */
  indexes: number[]
  text: string
  shape: string
  y: number
  size: number
  /** Set apart from the text beside it (towards the middle of the page) by more than a line's spacing. */
  setApart: boolean
  /** The two edge rows together: running only when the same words recur, never by its numbers (a footer over a heading "Article 5"). */
  block?: boolean
  /** The row nearest the page's edge (or the two edge rows together), where a part's running head stands. */
  outermost: boolean
  /** The page's edge it stands at (on a page of two rows, both rows count as the top's). */
  side: 'top' | 'bottom'
}

/** A row's lines left to right as one line, spaced where they stand apart. */
function rowText(lines: readonly PageLine[]): string {
  const ordered = [...lines].sort((a, b) => a.x - b.x)
  return ordered.reduce((text, line, index) => (index === 0 ? line.text : text + (line.x - ordered[index - 1].right > line.size / 6 ? ' ' : '') + line.text), '')
}

/**
 * The lines in the top and bottom EDGE_LINES rows of a page (lines at one height, such as a title
 * and a page number, are one row), each alone and, where a row holds several, the row as a whole.
 */
function edgeLines(lines: readonly PageLine[], page: number): EdgeLine[] {
  const rows: { y: number; size: number; indexes: number[] }[] = []
  const order = lines.map((line, index) => ({ line, index })).sort((a, b) => b.line.y - a.line.y)
  for (const { line, index } of order) {
    const row = rows[rows.length - 1]
    if (row && row.y - line.y < 0.5 * Math.max(row.size, line.size)) {
      row.indexes.push(index)
      row.size = Math.max(row.size, line.size)
    } else rows.push({ y: line.y, size: line.size, indexes: [index] })
  }
  // Set apart from the nearest row towards the middle with text above or below it (a job code in the margin beside a footer is not).
  const setApart = (rank: number, inward: number, indexes: readonly number[]): boolean => {
    const left = Math.min(...indexes.map((index) => lines[index].x))
    const right = Math.max(...indexes.map((index) => lines[index].right))
    for (let next = rank + inward; next >= 0 && next < rows.length; next += inward) {
      const neighbour = rows[next]
      if (neighbour.indexes.some((index) => lines[index].x < right && lines[index].right > left)) {
        return Math.abs(rows[rank].y - neighbour.y) > 1.5 * Math.max(rows[rank].size, neighbour.size)
      }
    }
    return true
  }
  const edge = (rank: number, inward: number): EdgeLine[] => {
    const row = rows[rank]
    const alone = row.indexes.map((index) => ({ page, indexes: [index], text: lines[index].text, y: lines[index].y, size: lines[index].size }))
    const whole = row.indexes.length > 1 ? [{ page, indexes: row.indexes, text: rowText(row.indexes.map((index) => lines[index])), y: row.y, size: row.size }] : []
    const outermost = rank === 0 || rank === rows.length - 1
    const side = inward > 0 ? ('top' as const) : ('bottom' as const)
    return [...alone, ...whole].map((entry) => ({ ...entry, shape: shapeOf(entry.text), setApart: setApart(rank, inward, entry.indexes), outermost, side }))
  }
  // The two edge rows as one running head ("Appendix III: Key Technologies to Enhance" / "the Supply of Oil"), set apart as the inner row is.
  const block = (outer: number, inner: number): EdgeLine[] => {
    // A third row to stand apart from is enough: a letter printed as a picture has only its head and footer as text.
    if (rows.length < EDGE_LINES + 1) return []
    const indexes = [...rows[outer].indexes, ...rows[inner].indexes]
    const text = `${rowText(rows[outer].indexes.map((index) => lines[index]))} ${rowText(rows[inner].indexes.map((index) => lines[index]))}`
    const size = Math.max(rows[outer].size, rows[inner].size)
    const side = inner > outer ? ('top' as const) : ('bottom' as const)
    return [{ page, indexes, text, shape: shapeOf(text), y: rows[outer].y, size, setApart: setApart(inner, inner - outer, indexes), block: true, outermost: true, side }]
  }
  const bottomStart = Math.max(EDGE_LINES, rows.length - EDGE_LINES)
  return [
    ...rows.slice(0, EDGE_LINES).flatMap((_, rank) => edge(rank, 1)),
    ...rows.slice(bottomStart).flatMap((_, offset) => edge(bottomStart + offset, -1)),
    ...block(0, 1),
    ...block(rows.length - 1, rows.length - 2)
  ]
}

export interface PageWithoutRunningLines {
  lines: PageLine[]
  /** The running lines taken out, top and bottom, for finding the printed page number. */
  running: string[]
}

/** Whether a number in one line and a number in another differ by exactly the pages between them, as page numbers do. */
function inStep(text: string, page: number, otherText: string, otherPage: number): boolean {
  const numbers = (line: string) => (line.match(LINE_NUMBER) ?? []).map((token) => (/\d/.test(token) ? Number(token) : romanValue(token)))
  const others = numbers(otherText)
  return numbers(text).some((n) => others.some((m) => m - n === otherPage - page))
}

/**
 * Takes out, on every page, the edge lines set apart from the text that recur at the same height
 * on at least three pages (and a fifth of a long document's pages): word for word, or with numbers
 * that follow the pages ("p. 3", "p. 4"; a heading such as "Article 5" that happens to end several
 * pages does not), and edge lines that are only a page number. A part's running head (an
 * appendix's title over each of its pages, in one line or two) goes when the same words stand at
 * the page's edge on three pages in a row; so does a part's name, the same few words on three
 * pages in a row just under a running head, where the document runs its parts' names elsewhere
 * (a slip opinion's "Syllabus" on three pages, where "Opinion of the Court" runs on twelve).
 */
export function dropRunningLines(pages: readonly (readonly PageLine[])[]): PageWithoutRunningLines[] {
  const edges = pages.map(edgeLines)
  const byShape = new Map<string, EdgeLine[]>()
  for (const edge of edges.flat()) byShape.set(edge.shape, [...(byShape.get(edge.shape) ?? []), edge])
  const threshold = Math.max(3, Math.ceil(pages.length / 5))
  const textOf = (edge: EdgeLine) => edge.text
  /** Edge lines at one height on their pages, within what a page's layout lets drift. */
  const atHeightOf = (edge: EdgeLine) => (other: EdgeLine) => Math.abs(other.y - edge.y) <= Math.max(2, 0.6 * edge.size)
  const isRunning = (edge: EdgeLine): boolean => {
    const text = textOf(edge)
    if (PAGE_NUMBER_LINE.test(text.trim())) return true
    const alike = (byShape.get(edge.shape) ?? []).filter(atHeightOf(edge))
    if (!edge.setApart) return false
    const samePages = new Set(alike.filter((other) => textOf(other) === text).map((other) => other.page))
    // The same words at the same place on three pages in a row: a running head of one part (an appendix's title).
    const inARow = edge.outermost && [-2, -1, 0].some((start) => [0, 1, 2].every((step) => samePages.has(edge.page + start + step)))
    if (inARow) return true
    if (edge.block) return false
    if (new Set(alike.map((other) => other.page)).size < threshold) return false
    if (samePages.size >= threshold) return true
    const nearby = alike.filter((other) => other.page !== edge.page && Math.abs(other.page - edge.page) <= 3)
    return nearby.some((other) => inStep(text, edge.page, textOf(other), other.page))
  }
  const runningEdges = edges.map((pageEdges) => pageEdges.filter(isRunning))
  // Where a document names its parts under its running head: running lines just inside the top row ("Opinion of the Court").
  const partNames = runningEdges.flat().filter((edge) => edge.side === 'top' && !edge.outermost && !edge.block)
  const headed = runningEdges.map((pageEdges) => pageEdges.some((edge) => edge.side === 'top' && edge.outermost))
  const underARunningHead = (edge: EdgeLine): boolean => {
    // A part's name is a few words ("Syllabus"); a table's header row or a sentence is not one.
    if (edge.side !== 'top' || edge.outermost || !edge.setApart || edge.text.trim().split(/\s+/).length > PART_NAME_WORDS) return false
    if (!partNames.some(atHeightOf(edge))) return false
    const samePages = new Set(
      (byShape.get(edge.shape) ?? [])
        .filter((other) => other.text === edge.text && other.side === 'top' && !other.outermost && atHeightOf(edge)(other) && headed[other.page])
        .map((other) => other.page)
    )
    return [-2, -1, 0].some((start) => [0, 1, 2].every((step) => samePages.has(edge.page + start + step)))
  }
  return pages.map((lines, page) => {
    const running = new Set([...runningEdges[page], ...edges[page].filter(underARunningHead)].flatMap((edge) => edge.indexes))
    return {
      lines: lines.filter((_, index) => !running.has(index)),
      running: lines.filter((_, index) => running.has(index)).map((line) => line.text)
    }
  })
}

const ROMAN = /^[ivxlc]+$/i
function romanValue(token: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 }
  const digits = [...token.toLowerCase()].map((ch) => values[ch])
  return digits.reduce((sum, value, index) => sum + (value < (digits[index + 1] ?? 0) ? -value : value), 0)
}

interface Candidate {
  label: string
  value: number
  roman: boolean
  /** Printed on a line of its own ("1", "Page 1"), not inside a running head. */
  alone: boolean
}

/** The numbers a running line could be stating as the page's number (not zero-padded slugs like "Frm 00002"). */
function candidatesIn(running: readonly string[]): Candidate[] {
  const found: Candidate[] = []
  for (const line of running) {
    const alone = PAGE_NUMBER_LINE.test(line.trim())
    for (const token of line.split(/[\s/|]+/)) {
      const bare = token.replace(/^[-–—(]+|[-–—).,]+$/g, '')
      if (/^[1-9]\d{0,4}$/.test(bare)) found.push({ label: bare, value: Number(bare), roman: false, alone })
      else if (ROMAN.test(bare) && bare.length <= 7 && bare === bare.toLowerCase()) found.push({ label: bare, value: romanValue(bare), roman: true, alone })
    }
  }
  return found
}

function romanNumeral(value: number): string {
  const steps: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let rest = value
  let numeral = ''
  for (const [step, letters] of steps) for (; rest >= step; rest -= step) numeral += letters
  return numeral
}

/**
 * The number each page prints, where its running lines state one: a number counts when the page
 * before or after states the number one less or one more, so a date or a docket number in a
 * running head is not taken for a page number, and numbering that restarts (a slip opinion's
 * syllabus, opinion and concurrence each start at 1) is followed; a 1 printed on a line of its own
 * starts numbering afresh even on a one-page part (a concurrence). A page whose number pdf.js
 * cannot place between two pages that are numbered in step takes the number between them.
 */
export function printedPageNumbers(pages: readonly PageWithoutRunningLines[]): (string | undefined)[] {
  const candidates = pages.map((page) => candidatesIn(page.running))
  const has = (page: number, value: number, roman: boolean) =>
    candidates[page]?.some((candidate) => candidate.value === value && candidate.roman === roman) ?? false
  const found = candidates.map((list, page) =>
    list.find(
      (candidate) =>
        has(page - 1, candidate.value - 1, candidate.roman) || has(page + 1, candidate.value + 1, candidate.roman) || (candidate.alone && candidate.value === 1)
    )
  )
  return found.map((candidate, page) => {
    if (candidate) return candidate.label
    const before = found.slice(0, page).findLastIndex((other) => other !== undefined)
    const after = found.findIndex((other, index) => index > page && other !== undefined)
    const [low, high] = [found[before], found[after]]
    if (!low || !high || low.roman !== high.roman || high.value - low.value !== after - before) return undefined
    const value = low.value + (page - before)
    return low.roman ? romanNumeral(value) : `${value}`
  })
}
