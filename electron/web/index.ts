/**
 * The web mode: `npm run web`. The built renderer and the real handlers behind a local HTTP
 * server, for machines without Electron's binary and for end-to-end tests.
 */
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ApiError } from '../../shared/errors'
import { htmlToPdfWithChromium, printToBytes } from '../brief/pdf'
import { openRuntime } from '../main/runtime'
import { resolveDataDir } from '../main/store/data-folder'
import { startWebServer } from './server'

const USAGE = `Usage: npm run web -- [--data DIR] [--port N]

Serves Casebook at http://127.0.0.1:PORT/ (this machine only) and prints the address to open,
with a key that lets one browser in (it works once).
  --data DIR   data folder (default: $CASEBOOK_DATA, else the app's own folder)
  --port N     port to listen on (default: a free one)
  --no-starter-pack   start a new library empty, without the starter pack
  --help       show this help`

async function main(): Promise<void> {
  let values: { data?: string; port?: string; help?: boolean; 'no-starter-pack'?: boolean }
  try {
    values = parseArgs({
      options: { data: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' }, 'no-starter-pack': { type: 'boolean' } }
    }).values
  } catch (error) {
    console.error(`casebook web: ${(error as Error).message}\n\n${USAGE}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`casebook web: --port must be a whole number from 0 to 65535, not "${values.port}"`)
    process.exit(2)
  }

  const dataDir = resolveDataDir({ flag: values.data })
  let runtime
  try {
    runtime = await openRuntime(dataDir, 'web', {
      starterPack: !values['no-starter-pack'],
      // PDF briefs print in headless Chromium; the page then downloads them.
      printPdf: (html) => printToBytes((page, file) => htmlToPdfWithChromium(page, file), html)
    })
  } catch (error) {
    console.error(`casebook web: ${error instanceof ApiError ? error.message : String(error)}`)
    process.exit(1)
  }
  const { store, api, events } = runtime
  for (const notice of store.notices) console.warn(`casebook web: ${notice.message}`)

  let server
  try {
    server = await startWebServer({
      api,
      changes: events,
      rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
      port
    })
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
    console.error(`casebook web: ${busy ? `port ${port} is already in use; choose another with --port, or leave it out for a free one` : String(error)}`)
    await store.close()
    process.exit(1)
  }
  console.log(`Casebook is running at ${server.url}`)
  console.log('Open that address in your browser: its key lets that browser in, once; nobody else can use the page.')
  console.log(`Data folder: ${dataDir}`)
  console.log('Press Ctrl+C to stop.')

  let stopping = false
  const stop = async (): Promise<void> => {
    if (stopping) return
    stopping = true
    await server.close()
    await store.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

void main()
