/**
 * The parse worker: reads one file at a time ({ name, input } posted to it) with one of
 * PARSERS and posts back the result or the error as plain data, with how much memory it holds
 * then; it then waits for the next file (./workers.ts keeps it warm, or ends it). It runs on
 * its own thread so a file that takes long to read never stops the app from answering, and
 * can be stopped.
 */
import { parentPort } from 'node:worker_threads'
import { getHeapStatistics } from 'node:v8'
import { toErrorData, type ApiErrorData } from '../../../shared/errors'
import { refuseNetwork } from '../security/offline'
import { PARSERS, type ParserName } from './parsers'

export type ParseReply<T> = ({ ok: true; data: T } | { ok: false; error: ApiErrorData }) & { heapMb: number }

// Each thread has its own sockets: a parser (Citation.js, say) must not reach the network from here either.
refuseNetwork()

const heapMb = () => getHeapStatistics().used_heap_size / (1024 * 1024)

parentPort?.on('message', async ({ name, input }: { name: ParserName; input: never }) => {
  let reply: ParseReply<unknown>
  try {
    reply = { ok: true, data: await PARSERS[name](input), heapMb: heapMb() }
  } catch (error) {
    reply = { ok: false, error: toErrorData(error), heapMb: heapMb() }
  }
  try {
    parentPort?.postMessage(reply)
  } catch (error) {
    // A result that cannot be copied to the main thread (it should never happen) is still an answer.
    parentPort?.postMessage({ ok: false, error: toErrorData(error), heapMb: heapMb() })
  }
})
