import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, recordChange, redo, replacePresent, startHistory, undo, type EditHistory } from '../../../shared/practice/edit-history'

/** A change: a new value, typed into a group (a cell) or not. */
const changeArb = fc.record({ value: fc.integer(), group: fc.option(fc.constantFrom('a', 'b'), { nil: null }) })

describe('undo and redo over a flow sheet’s edits', () => {
  it('steps back and forward through changes, and a new change forgets what was undone', () => {
    let h = recordChange(recordChange(startHistory('empty'), 'one'), 'two')
    expect(canUndo(h)).toBe(true)
    expect(canRedo(h)).toBe(false)
    h = undo(h)
    expect(h.present).toBe('one')
    expect(canRedo(h)).toBe(true)
    expect(redo(h).present).toBe('two')
    h = recordChange(undo(h), 'other')
    expect([h.present, canRedo(h)]).toEqual(['other', false])
    expect(undo(h).present).toBe('empty')
    // Nothing to undo or redo: the same history.
    const start = startHistory('x')
    expect(undo(start)).toBe(start)
    expect(redo(start)).toBe(start)
  })

  it('takes back one cell’s typing in one step, but keeps typing in another cell a step of its own', () => {
    let h = startHistory('')
    for (const text of ['T', 'Te', 'Tex', 'Texas']) h = recordChange(h, text, 'row1:0')
    h = recordChange(h, 'Texas|v', 'row1:1')
    expect(undo(h).present).toBe('Texas')
    expect(undo(undo(h)).present).toBe('')
    // Typing again in the same cell after an undo starts a new step, so the undo can be redone away.
    const again = recordChange(undo(h), 'Texas!', 'row1:0')
    expect(undo(again).present).toBe('Texas')
  })

  it('is no step when nothing changed, forgets the oldest steps past its limit, and takes a save’s answer without a step', () => {
    const h = recordChange(startHistory(1), 2)
    expect(recordChange(h, 2)).toBe(h)
    let long: EditHistory<number> = startHistory(0)
    for (let i = 1; i <= 10; i++) long = recordChange(long, i, null, 3)
    expect(long.past).toEqual([7, 8, 9])
    const saved = replacePresent(h, 20)
    expect([saved.present, saved.past]).toEqual([20, [1]])
  })

  it('undoes every change back to the start and redoes them all again, for any changes', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(changeArb, { maxLength: 40 }), (first, changes) => {
        let h = startHistory(first)
        // What each step leaves: a grouped change typed right after one of its group replaces the step before it.
        for (const { value, group } of changes) h = recordChange(h, value, group)
        const steps = [...h.past, h.present]
        expect(steps[0]).toBe(first)
        let back = h
        const seen = [back.present]
        while (canUndo(back)) seen.unshift((back = undo(back)).present)
        expect(seen).toEqual(steps)
        let forward = back
        while (canRedo(forward)) forward = redo(forward)
        expect(forward.present).toBe(h.present)
        expect(forward.past).toEqual(h.past)
      })
    )
  })

  it('after any changes, an undo then a redo gives back the present state', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(changeArb, { minLength: 1, maxLength: 30 }), (first, changes) => {
        let h = startHistory(first)
        for (const { value, group } of changes) h = recordChange(h, value, group)
        if (canUndo(h)) expect(redo(undo(h)).present).toBe(h.present)
      })
    )
  })
})
