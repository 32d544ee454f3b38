/** Packs are untrusted files: each hostile shape is refused with its JSON path and reason. */
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/errors'
import { readPack } from '../../../shared/packs/read'
import { json, smallPack } from './fixtures'

function problem(text: string): { path: string; message: string } {
  try {
    readPack(text)
  } catch (error) {
    if (error instanceof ApiError) return { path: error.path, message: error.message }
    throw error
  }
  throw new Error('the pack was accepted')
}

const withChange = (change: (pack: ReturnType<typeof smallPack> & Record<string, unknown>) => void): string => {
  const pack = smallPack() as ReturnType<typeof smallPack> & Record<string, unknown>
  change(pack)
  return json(pack)
}

describe('reading a pack', () => {
  it('accepts a well-formed pack and fills in defaults', () => {
    const pack = readPack(json(smallPack()))
    expect(pack.claims[1]).toMatchObject({ body: '', evidence: [], tags: [], strength: null, locked: false })
    expect(pack.meta.edition).toBe('teacher')
  })

  it('refuses what is not JSON, or not a pack', () => {
    expect(problem('{"format": "casebook-pack",').message).toMatch(/not valid JSON/)
    expect(problem(json({ format: 'something-else', version: 1 }))).toMatchObject({ path: 'format', message: expect.stringMatching(/not a Casebook pack/) })
    expect(problem(json({ ...smallPack(), version: 3 }))).toMatchObject({ path: 'version', message: expect.stringMatching(/reads versions 1 and 2/) })
    expect(readPack(json({ ...smallPack(), version: 2 })).version).toBe(2)
  })

  it('refuses wrong types by path', () => {
    expect(problem(withChange((p) => ((p.claims as unknown[])[1] = { ...(p.claims as object[])[1], stance: 'maybe' }))).path).toBe('claims[1].stance')
    expect(problem(withChange((p) => ((p.motions as unknown) = 'all of them'))).path).toBe('motions')
    expect(problem(withChange((p) => ((p.quotes as unknown[])[0] = { ...(p.quotes as object[])[0], text: 42 }))).path).toBe('quotes[0].text')
  })

  it('refuses references to items that are not there', () => {
    expect(problem(withChange((p) => (p.claims![1]!.parentId = 'ghost')))).toMatchObject({ path: 'claims[1].parentId', message: expect.stringContaining('no claim "ghost"') })
    expect(problem(withChange((p) => (p.claims![0]!.evidence = ['q1', 'q9']))).path).toBe('claims[0].evidence[1]')
    expect(problem(withChange((p) => (p.quotes![0]!.sourceId = 'nowhere'))).path).toBe('quotes[0].sourceId')
    expect(problem(withChange((p) => (p.drills![0]!.motionId = 'm9'))).path).toBe('drills[0].motionId')
    expect(problem(withChange((p) => (p.claims![0]!.motionId = 'm9'))).path).toBe('claims[0].motionId')
  })

  it('refuses repeated ids and claims beneath themselves', () => {
    expect(problem(withChange((p) => p.claims!.push({ ...p.claims![0]!, title: 'again' })))).toMatchObject({ path: 'claims[2].id', message: expect.stringContaining('used twice') })
    expect(problem(withChange((p) => (p.claims![0]!.parentId = 'c2'))).message).toMatch(/beneath itself/)
  })

  it('refuses ids that are not well formed', () => {
    expect(problem(withChange((p) => (p.motions![0]!.id = '../../etc'))).path).toBe('motions[0].id')
    expect(problem(withChange((p) => (p.meta.id = 'Has Spaces'))).path).toBe('meta.id')
  })

  it('refuses prototype keys wherever they are', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = json(smallPack()).replace('"title":"Every vote', `"${key}":{"polluted":true},"title":"Every vote`)
      expect(problem(text)).toMatchObject({ path: `claims[0].${key}`, message: expect.stringContaining(`"${key}" is not allowed`) })
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(problem(`{"format":"casebook-pack","version":1,"extra":${deep}}`).message).toMatch(/nest/)
  })

  it('refuses a file over 20 MB before reading it', () => {
    const big = json(smallPack()).replace('"Ms Rivera"', `"${'x'.repeat(25 * 1024 * 1024)}"`)
    expect(problem(big).message).toMatch(/25\.0 MB; a pack may be at most 20\.0 MB/)
  })

  it('refuses 100,000 items by count', () => {
    const claims = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, motionId: 'm1', stance: 'pro', title: 't' }))
    expect(problem(json({ ...smallPack(), claims }))).toMatchObject({ path: 'claims', message: expect.stringContaining('at most 20000') })
  })

  it('says a refused pack’s problem plainly first, with the JSON path after it', () => {
    expect(problem(withChange((p) => ((p.claims![1] as { stance: string }).stance = 'maybe'))).message).toBe('Claim 2 says its side is "maybe"; a side is pro or con (in the file: claims[1].stance)')
    expect(problem(withChange((p) => (p.claims![1]!.parentId = 'ghost'))).message).toBe('Claim 2: no claim "ghost" in the pack (in the file: claims[1].parentId)')
  })

  it('says a Word file, another zip or binary data renamed .casebook is not a Casebook pack', () => {
    // The first bytes of every .docx (a zip), as a file read as text gives them.
    const word = `PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000[Content_Types].xml`
    expect(problem(word)).toMatchObject({ path: '', message: expect.stringMatching(/^This file is not a Casebook pack: it is a zip archive \(a Word document, for example\)/) as unknown as string })
    expect(problem('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR').message).toMatch(/^This file is not a Casebook pack: it holds binary data/)
    expect(problem('Dear class, here are the notes.').message).toMatch(/^This file is not a Casebook pack: it is not valid JSON/)
  })

  it('refuses a string of a million characters', () => {
    expect(problem(withChange((p) => (p.claims![0]!.body = 'a'.repeat(1_000_000)))).path).toBe('claims[0].body')
  })

  it('keeps markup as plain text: it is data, never interpreted', () => {
    const script = '<script>window.hacked = true</script><img src=x onerror="alert(1)">'
    const pack = readPack(withChange((p) => (p.claims![0]!.body = script)))
    expect(pack.claims[0]?.body).toBe(script)
  })

  it('refuses a card cut from a bundled text that does not match it, or a range outside it', () => {
    const cut = { id: 'q2', sourceId: 'us-const', unitId: 'amend10', range: { start: 4, end: 10 }, text: 'powers' }
    expect(() => readPack(withChange((p) => p.quotes!.push(cut)))).not.toThrow()
    expect(problem(withChange((p) => p.quotes!.push({ ...cut, text: 'Powers' })))).toMatchObject({ path: 'quotes[1].text' })
    expect(problem(withChange((p) => p.quotes!.push({ ...cut, range: { start: 4, end: 100_000 } })))).toMatchObject({ path: 'quotes[1].range' })
    expect(problem(withChange((p) => p.quotes!.push({ ...cut, unitId: 'amend99' })))).toMatchObject({ path: 'quotes[1].unitId' })
  })

  it('takes an altered card only when its changes are marked', () => {
    const cut = { id: 'q2', sourceId: 'us-const', unitId: 'amend10', range: { start: 0, end: 40 }, alteration: true }
    // "The powers not delegated to the United S" with words left out and one added.
    expect(() => readPack(withChange((p) => p.quotes!.push({ ...cut, text: 'The powers … to the [national government]' })))).not.toThrow()
    expect(problem(withChange((p) => p.quotes!.push({ ...cut, text: 'The powers delegated to the United S' })))).toMatchObject({
      path: 'quotes[1].text',
      message: expect.stringContaining('the alteration changes what "amend10" says at 0–40 without marking it (… or [ ])') as unknown as string
    })
  })
})
