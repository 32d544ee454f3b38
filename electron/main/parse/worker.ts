/**
 * The parse worker: reads one file (workerData: { name, input }) with one of PARSERS and
 * posts back the result or the error as plain data, then ends. It runs on its own thread so
 * a file that takes long to read never stops the app from answering, and can be stopped.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { toErrorData } from '../../../shared/errors'
import { refuseNetwork } from '../security/offline'
import { PARSERS, type ParserName } from './parsers'

// Each thread has its own sockets: a parser (Citation.js, say) must not reach the network from here either.
refuseNetwork()

const { name, input } = workerData as { name: ParserName; input: never }
try {
  parentPort?.postMessage({ ok: true, data: await PARSERS[name](input) })
} catch (error) {
  parentPort?.postMessage({ ok: false, error: toErrorData(error) })
}
