/** The data folder's lock against crashes, reboots, reused pids and processes racing to take it over. */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { acquireLock } from '../../../electron/main/store/lock'
import { currentBoot, processStarted } from '../../../electron/main/store/lock-owner'
import { ApiError } from '../../../shared/errors'
import { bundleChild } from '../../support/bundle-child'
import { Scratch } from './helpers'

const ENTRY = fileURLToPath(new URL('./fixtures/lock-racer.ts', import.meta.url))
const HAS_PROC = existsSync(`/proc/${process.pid}/stat`)

const scratch = new Scratch()
const children: ChildProcess[] = []
afterEach(async () => {
  for (const child of children.splice(0)) child.kill()
  await scratch.cleanup()
})

/** Another real process that stays alive until the test ends. */
async function liveProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  children.push(child)
  await new Promise((resolve) => child.once('spawn', resolve))
  return child.pid as number
}

function writeLock(dir: string, fields: Record<string, unknown>): string {
  const file = join(dir, 'casebook.lock')
  const text = JSON.stringify({ holder: 'web', since: '2026-01-01T00:00:00.000Z', host: hostname(), boot: currentBoot(), ...fields })
  writeFileSync(file, text)
  return text
}

function refusal(dir: string): ApiError {
  try {
    acquireLock(dir, 'app')()
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the lock to be refused')
}

describe('a lock left by a process that is gone', () => {
  it.skipIf(!HAS_PROC)('is taken over when its pid now belongs to another process that started at another time', async () => {
    const dir = scratch.dir()
    const pid = await liveProcess()
    writeLock(dir, { pid, started: String(Number(processStarted(pid)) - 1000) })
    const release = acquireLock(dir, 'app')
    expect(JSON.parse(readFileSync(join(dir, 'casebook.lock'), 'utf8'))).toMatchObject({ pid: process.pid, holder: 'app' })
    release()
  })

  it('is taken over when it was left before the machine last started, even if its pid runs again', async () => {
    const dir = scratch.dir()
    const pid = await liveProcess()
    writeLock(dir, { pid, boot: 'a-boot-before-the-crash', started: processStarted(pid) })
    const release = acquireLock(dir, 'app')
    expect(JSON.parse(readFileSync(join(dir, 'casebook.lock'), 'utf8'))).toMatchObject({ pid: process.pid })
    release()
  })
})

describe('a lock held by a live process', () => {
  it('is refused, left in place, with a message naming casebook.lock and how to get past it', async () => {
    const dir = scratch.dir()
    const pid = await liveProcess()
    const text = writeLock(dir, { pid, started: processStarted(pid) })
    const error = refusal(dir)
    expect(error.code).toBe('store_locked')
    expect(error.message).toContain(`in use by Casebook's web mode (process ${pid}`)
    expect(error.message).toContain(`delete ${join(dir, 'casebook.lock')}`)
    expect(readFileSync(join(dir, 'casebook.lock'), 'utf8')).toBe(text)
  })

  it('is refused when it comes from another machine sharing the folder, naming that machine', () => {
    const dir = scratch.dir()
    const text = writeLock(dir, { pid: 2147483646, host: 'teachers-laptop', boot: 'another-machines-boot' })
    const error = refusal(dir)
    expect(error.message).toContain('on teachers-laptop (process 2147483646')
    expect(readFileSync(join(dir, 'casebook.lock'), 'utf8')).toBe(text)
  })
})

describe('a lock file that is not a file', () => {
  it('is refused with the way out, in bounded time, and left alone', () => {
    const dir = scratch.dir()
    mkdirSync(join(dir, 'casebook.lock'))
    const error = refusal(dir)
    expect(error.code).toBe('store_locked')
    expect(error.message).toContain(`delete ${join(dir, 'casebook.lock')}`)
    expect(statSync(join(dir, 'casebook.lock')).isDirectory()).toBe(true)
    expect(readdirSync(dir)).toEqual(['casebook.lock'])
  })
})

describe('processes racing to take over one stale lock', () => {
  const RACERS = 8
  const ROUNDS = 30
  let bundle: Awaited<ReturnType<typeof bundleChild>> | undefined

  beforeAll(async () => {
    bundle = await bundleChild(ENTRY)
  }, 120_000)

  afterAll(() => bundle?.remove())

  it(`leave exactly one holder, round after round (${RACERS} processes, ${ROUNDS} rounds)`, async () => {
    const dir = scratch.dir()
    const racers = Array.from({ length: RACERS }, () => {
      const child = spawn(process.execPath, [bundle!.file, dir], { stdio: ['pipe', 'pipe', 'inherit'] })
      children.push(child)
      const lines: string[] = []
      const waiters: Array<() => void> = []
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line)
        waiters.splice(0).forEach((wake) => wake())
      })
      const next = async (): Promise<string> => {
        while (lines.length === 0) await new Promise<void>((wake) => waiters.push(wake))
        return lines.shift() as string
      }
      return { child, next }
    })
    await Promise.all(racers.map((r) => new Promise((resolve) => r.child.once('spawn', resolve))))

    const holdersPerRound: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      writeLock(dir, { pid: 2147483646, since: `round ${round}` })
      // Every racer spins until the same moment, then goes for the lock.
      const at = Date.now() + 150
      for (const racer of racers) racer.child.stdin!.write(`go ${at}\n`)
      const answers = await Promise.all(racers.map((r) => r.next()))
      const holders = racers.filter((_, i) => answers[i] === 'held')
      holdersPerRound.push(holders.length)
      expect(answers.filter((a) => a !== 'held').every((a) => a === 'refused store_locked'), answers.join(', ')).toBe(true)
      for (const racer of holders) racer.child.stdin!.write('release\n')
      await Promise.all(holders.map((r) => r.next()))
    }
    expect(holdersPerRound, `holders per round: ${holdersPerRound.join(' ')}`).toEqual(Array(ROUNDS).fill(1))
    // Every draft and takeover claim was cleared away with the last lock.
    expect(readdirSync(dir)).toEqual([])
  }, 120_000)
})
