/**
 * Citation.js can fetch an input that looks like a URL or a DOI when a plugin that does so is
 * loaded; Casebook loads none, so no text a user imports can make it reach the network (and the
 * main process refuses the network anyway: tests/unit/electron/offline.test.ts).
 */
import { once } from 'node:events'
import http, { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plugins } from '../../../shared/citations/engine'
import { importCitations, IMPORT_FORMATS } from '../../../shared/citations/import'

let server: Server
let hits = 0
/** A server on this computer standing in for doi.org: it counts what reaches it. */
let doiServer = ''

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    hits += 1
    res.setHeader('content-type', 'application/vnd.citationstyles.csl+json')
    res.end(JSON.stringify({ id: 'fetched', type: 'article', title: 'Fetched from the network' }))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  doiServer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/10.1000/182`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('Citation.js in Casebook', () => {
  it('has nothing that fetches a URL given as input', async () => {
    // Not in our typings of Citation.js: the app never calls it. The asynchronous chain is the one plugins fetch in.
    const input = plugins.input as unknown as { chainAsync(input: unknown, options: object): Promise<unknown[]> }
    const read = await input.chainAsync(doiServer, { generateGraph: false }).then(
      (items) => ({ items, error: null }),
      (error: unknown) => ({ items: [] as unknown[], error })
    )
    expect(hits).toBe(0)
    expect(read.items).toEqual([])
    expect(String(read.error)).toContain('No parser found')
  })

  it.each(IMPORT_FORMATS)('refuses a %s import that is only a DOI link, with a plain message, and fetches nothing', (format) => {
    for (const text of ['https://doi.org/10.1000/182', doiServer, '10.1000/182']) {
      const result = importCitations(text, format)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(/^(The|A) .*(BibTeX|RIS|CSL-JSON)/)
    }
    expect(hits).toBe(0)
  })
})
