/** The web mode's library-changed event: a tab hears what another tab wrote, over Server-Sent Events. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request, type ClientRequest, type IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openRuntime, type Runtime } from '../../../electron/main/runtime'
import { EVENTS_PATH, MAX_EVENT_STREAMS } from '../../../electron/web/events'
import { API_PATH, startWebServer, type WebServer } from '../../../electron/web/server'
import type { LibraryChange } from '../../../shared/bridge'

let root = ''
let runtime: Runtime
let server: WebServer
let cookie = ''

/** One tab's EventSource, read raw: its status, and each library-changed event as it arrives. */
interface Stream {
  status: number
  contentType: string
  changes: LibraryChange[]
  text: () => string
  close: () => void
}

function openStream(options: { cookie?: string; method?: string } = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    let req: ClientRequest | null = null
    req = request(
      { host: '127.0.0.1', port: server.port, path: EVENTS_PATH, method: options.method ?? 'GET', agent: false, headers: { accept: 'text/event-stream', ...(options.cookie ? { cookie: options.cookie } : {}) } },
      (res: IncomingMessage) => {
        let text = ''
        const changes: LibraryChange[] = []
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          text += chunk
          // Each event is lines ended by a blank line; only whole ones are read.
          const blocks = text.split('\n\n')
          const whole = blocks.slice(0, -1).filter((block) => block.startsWith('event: library-changed\n'))
          changes.splice(0, changes.length, ...whole.map((block) => JSON.parse(block.split('\ndata: ')[1] as string) as LibraryChange))
        })
        res.on('error', () => undefined)
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), changes, text: () => text, close: () => req?.destroy() })
      }
    )
    req.on('error', reject)
    req.end()
  })
}

async function invoke(name: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> {
  const response = await fetch(`http://127.0.0.1:${server.port}${API_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name, input })
  })
  return (await response.json()) as { ok: boolean; data?: unknown }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'casebook-web-events-'))
  const rendererDir = join(root, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Casebook</title>')
  runtime = await openRuntime(join(root, 'library'), 'web', { starterPack: false })
  server = await startWebServer({ api: runtime.api, changes: runtime.events, rendererDir })
  const opened = await fetch(server.url, { redirect: 'manual' })
  cookie = (opened.headers.get('set-cookie') ?? '').split(';')[0] as string
  expect(cookie).toMatch(/^casebook-\d+=/)
})

afterAll(async () => {
  await server?.close()
  await runtime?.store.close()
  rmSync(root, { recursive: true, force: true })
})

describe('GET /api/events', () => {
  it('gives a second tab every write the first tab commits, with its topics and motion, and nothing for a read', async () => {
    const secondTab = await openStream({ cookie })
    try {
      expect(secondTab.status).toBe(200)
      expect(secondTab.contentType).toMatch(/^text\/event-stream/)
      const created = await invoke('motion.create', { title: 'THBT cities should ban cars' })
      expect(created.ok).toBe(true)
      const motionId = (created.data as { id: string }).id
      await expect.poll(() => secondTab.changes).toEqual([{ operation: 'motion.create', topics: ['motions'], motionId }])

      expect((await invoke('motion.list', {})).ok).toBe(true)
      expect((await invoke('motion.update', { motionId: 'nope', title: 'x' })).ok).toBe(false)
      await invoke('claim.add', { motionId, parentId: null, stance: 'pro', title: 'Cleaner air' })
      // The reads and the refused write sent nothing: the next event is the claim's.
      await expect.poll(() => secondTab.changes.length).toBe(2)
      expect(secondTab.changes[1]).toEqual({ operation: 'claim.add', topics: ['claims'], motionId })
    } finally {
      secondTab.close()
    }
  })

  it('gives no stream without the session cookie, nor to a wrong one', async () => {
    for (const stream of [await openStream(), await openStream({ cookie: `${cookie.split('=')[0]}=guessed` })]) {
      expect(stream.status).toBe(403)
      expect(stream.contentType).toMatch(/^application\/json/)
      await invoke('motion.create', { title: 'THBT nobody else hears this' })
      await new Promise((r) => setTimeout(r, 50))
      expect(stream.text()).not.toContain('library-changed')
      stream.close()
    }
  })

  it('takes GET only', async () => {
    const stream = await openStream({ cookie, method: 'POST' })
    expect(stream.status).toBe(405)
    stream.close()
  })

  it('holds at most MAX_EVENT_STREAMS streams, and frees a stream’s place when its tab closes', async () => {
    const streams = await Promise.all(Array.from({ length: MAX_EVENT_STREAMS }, () => openStream({ cookie })))
    try {
      expect(streams.map((s) => s.status)).toEqual(streams.map(() => 200))
      const refused = await openStream({ cookie })
      expect(refused.status).toBe(503)
      refused.close()
      streams.pop()?.close()
      await expect.poll(async () => {
        const again = await openStream({ cookie })
        again.close()
        return again.status
      }).toBe(200)
    } finally {
      for (const stream of streams) stream.close()
    }
  })
})
