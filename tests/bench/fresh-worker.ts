/**
 * A parse as the first import of a session reads it: on a worker started for it, loading its
 * parser from nothing (the app keeps a worker warm after that: electron/main/parse/workers.ts).
 */
import workerFile from '../../electron/main/parse/worker?modulePath'
import type { ParseInput, ParseOutput, ParserName, ReaderName } from '../../electron/main/parse/parsers'
import { PARSE_TIMEOUT_MS } from '../../electron/main/parse/run'
import { ParseWorkers } from '../../electron/main/parse/workers'

/**
 * `prepared`: the reader made ready first, as the app does while the user chooses the file
 * (import.prepare); what is measured is then the parse alone, as the user waits for it.
 */
export async function parseInFreshWorker<N extends ParserName>(
  name: N,
  input: ParseInput<N>,
  what: string,
  options: { prepared?: ReaderName; onReady?: () => void } = {}
): Promise<ParseOutput<N>> {
  const workers = new ParseWorkers(workerFile, { memoryMb: 1024, idleMs: 60_000, maxParses: 2, retireAboveMb: 4096 })
  try {
    if (options.prepared) await workers.prepare(options.prepared)
    options.onReady?.()
    // Four times the app's limit: on a loaded machine a cold start may take that long, and the figure is what is wanted.
    return await workers.run(name, input, { what, timeoutMs: 4 * PARSE_TIMEOUT_MS })
  } finally {
    await workers.close()
  }
}
