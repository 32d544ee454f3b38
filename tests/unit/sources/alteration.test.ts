import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMarkedAlteration, markAlteration } from '../../../shared/sources/alteration'

const CLAUSE = 'New States may be admitted by the Congress into this Union; but no new State shall be formed or erected within the Jurisdiction of any other State'

const TENTH = 'The powers not delegated to the United States by the Constitution, nor prohibited by it to the States, are reserved to the States respectively, or to the people.'

/**
 * An oracle written apart from the code under test: whether the card's words outside brackets
 * can be matched, in order, to the source's words (a card word may drop punctuation at its
 * edges) so that every run of source words the card leaves out has an ellipsis at its place,
 * or brackets there replacing them one word for one.
 */
function showsEveryOmission(source: string[], card: string): boolean {
  const tokens = card.match(/\[[^\]]*\]|…|\S+/g) ?? []
  const words: { word: string; ellipsis: boolean; bracketWords: number }[] = []
  let ellipsis = false
  let bracketWords = 0
  for (const token of tokens) {
    if (token === '…') ellipsis = true
    else if (token.startsWith('[')) bracketWords += token.slice(1, -1).split(/\s+/).filter(Boolean).length
    else {
      words.push({ word: token, ellipsis, bracketWords })
      ellipsis = false
      bracketWords = 0
    }
  }
  const shown = (skipped: number, gap: { ellipsis: boolean; bracketWords: number }) => skipped === 0 || gap.ellipsis || gap.bracketWords >= skipped
  const matches = (cardWord: string, sourceWord: string) => cardWord === sourceWord || (/\p{L}/u.test(cardWord) && sourceWord.includes(cardWord) && sourceWord.replace(cardWord, '').match(/^[^\p{L}\p{N}]*$/u) !== null)
  const memo = new Map<string, boolean>()
  const align = (k: number, from: number): boolean => {
    if (k === words.length) return shown(source.length - from, { ellipsis, bracketWords })
    const key = `${k}:${from}`
    if (!memo.has(key)) {
      const card = words[k] as (typeof words)[number]
      let found = false
      for (let at = from; at < source.length && !found; at++) {
        found = matches(card.word, source[at] as string) && shown(at - from, card) && align(k + 1, at + 1)
      }
      memo.set(key, found)
    }
    return memo.get(key) as boolean
  }
  return align(0, 0)
}

const wordsArb = fc.array(fc.constantFrom('New', 'States', 'may', 'be', 'admitted', 'by', 'the', 'Congress', 'Union;', 'State', '§', 'nation'), { minLength: 1, maxLength: 20 })
/** An edit of a list of words: some dropped, some replaced by or joined with words the source never has. */
const editArb = (words: string[]) =>
  fc.array(fc.constantFrom('keep', 'keep', 'drop', 'replace', 'insert'), { minLength: words.length, maxLength: words.length }).map((ops) =>
    words.flatMap((word, i) => ({ keep: [word], drop: [], replace: ['ADDED'], insert: [word, 'INSERTED'] })[ops[i] as 'keep'])
  )

describe('marked alterations', () => {
  it('marks dropped words with an ellipsis and added or changed words in brackets', () => {
    expect(markAlteration(CLAUSE, 'New States may be admitted by Congress into this Union;')).toBe('New States may be admitted by … Congress into this Union; …')
    expect(markAlteration(CLAUSE, 'new States may be admitted by the Congress into this Union;')).toBe('[new] States may be admitted by the Congress into this Union; …')
    expect(markAlteration(CLAUSE, 'New States may be admitted by the legislature into this Union; but no new State shall be formed or erected within the Jurisdiction of any other State')).toBe(
      'New States may be admitted by the [legislature] into this Union; but no new State shall be formed or erected within the Jurisdiction of any other State'
    )
  })

  it('shows the words left out of the 10th Amendment as an ellipsis, never inside a bracket', () => {
    const marked = markAlteration(TENTH, 'The rights not delegated to the United States by the Constitution are reserved to the States')
    expect(marked).toBe('The [rights] not delegated to the United States by the Constitution … are reserved to the States …')
    expect(isMarkedAlteration(TENTH, marked)).toBe(true)
    // The form the issue found: "[Constitution]" swallowing ", nor prohibited by it to the States,".
    expect(isMarkedAlteration(TENTH, 'The [rights] not delegated to the United States by the [Constitution] are reserved to the States …')).toBe(false)
    // A replacement of fewer words than it stands for keeps the rest as an ellipsis beside it.
    expect(markAlteration(TENTH, 'The rights are reserved to the States respectively, or to the people.')).toBe('The [rights] … are reserved to the States respectively, or to the people.')
  })

  it('keeps punctuation it cannot account for: a dropped comma between kept words stays', () => {
    expect(markAlteration(TENTH, 'The powers not delegated to the United States by the Constitution nor prohibited by it to the States')).toBe(
      'The powers not delegated to the United States by the Constitution, nor prohibited by it to the States …'
    )
  })

  it('refuses, with a message, texts too long or too different to compare quickly', () => {
    const long = Array.from({ length: 12_000 }, (_, i) => `w${i}`).join(' ')
    expect(() => markAlteration(long, `${long} more`)).toThrow(/more than the 20,000 Casebook compares word by word/)
    const source = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(' ')
    const rewritten = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? `w${i}` : `x${i}`)).join(' ')
    expect(() => markAlteration(source, rewritten)).toThrow(/changes more than 2,000 words/)
  })

  it('keeps an edit the user marked already', () => {
    const marked = 'New States may be admitted by [Congress] … but no new State shall be formed … within the Jurisdiction of any other State'
    expect(isMarkedAlteration(CLAUSE, marked)).toBe(true)
    expect(markAlteration(CLAUSE, marked)).toBe(marked)
    expect(isMarkedAlteration(CLAUSE, 'New States may be admitted ... into this Union; but no new State shall be formed or erected within the Jurisdiction of any other State')).toBe(true)
  })

  it('refuses an ellipsis inside a word, and brackets with none of the source left', () => {
    const source = 'The tax is unconstitutional and void'
    expect(isMarkedAlteration(source, 'The tax is … constitutional and void')).toBe(false)
    expect(isMarkedAlteration(source, '… constitutional and void')).toBe(false)
    expect(isMarkedAlteration(source, 'The tax is un…')).toBe(false)
    expect(isMarkedAlteration(source, 'The tax is … void')).toBe(true)
    // "The" is left out, so an ellipsis must say so: "[T]" replaces one word, not two.
    expect(isMarkedAlteration(source, '[T]ax is unconstitutional and void')).toBe(false)
    expect(isMarkedAlteration(source, '… [T]ax is unconstitutional and void')).toBe(true)
    expect(isMarkedAlteration(source, '[T]he tax is unconstitutional and void')).toBe(true)
    expect(isMarkedAlteration(source, '[The President says so] …')).toBe(false)
    expect(isMarkedAlteration(source, '…')).toBe(false)
  })

  it('refuses unmarked changes: a changed word, a dropped word, words moved, a cut end', () => {
    expect(isMarkedAlteration(CLAUSE, CLAUSE.replace('Congress', 'President'))).toBe(false)
    expect(isMarkedAlteration(CLAUSE, CLAUSE.replace('the Congress', 'Congress'))).toBe(false)
    expect(isMarkedAlteration(CLAUSE, `New States … but no new State shall be formed or erected … into this Union;`)).toBe(false)
    expect(isMarkedAlteration(CLAUSE, 'New States may be admitted … into this Union; but no new State')).toBe(false)
    expect(isMarkedAlteration(CLAUSE, 'New States may be admitted … into this Union; but no new State …')).toBe(true)
  })

  it('whatever the edit, the marked form passes the check and unmarked words stay the source’s, in order', () => {
    fc.assert(
      fc.property(wordsArb.chain((words) => fc.tuple(fc.constant(words), editArb(words))), ([words, edit]) => {
        const original = words.join(' ')
        const marked = markAlteration(original, edit.join(' '))
        // An edit that keeps none of the source's words is no quotation at all.
        const keepsAWord = edit.some((word) => (words as string[]).includes(word))
        expect(isMarkedAlteration(original, marked)).toBe(keepsAWord)
        if (!keepsAWord) return
        expect(markAlteration(original, marked)).toBe(marked)
        // Words the source never has only ever appear inside brackets.
        expect(marked.replace(/\[[^\]]*\]/g, '')).not.toMatch(/ADDED|INSERTED/)
        if (edit.join(' ') === original) expect(marked).toBe(original)
        expect(showsEveryOmission(words, marked)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it('for any edit of a real clause, every source word left out shows as an ellipsis at its place or is replaced one for one', () => {
    const source = TENTH.split(' ')
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('keep', 'keep', 'keep', 'drop', 'replace', 'insert', 'trim'), { minLength: source.length, maxLength: source.length }),
        (ops) => {
          const edit = source.flatMap((word, i) => ({ keep: [word], drop: [], replace: ['rights'], insert: [word, 'indeed'], trim: [word.replace(/[,.]$/, '')] })[ops[i] as 'keep'])
          if (!edit.some((word) => source.includes(word) || source.includes(`${word},`))) return
          const marked = markAlteration(TENTH, edit.join(' '))
          expect(showsEveryOmission(source, marked)).toBe(true)
          expect(isMarkedAlteration(TENTH, marked)).toBe(true)
        }
      ),
      { numRuns: 500 }
    )
  })

  it('an unmarked word the source does not have is always refused', () => {
    fc.assert(
      fc.property(wordsArb, fc.nat(), (words, at) => {
        const changed: string[] = [...words]
        changed[at % words.length] = 'FOREIGN'
        expect(isMarkedAlteration(words.join(' '), changed.join(' '))).toBe(false)
        expect(isMarkedAlteration(words.join(' '), `… ${changed.join(' ')} …`)).toBe(false)
      })
    )
  })
})
