/** The main process refuses every outgoing connection but to this computer, whichever Node API or library makes it. */
import { once } from 'node:events'
import http, { type Server } from 'node:http'
import https from 'node:https'
import { createRequire } from 'node:module'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isLoopbackHost, OfflineError, refuseNetwork } from '../../../electron/main/security/offline'

// 203.0.113.0/24 is reserved for documentation: never anyone's server, so nothing leaves if a test fails.
const REMOTE_IP = '203.0.113.7'

let lift: () => void = () => {}
let server: Server
let localUrl = ''

beforeEach(async () => {
  server = http.createServer((_req, res) => res.end('local'))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  localUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  lift = refuseNetwork()
})

afterEach(async () => {
  lift()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** The error a request ends with, or null if it got an answer. */
function failureOf(start: (done: (error: Error | null) => void) => void): Promise<Error | null> {
  return new Promise((resolve) => start(resolve))
}

describe('refuseNetwork', () => {
  it('makes fetch reject, naming the host, before any look-up', async () => {
    const error = await fetch('https://api.crossref.org/works/10.1000/182').then(
      () => null,
      (e: unknown) => e as Error & { cause?: unknown }
    )
    expect(error?.cause).toBeInstanceOf(OfflineError)
    expect((error?.cause as Error).message).toBe('Casebook works offline and does not connect to api.crossref.org')
  })

  it('makes http and https requests fail with the same error', async () => {
    const viaHttp = await failureOf((done) => http.get(`http://${REMOTE_IP}/`, () => done(null)).on('error', done))
    expect(viaHttp).toBeInstanceOf(OfflineError)
    const viaHttps = await failureOf((done) => https.get('https://doi.org/10.1000/182', () => done(null)).on('error', done))
    expect(viaHttps).toBeInstanceOf(OfflineError)
    expect(viaHttps?.message).toContain('doi.org')
  })

  it('refuses a raw socket too', async () => {
    const socket = net.connect(443, 'example.com')
    const [error] = (await once(socket, 'error')) as [Error]
    expect(error).toBeInstanceOf(OfflineError)
    expect(socket.destroyed).toBe(true)
  })

  it('refuses Citation.js’s own fetch, the one its DOI and URL plugins use, with a plain message', async () => {
    const citationJs = createRequire(import.meta.url)('@citation-js/core') as { util: { fetchFileAsync(url: string): Promise<string> } }
    const error = await citationJs.util.fetchFileAsync('https://doi.org/10.1000/182').then(
      () => null,
      (e: unknown) => e as Error
    )
    expect(error?.message).toContain('Casebook works offline and does not connect to doi.org')
  })

  it('still lets the process talk to this computer', async () => {
    expect(await (await fetch(localUrl)).text()).toBe('local')
    const status = await new Promise<number | undefined>((resolve, reject) => http.get(localUrl, (res) => (res.resume(), resolve(res.statusCode))).on('error', reject))
    expect(status).toBe(200)
  })

  it('is installed once however often it is called, and lifted by the function it returned', async () => {
    const again = refuseNetwork()
    again()
    await expect(fetch(`http://${REMOTE_IP}/`)).rejects.toMatchObject({ cause: expect.any(OfflineError) })
    lift()
    lift = () => {}
    expect(await (await fetch(localUrl)).text()).toBe('local')
  })
})

describe('isLoopbackHost', () => {
  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1'])('%s is this computer', (host) => {
    expect(isLoopbackHost(host)).toBe(true)
  })

  it.each(['example.com', 'localhost.evil.example', '127.0.0.1.nip.io', '10.0.0.1', '0.0.0.0', '::', '::ffff:8.8.8.8', ''])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false)
  })
})
