/**
 * Alterations of a quotation, marked as legal writing marks them: words left out become an
 * ellipsis ("…"), words added or changed stand in [brackets]. Everything else must be the
 * source's own words in the source's order, so a reader can trust every unmarked word, and
 * every omission shows where it is: brackets stand in for at most as many source words as
 * they hold, one for one, so they never hide words left out.
 * Spacing is not part of the check (an edit may rejoin words across a line break).
 */
import { diffArrays } from 'diff'
import { ApiError } from '../errors'

/**
 * An ellipsis ("…", "..." or the Bluebook's ". . .") or a bracketed insertion; kept by split.
 * Insertions do not nest: "[^[\]]" keeps a text of many "[" with no "]" from being rescanned
 * from each one to its end.
 */
const MARKER = /(…|\. ?\. ?\.|\[[^[\]]*\])/
const ELLIPSIS = /^(…|\. ?\. ?\.)$/
const isEllipsis = (marker: string | undefined) => marker !== undefined && !marker.startsWith('[')

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean)
/** Words in a stretch of text, counting a piece of a word ("T" of "The") as one. */
const countWords = (text: string) => wordsOf(text).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
/** Whether position `at` of `text` falls between words, not inside one. */
const atWordEdge = (text: string, at: number) => !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[at] ?? '')

/** What the markers between two kept stretches of a quotation may stand for. */
interface Gap {
  ellipsis: boolean
  /** Words inside the brackets: each may replace one source word. */
  bracketWords: number
}
const gapOf = (markers: string[]): Gap => ({
  ellipsis: markers.some(isEllipsis),
  bracketWords: markers.filter((m) => !isEllipsis(m)).reduce((sum, m) => sum + countWords(m.slice(1, -1)), 0)
})
/** Source words skipped at a gap must be shown: by an ellipsis, or replaced one for one. */
const covers = (gap: Gap, skipped: string) => gap.ellipsis || countWords(skipped) <= gap.bracketWords

/**
 * Whether `marked` is `original` changed only where it says so: the text between markers
 * appears in the original in order, words are skipped only where an ellipsis stands (or where
 * brackets replace them one for one), an ellipsis leaves out whole words only (never "un…"
 * for "unconstitutional"), and some of the source's own words remain. Next to a bracket a
 * word may change in part: "[T]he".
 */
export function isMarkedAlteration(original: string, marked: string): boolean {
  const source = flat(original)
  // Literals at even places, the markers between them at odd places.
  const parts = flat(marked).split(MARKER)
  if (parts.length === 1) return parts[0] === source
  const kept: { text: string; index: number; gap: Gap }[] = []
  let markers: string[] = []
  parts.forEach((part, i) => {
    if (i % 2 === 1) return void markers.push(part)
    const text = part.trim()
    if (text === '') return
    kept.push({ text, index: i, gap: gapOf(markers) })
    markers = []
  })
  if (kept.length === 0) return false
  const end = gapOf(markers)
  const last = parts.length - 1
  const failed = new Set<string>()
  // Places each kept stretch in turn; a stretch found more than once is tried at each place.
  const place = (k: number, from: number): boolean => {
    if (k === kept.length) return covers(end, source.slice(from))
    const key = `${k}:${from}`
    if (failed.has(key)) return false
    const { text, index, gap } = kept[k] as (typeof kept)[number]
    const fits = (at: number) =>
      (!isEllipsis(parts[index - 1]) || atWordEdge(source, at)) &&
      (!isEllipsis(parts[index + 1]) || atWordEdge(source, at + text.length)) &&
      covers(gap, source.slice(from, at))
    const places = index === 0 ? [0] : index === last ? [source.length - text.length] : null
    if (places) {
      const at = places[0] as number
      if (at >= from && source.startsWith(text, at) && fits(at) && place(k + 1, at + text.length)) return true
    } else {
      for (let at = source.indexOf(text, from); at >= 0; at = source.indexOf(text, at + 1)) {
        if (fits(at) && place(k + 1, at + text.length)) return true
      }
    }
    failed.add(key)
    return false
  }
  return place(0, 0)
}

/** Past these, a word-by-word comparison costs too much to run on each save. */
export const ALTERATION_LIMITS = { words: 20_000, changedWords: 2_000 }

/** A word without the punctuation around it: "Constitution," matches "Constitution". */
const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
/** The edit keeps a source word when it is the word, or the word with punctuation at its edges dropped. */
const keeps = (sourceWord: string, editedWord: string) =>
  sourceWord === editedWord || (bare(editedWord) !== '' && bare(editedWord) === bare(sourceWord) && sourceWord.includes(editedWord))

type Piece = { kind: 'word'; source: string; edited: string } | { kind: 'omitted' } | { kind: 'added'; words: string[] }

/**
 * Marks the differences between a quotation and an edit of it, word by word: words left out
 * become "…" at their place, added or replacing words "[…]". A replacement stands for as many
 * source words as it has; source words beyond those show as "…" beside it. An edit already
 * marked (the user typed the ellipses and brackets) is kept as it is. Refused, with a message,
 * when the texts are too long or too different to compare quickly.
 */
export function markAlteration(original: string, edited: string): string {
  if (isMarkedAlteration(original, edited)) return edited
  const source = wordsOf(original)
  // Omissions are marked wherever they fall, so ellipses the user typed add nothing.
  const edit = wordsOf(edited).filter((word) => !ELLIPSIS.test(word))
  if (source.length + edit.length > ALTERATION_LIMITS.words) {
    throw new ApiError(
      'invalid_input',
      `This card and its source have ${(source.length + edit.length).toLocaleString('en')} words between them, more than the ${ALTERATION_LIMITS.words.toLocaleString('en')} Casebook compares word by word. Mark the changes yourself: “…” for words left out, [brackets] for words added or changed.`,
      'text'
    )
  }
  const diff = diffArrays(source, edit, { comparator: keeps, maxEditLength: ALTERATION_LIMITS.changedWords })
  if (diff === undefined) {
    throw new ApiError(
      'invalid_input',
      `This edit changes more than ${ALTERATION_LIMITS.changedWords.toLocaleString('en')} words of the card, too many to mark one by one. Mark the changes yourself (“…” for words left out, [brackets] for words added or changed), or paste a card of your own.`,
      'text'
    )
  }
  const pieces: Piece[] = []
  let at = 0
  let removed = 0
  let added: string[] = []
  const closeHunk = () => {
    // Brackets inside an insertion would read as the end of it.
    const words = added.map((word) => word.replace(/[[\]]/g, '')).filter(Boolean)
    if (words.length > 0) pieces.push({ kind: 'added', words })
    if (removed > words.length) pieces.push({ kind: 'omitted' })
    removed = 0
    added = []
  }
  for (const part of diff) {
    if (part.removed) {
      removed += part.count
      at += part.count
    } else if (part.added) added.push(...part.value)
    else {
      closeHunk()
      part.value.forEach((word, i) => pieces.push({ kind: 'word', source: source[at + i] as string, edited: word }))
      at += part.count
    }
  }
  closeHunk()
  return pieces
    .map((piece, i) => {
      if (piece.kind === 'omitted') return '…'
      if (piece.kind === 'added') return `[${piece.words.join(' ')}]`
      // Punctuation the edit dropped from a source word may go only where an ellipsis says so.
      const lead = piece.source.indexOf(piece.edited)
      const trail = piece.source.length - lead - piece.edited.length
      const dropsOnlyBesideOmissions = (lead === 0 || pieces[i - 1]?.kind === 'omitted') && (trail === 0 || pieces[i + 1]?.kind === 'omitted')
      return dropsOnlyBesideOmissions ? piece.edited : piece.source
    })
    .join(' ')
}
