import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMarkedAlteration, markAlteration } from '../../../shared/sources/alteration'

const CLAUSE = 'New States may be admitted by the Congress into this Union; but no new State shall be formed or erected within the Jurisdiction of any other State'

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
    expect(isMarkedAlteration(source, '[T]ax is unconstitutional and void')).toBe(true)
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
      }),
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
