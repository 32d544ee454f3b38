import { describe, expect, it } from 'vitest'
import { TimingFormatSchema, type TimingFormat } from '../../../shared/model/practice'
import { PRESET_FORMATS, presetFor, roundSeconds, swapSides } from '../../../shared/practice/formats'
import { validateCustomFormat } from '../../../shared/practice/validation'

/** A format's speeches as "side kind minutes", to compare with the published order at a glance. */
function order(format: TimingFormat): string[] {
  return format.speeches.map((s) => `${s.side} ${s.kind === 'speech' ? 'speech' : 'cx'} ${s.seconds / 60}`)
}

describe('preset speech orders match their published times', () => {
  it('Policy: 8-minute constructives, 3-minute cross-ex, 5-minute rebuttals, 8 minutes prep per team', () => {
    expect(order(PRESET_FORMATS.policy)).toEqual([
      'pro speech 8', 'con cx 3', 'con speech 8', 'pro cx 3', 'pro speech 8', 'con cx 3', 'con speech 8', 'pro cx 3',
      'con speech 5', 'pro speech 5', 'con speech 5', 'pro speech 5'
    ])
    expect(PRESET_FORMATS.policy.prep).toEqual({ mode: 'per-side', seconds: 8 * 60 })
    expect(PRESET_FORMATS.policy.speeches[8]!.name).toContain('1NR')
  })

  it('Lincoln-Douglas: 6-3-7-3-4-6-3 with 4 minutes prep each', () => {
    expect(order(PRESET_FORMATS.ld)).toEqual(['pro speech 6', 'con cx 3', 'con speech 7', 'pro cx 3', 'pro speech 4', 'con speech 6', 'pro speech 3'])
    expect(PRESET_FORMATS.ld.prep).toEqual({ mode: 'per-side', seconds: 4 * 60 })
  })

  it('Public Forum: 4-4, crossfire 3, 4-4, crossfire 3, summaries 3-3, grand crossfire 3, final focus 2-2, 3 minutes prep per team', () => {
    expect(order(PRESET_FORMATS.pf)).toEqual([
      'pro speech 4', 'con speech 4', 'both cx 3', 'pro speech 4', 'con speech 4', 'both cx 3',
      'pro speech 3', 'con speech 3', 'both cx 3', 'pro speech 2', 'con speech 2'
    ])
    expect(PRESET_FORMATS.pf.speeches.map((s) => s.name)).toContain('Grand Crossfire')
    expect(PRESET_FORMATS.pf.prep).toEqual({ mode: 'per-side', seconds: 3 * 60 })
  })

  it('British Parliamentary: eight 7-minute speeches, government first, 15 minutes prep before the round', () => {
    expect(order(PRESET_FORMATS.bp)).toEqual(Array.from({ length: 8 }, (_, i) => `${i % 2 === 0 ? 'pro' : 'con'} speech 7`))
    expect(PRESET_FORMATS.bp.speeches[0]!.name).toContain('Prime Minister')
    expect(PRESET_FORMATS.bp.speeches[7]!.name).toContain('Opposition Whip')
    expect(PRESET_FORMATS.bp.prep).toEqual({ mode: 'before-round', seconds: 15 * 60 })
  })

  it('World Schools: six 8-minute substantives, then 4-minute replies with Opposition first, an hour of prep', () => {
    expect(order(PRESET_FORMATS.wsdc)).toEqual([
      'pro speech 8', 'con speech 8', 'pro speech 8', 'con speech 8', 'pro speech 8', 'con speech 8', 'con speech 4', 'pro speech 4'
    ])
    expect(PRESET_FORMATS.wsdc.speeches[6]!.name).toBe('Opposition Reply')
    expect(PRESET_FORMATS.wsdc.prep).toEqual({ mode: 'before-round', seconds: 60 * 60 })
  })

  it('every preset passes the same checks as a custom format', () => {
    for (const format of Object.values(PRESET_FORMATS)) expect(TimingFormatSchema.safeParse(format).success).toBe(true)
  })

  it('gives a preset for each motion format except "other"', () => {
    expect(presetFor('ld')).toBe(PRESET_FORMATS.ld)
    expect(presetFor('other')).toBeNull()
  })

  it('adds up a round: Policy is 64 minutes of speaking and questions', () => {
    expect(roundSeconds(PRESET_FORMATS.policy)).toBe(64 * 60)
  })

  it('swaps sides for a Public Forum round where Con speaks first, leaving crossfires to both', () => {
    const conFirst = swapSides(PRESET_FORMATS.pf)
    expect(conFirst.speeches.map((s) => s.side).slice(0, 3)).toEqual(['con', 'pro', 'both'])
    expect(PRESET_FORMATS.pf.speeches[0]!.side).toBe('pro')
  })
})

describe('custom formats', () => {
  const good = {
    name: 'Club round',
    speeches: [
      { name: 'Opening', side: 'pro', kind: 'speech', seconds: 300 },
      { name: 'Questions', side: 'both', kind: 'cross-ex', seconds: 120 },
      { name: 'Reply', side: 'con', kind: 'speech', seconds: 300 }
    ],
    prep: { mode: 'per-side', seconds: 0 }
  }
  const withSpeech = (index: number, change: object) => ({
    ...good,
    speeches: good.speeches.map((s, i) => (i === index ? { ...s, ...change } : s))
  })
  const messages = (input: unknown) => {
    const result = validateCustomFormat(input)
    return result.ok ? [] : result.problems.map((p) => p.message)
  }

  it('accepts a sensible format, no prep included', () => {
    expect(validateCustomFormat(good)).toEqual({ ok: true, format: good })
  })

  it('rejects a speech of zero seconds, naming the speech and the field', () => {
    expect(messages(withSpeech(1, { seconds: 0 }))).toEqual(['Speech 2 "Questions": time must be more than zero'])
  })

  it('rejects negative, fractional and absurdly long speeches, each with its own reason', () => {
    expect(messages(withSpeech(0, { seconds: -60 }))).toEqual(['Speech 1 "Opening": time must not be negative (got -60 seconds)'])
    expect(messages(withSpeech(0, { seconds: 90.5 }))).toEqual(['Speech 1 "Opening": time must be a whole number of seconds (got 90.5)'])
    expect(messages(withSpeech(2, { seconds: 61 * 60 }))).toEqual(['Speech 3 "Reply": time must be at most 60 minutes (got 61 minutes)'])
    expect(messages(withSpeech(2, { seconds: 3601 }))).toEqual(['Speech 3 "Reply": time must be at most 60 minutes (got 60:01)'])
  })

  it('accepts exactly 60 minutes, the longest allowed', () => {
    expect(validateCustomFormat(withSpeech(0, { seconds: 3600 })).ok).toBe(true)
  })

  it('reports every bad speech at once, with the path to each', () => {
    const result = validateCustomFormat({ ...good, speeches: good.speeches.map((s) => ({ ...s, seconds: 0 })) })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['speeches[0].seconds', 'speeches[1].seconds', 'speeches[2].seconds'])
  })

  it('rejects a time that is not a number, and an unknown side, naming the speech', () => {
    expect(messages(withSpeech(0, { seconds: '5:00' }))).toEqual(['Speech 1 "Opening": time must be a number of seconds'])
    expect(messages(withSpeech(2, { side: 'gov' }))).toEqual(['Speech 3 "Reply": side must be pro, con or both'])
  })

  it('names a speech by position when it has no usable name', () => {
    expect(messages(withSpeech(1, { name: '  ' }))).toEqual(['Speech 2: Speech name must not be empty'])
  })

  it('rejects more than 40 speeches and a format with none', () => {
    const many = Array.from({ length: 41 }, (_, i) => ({ name: `S${i}`, side: 'pro', kind: 'speech', seconds: 60 }))
    expect(messages({ ...good, speeches: many })).toEqual(['A format may have at most 40 speeches'])
    expect(messages({ ...good, speeches: [] })).toEqual(['A format needs at least one speech'])
  })

  it('rejects prep that is negative or beyond two hours', () => {
    expect(messages({ ...good, prep: { mode: 'per-side', seconds: -1 } })).toEqual(['Prep time must not be negative (got -1 seconds)'])
    expect(messages({ ...good, prep: { mode: 'before-round', seconds: 3 * 3600 } })).toEqual([
      'Prep time must be at most 120 minutes (got 180 minutes)'
    ])
  })

  it('rejects something that is not a format at all without throwing', () => {
    expect(validateCustomFormat(null).ok).toBe(false)
    expect(validateCustomFormat('policy').ok).toBe(false)
  })
})
