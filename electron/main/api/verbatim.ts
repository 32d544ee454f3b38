import { ApiError } from '../../../shared/errors'
import { importVerbatim, previewVerbatim } from '../../../shared/verbatim/import'
import { parseInWorker } from '../parse/run'
import type { HandlerContext, Handlers } from './handler'

/** A Verbatim file from the page: base64 in the payload, read on the parse worker (never in the page or the main thread). */
async function readFile({ fileName, base64 }: { fileName: string; base64: string }, context: HandlerContext) {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'))
  if (bytes.length === 0) throw new ApiError('invalid_input', `"${fileName}" is empty`, 'base64')
  return parseInWorker('verbatim', { bytes, fileName }, { what: `the Verbatim file "${fileName}"`, timeoutMs: context.parseTimeoutMs })
}

export const verbatimHandlers: Pick<Handlers, 'verbatim.preview' | 'verbatim.import'> = {
  'verbatim.preview': async (input, context) => {
    const file = await readFile(input, context)
    return previewVerbatim(context.store.library, file, input.fileName, context.env)
  },
  // Read whole first, then everything is written in one update: a file that cannot be read writes nothing.
  'verbatim.import': async (input, context) => {
    const file = await readFile(input, context)
    return context.store.update((library) => importVerbatim(library, file, input.fileName, input.into, context.env))
  }
}
