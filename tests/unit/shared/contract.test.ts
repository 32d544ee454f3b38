import { describe, expect, it } from 'vitest'
import { contract, isOperationName, OPERATION_NAMES } from '../../../shared/contract'
import { ApiError, fromZodError } from '../../../shared/errors'
import { emptyLibrary, LibrarySchema } from '../../../shared/model/library'

describe('the contract', () => {
  it('names every operation once, as area.verb, and marks each read or write', () => {
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length)
    for (const name of OPERATION_NAMES) {
      expect(name).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/)
      expect(['read', 'write']).toContain(contract[name].kind)
    }
  })

  it('does not mistake inherited object keys for operations', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 42, null]) {
      expect(isOperationName(name)).toBe(false)
    }
    expect(isOperationName('motion.create')).toBe(true)
  })

  it('trims titles and refuses empty or whitespace-only ones with a message naming the field', () => {
    const input = contract['motion.create'].input
    expect(input.parse({ title: '  Resolved: X  ' }).title).toBe('Resolved: X')
    const result = input.safeParse({ title: '   ' })
    expect(result.success).toBe(false)
    const error = fromZodError(result.error!)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.code).toBe('invalid_input')
    expect(error.path).toBe('title')
    expect(error.message).toBe('Motion title must not be empty (at title)')
  })

  it('keeps titles on one line and refuses ones made only of invisible characters', () => {
    const input = contract['motion.create'].input
    expect(input.parse({ title: 'THBT\nstates\u0000 may\tsecede' }).title).toBe('THBT states  may secede')
    for (const title of ['\u200b', '\u200b\u200d ', '\u00a0', '\n\t']) {
      expect(input.safeParse({ title }).success, JSON.stringify(title)).toBe(false)
    }
    expect(input.parse({ title: '加州' }).title).toBe('加州')
  })

  it('refuses ids that are not plain URL-safe tokens', () => {
    const input = contract['motion.get'].input
    for (const motionId of ['', '../etc', 'a b', 'x'.repeat(81), '<script>']) {
      expect(input.safeParse({ motionId }).success).toBe(false)
    }
    expect(input.safeParse({ motionId: '0f8c-4b_A' }).success).toBe(true)
  })

  it('bounds claim text so a pasted book cannot freeze a view', () => {
    const input = contract['claim.add'].input
    const base = { motionId: 'm', parentId: null, stance: 'pro' }
    expect(input.safeParse({ ...base, title: 'x'.repeat(300) }).success).toBe(true)
    expect(input.safeParse({ ...base, title: 'x'.repeat(301) }).success).toBe(false)
    expect(input.safeParse({ ...base, title: 'ok', stance: 'neutral' }).success).toBe(false)
  })

  it('accepts an empty library and rejects one with a missing collection', () => {
    expect(LibrarySchema.safeParse(emptyLibrary()).success).toBe(true)
    const { claims: _claims, ...withoutClaims } = emptyLibrary()
    expect(LibrarySchema.safeParse(withoutClaims).success).toBe(false)
  })
})
