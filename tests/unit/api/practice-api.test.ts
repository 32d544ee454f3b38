/** Practice operations on a real store: sessions, custom formats, card reviews, flow sheets, pack drills. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/main/api'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { Store } from '../../../electron/main/store/store'
import { sidesOf } from '../../../shared/analysis/sides'
import type { OutputOf } from '../../../shared/contract'
import type { Outcome } from '../../../shared/errors'
import type { Library } from '../../../shared/model/library'
import { answerToClaimInput, pickClaimToAnswer } from '../../../shared/practice/rebuttal'
import { seededRandom } from '../../../shared/practice/random'
import { testEnv } from '../shared/fixtures'

let dir: string
let store: Store
let api: Api
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-practice-api-'))
  store = await Store.open(dir, { holder: 'cli' })
  api = createApi({ store, env: testEnv(), appVersion: '0' })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

function data<T>(outcome: Outcome<unknown>): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`)
  return outcome.data as T
}
const onDisk = (): Library => JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8')) as Library

const speech = (name: string, seconds: number) => ({ name, side: 'pro', kind: 'speech', seconds })
const format = (speeches: unknown[]) => ({ name: 'Club rules', speeches, prep: { mode: 'per-side', seconds: 120 } })

describe('custom timing formats', () => {
  it('lists the five presets with their published times', async () => {
    const { presets, custom } = data<OutputOf<'format.list'>>(await api('format.list', {}))
    expect(presets.map((f) => f.id)).toEqual(['policy', 'ld', 'pf', 'bp', 'wsdc'])
    expect(presets.find((f) => f.id === 'ld')!.speeches.map((s) => s.seconds / 60)).toEqual([6, 3, 7, 3, 4, 6, 3])
    expect(custom).toEqual([])
  })

  it('refuses zero and absurd durations, naming every speech at fault, and writes nothing', async () => {
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const outcome = await api('format.save', { format: format([speech('Opening', 0), speech('Closing', 600 * 60), speech('Reply', 180)]) })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.error.code).toBe('invalid_input')
    const lines = outcome.error.message.split('\n')
    expect(lines).toEqual([
      'Speech 1 "Opening": time must be more than zero',
      'Speech 2 "Closing": time must be at most 60 minutes (got 600 minutes)'
    ])
    expect(outcome.error.path).toBe('speeches[0].seconds')
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
  })

  it('refuses a format with no speeches or negative prep', async () => {
    const outcome = await api('format.save', { format: { name: 'Empty', speeches: [], prep: { mode: 'per-side', seconds: -5 } } })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (outcome.ok) return
    expect(outcome.error.message).toContain('A format needs at least one speech')
    expect(outcome.error.message).toContain('Prep time must not be negative (got -5 seconds)')
  })

  it('saves, changes and deletes a custom format, which stays apart from the presets', async () => {
    const saved = data<{ id: string; createdAt: string }>(await api('format.save', { format: format([speech('Opening', 300)]) }))
    expect(onDisk().customFormats.map((f) => f.name)).toEqual(['Club rules'])
    const changed = data<{ id: string; createdAt: string; speeches: unknown[] }>(
      await api('format.save', { formatId: saved.id, format: format([speech('Opening', 300), speech('Reply', 120)]) })
    )
    expect(changed).toMatchObject({ id: saved.id, createdAt: saved.createdAt })
    expect(changed.speeches).toHaveLength(2)
    expect(data<OutputOf<'format.list'>>(await api('format.list', {})).custom.map((f) => f.id)).toEqual([saved.id])
    expect(await api('format.save', { formatId: 'ld', format: format([speech('AC', 360)]) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('preset formats cannot be changed') }
    })
    data(await api('format.delete', { formatId: saved.id }))
    expect(onDisk().customFormats).toEqual([])
    expect(await api('format.delete', { formatId: saved.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('practice history', () => {
  it('records sessions on disk and lists them newest first', async () => {
    const motion = data<{ id: string }>(await api('motion.create', { title: 'This house would ban homework' }))
    const base = { kind: 'timer', motionId: null, drillId: null, durationSeconds: 600, rating: null, notes: '', answers: [] } as const
    data(await api('practice.record', { ...base, startedAt: '2026-01-05T10:00:00.000Z' }))
    data(await api('practice.record', { ...base, kind: 'rebuttal', motionId: motion.id, rating: 4, startedAt: '2026-01-07T10:00:00.000Z' }))
    const listed = data<Array<{ kind: string; claimId: null; score: null }>>(await api('practice.list', {}))
    expect(listed.map((r) => r.kind)).toEqual(['rebuttal', 'timer'])
    expect(listed[0]).toMatchObject({ claimId: null, score: null })
    expect(onDisk().practice).toHaveLength(2)
  })

  it('refuses a session for a motion that is not there, or with a rating outside 1–5', async () => {
    const base = { kind: 'rebuttal', drillId: null, durationSeconds: 60, notes: '', answers: [], startedAt: '2026-01-05T10:00:00.000Z' }
    expect(await api('practice.record', { ...base, motionId: 'gone', rating: 3 })).toMatchObject({ ok: false, error: { code: 'not_found', path: 'motionId' } })
    expect(await api('practice.record', { ...base, motionId: null, rating: 6 })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'rating' } })
    expect(onDisk().practice).toEqual([])
  })
})

describe('evidence card reviews (SM-2)', () => {
  it('schedules a card a day out, then six days, and keeps the schedule on disk', async () => {
    const source = data<{ id: string }>(await api('source.create', { kind: 'article', title: 'An article' }))
    const card = data<{ id: string }>(await api('quote.create', { sourceId: source.id, text: 'Words', pinpoint: 'p. 3' }))
    const first = data<{ intervalDays: number; due: string; lastReviewedAt: string }>(await api('review.grade', { quoteId: card.id, grade: 4 }))
    expect(first.intervalDays).toBe(1)
    expect(Date.parse(first.due) - Date.parse(first.lastReviewedAt)).toBe(86_400_000)
    const second = data<{ intervalDays: number }>(await api('review.grade', { quoteId: card.id, grade: 4 }))
    expect(second.intervalDays).toBe(6)
    const forgot = data<{ intervalDays: number; lapses: number }>(await api('review.grade', { quoteId: card.id, grade: 1 }))
    expect(forgot).toMatchObject({ intervalDays: 1, lapses: 1 })
    expect(onDisk().cardReviews).toEqual([expect.objectContaining({ quoteId: card.id, lapses: 1 })])
    expect(data<unknown[]>(await api('review.list', {}))).toHaveLength(1)
  })

  it('refuses a card that is not there and a grade outside 0–5', async () => {
    expect(await api('review.grade', { quoteId: 'nope', grade: 4 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await api('review.grade', { quoteId: 'nope', grade: 7 })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'grade' } })
  })
})

describe('flow sheets', () => {
  const columns = [
    { name: 'AC', side: 'pro' },
    { name: 'NC', side: 'con' }
  ]
  const cell = (text: string, status = 'open') => ({ text, claimId: null, status })

  it('saves a new flow, then a change to it, keeping when it was made', async () => {
    const sheet = data<{ id: string; createdAt: string; updatedAt: string }>(
      await api('flow.save', { title: 'Round 1', motionId: null, formatId: 'ld', columns, rows: [{ id: 'r1', cells: [cell('Framework'), cell('')] }] })
    )
    const changed = data<{ id: string; createdAt: string; updatedAt: string; rows: unknown[] }>(
      await api('flow.save', {
        flowId: sheet.id,
        title: 'Round 1',
        motionId: null,
        formatId: 'ld',
        columns,
        rows: [{ id: 'r1', cells: [cell('Framework', 'answered'), cell('Turn', 'dropped')] }]
      })
    )
    expect(changed).toMatchObject({ id: sheet.id, createdAt: sheet.createdAt })
    expect(changed.updatedAt > sheet.updatedAt).toBe(true)
    expect(onDisk().flowSheets).toEqual([expect.objectContaining({ id: sheet.id, rows: [{ id: 'r1', cells: [cell('Framework', 'answered'), cell('Turn', 'dropped')] }] })])
    data(await api('flow.delete', { flowId: sheet.id }))
    expect(data<unknown[]>(await api('flow.list', {}))).toEqual([])
  })

  it('refuses a row without a cell for every column, and writes nothing', async () => {
    const before = readFileSync(join(dir, STORE_FILE), 'utf8')
    const outcome = await api('flow.save', { title: 'Round 1', motionId: null, formatId: 'ld', columns, rows: [{ id: 'r1', cells: [cell('x')] }] })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('one cell per column') } })
    expect(readFileSync(join(dir, STORE_FILE), 'utf8')).toBe(before)
  })
})

describe('drills from the starter pack', () => {
  it('lists the pack drills with their prompts, model answers and motions', async () => {
    data(await api('pack.starter', {}))
    const drills = data<OutputOf<'drill.list'>>(await api('drill.list', {}))
    expect(drills).toHaveLength(4)
    const credibility = drills.find((d) => d.drill.title.startsWith('Credibility drill'))
    expect(credibility).toBeDefined()
    expect(credibility!.drill.prompt).toContain('61 percent')
    expect(credibility!.drill.modelAnswer).toContain('Independent California Institute')
    expect(credibility!.motionTitle).toBe('Resolved: California would be better off as an independent country.')
    expect(credibility!.packTitle).toBe('Could California leave the United States?')
  })

  it('a teacher writes drills of their own, lists them after the pack’s, and cannot change a locked pack drill', async () => {
    data(await api('pack.starter', {}))
    const motionId = data<Array<{ id: string }>>(await api('motion.list', {}))[0]!.id
    const mine = data<{ id: string }>(await api('drill.save', { motionId, title: 'Cross-examine the poll', prompt: 'Write three questions.', modelAnswer: 'Who paid?' }))
    const drills = data<OutputOf<'drill.list'>>(await api('drill.list', {}))
    expect(drills.map((d) => d.drill.title).at(-1)).toBe('Cross-examine the poll')
    expect(drills.at(-1)).toMatchObject({ packTitle: null, drill: { origin: { kind: 'local' } } })
    expect(data(await api('drill.save', { drillId: mine.id, motionId, title: 'Cross-examine the YouGov poll', prompt: 'Write three questions.' }))).toMatchObject({ title: 'Cross-examine the YouGov poll', modelAnswer: '' })
    expect(await api('drill.save', { motionId, title: 'x', prompt: '' })).toMatchObject({ ok: false, error: { path: 'prompt' } })
    const packDrill = drills[0]!.drill
    expect(await api('drill.delete', { drillId: packDrill.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('comes locked') } })
    expect(data(await api('drill.delete', { drillId: mine.id }))).toEqual({ drillId: mine.id })
  })

  it('a rebuttal drill picks a claim of the other side and saves the answer into the map as a response', async () => {
    data(await api('pack.starter', {}))
    const motionId = data<Array<{ id: string; title: string }>>(await api('motion.list', {})).find((m) => m.title.startsWith('Resolved: A U.S. state'))!.id
    const { claims } = data<OutputOf<'motion.get'>>(await api('motion.get', { motionId }))
    const pick = pickClaimToAnswer({ claims, userSide: 'con', records: [], random: seededRandom(7) })
    if (!pick.ok) throw new Error(pick.message)
    // The Negative answers a claim arguing for the Affirmative.
    expect(sidesOf(claims).get(pick.target.claim.id)).toBe('pro')
    const answer = answerToClaimInput(motionId, pick.target.claim.id, '- Silence is not permission\nThe Tenth Amendment reserves powers; it creates no exit.')
    if (!answer.ok) throw new Error(answer.message)
    const added = data<{ claimId: string }>(await api('claim.add', answer.input))
    const after = data<OutputOf<'motion.get'>>(await api('motion.get', { motionId })).claims.find((c) => c.id === added.claimId)
    expect(after).toMatchObject({ parentId: pick.target.claim.id, stance: 'con', title: 'Silence is not permission' })
  })
})
