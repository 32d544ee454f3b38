/** The web mode against a local process that opens sockets and leaves them idle. */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_CONNECTIONS } from '../../../electron/web/connections'
import { API_PATH } from '../../../electron/web/server'
import { bundleChild } from '../../support/bundle-child'

const ENTRY = fileURLToPath(new URL('./fixtures/web-server-child.ts', import.meta.url))
const IDLE_SOCKETS = 300
/** Far below the sockets opened, as on a desktop where a process may hold 256 files (macOS's default). */
const FILE_LIMIT = 160

let bundle: Awaited<ReturnType<typeof bundleChild>> | undefined
let rendererDir = ''
let child: ChildProcess | undefined
const idle: Socket[] = []

beforeAll(async () => {
  bundle = await bundleChild(ENTRY)
  rendererDir = mkdtempSync(join(tmpdir(), 'casebook-web-idle-'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Casebook</title>')
}, 120_000)

afterAll(() => {
  for (const socket of idle) socket.destroy()
  child?.kill()
  bundle?.remove()
  if (rendererDir) rmSync(rendererDir, { recursive: true, force: true })
})

/** The web server in its own process, with few files allowed, as a user's machine may have. */
async function startServer(): Promise<URL> {
  child = spawn('sh', ['-c', `ulimit -n ${FILE_LIMIT} && exec "${process.execPath}" "${bundle!.file}" "${rendererDir}"`], { stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /running at (\S+)\n/.exec(output)
      if (match) resolve(new URL(match[1] as string))
    })
    child!.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)))
  })
}

/** One request with a deadline: answers its status, or says it was not served. */
function call(port: number, options: { method: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, unknown> } | string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, agent: false, timeout: 5000, ...options }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('timeout', () => req.destroy(new Error('no answer in 5 s')))
    req.on('error', (error) => resolve(`not served: ${error.message}`))
    req.end(options.body)
  })
}

describe.skipIf(process.platform === 'win32')('the web mode with hundreds of idle sockets open on it', () => {
  it(`still answers the page at once, holding at most ${MAX_CONNECTIONS} connections`, async () => {
    const url = await startServer()
    const port = Number(url.port)
    const opened = await call(port, { method: 'GET', path: `/${url.search}` })
    if (typeof opened === 'string') throw new Error(opened)
    const cookie = String((opened.headers['set-cookie'] as string[])[0]).split(';')[0] as string

    let closedByServer = 0
    for (let i = 0; i < IDLE_SOCKETS; i++) {
      const socket = connect(port, '127.0.0.1')
      socket.on('error', () => undefined)
      socket.on('close', () => closedByServer++)
      idle.push(socket)
    }
    await Promise.all(idle.map((socket) => new Promise((done) => (socket.connecting ? socket.once('connect', done).once('close', done) : done(null)))))
    await new Promise((resolve) => setTimeout(resolve, 200))

    const answer = await call(port, {
      method: 'POST',
      path: API_PATH,
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'app.status', input: {} })
    })
    expect(answer).toMatchObject({ status: 200 })
    expect(closedByServer).toBeGreaterThanOrEqual(IDLE_SOCKETS - MAX_CONNECTIONS)
  }, 60_000)
})
