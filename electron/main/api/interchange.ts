import { addImportedMotion } from '../../../shared/operations/import-motion'
import { cancelParses, MOTION_FILE_NAMES, parseInWorker, parseWorkers } from '../parse/run'
import type { Handlers } from './handler'

/** Motions to and from other tools' files: apart from motions.ts because they read files on the parse worker. */
export const interchangeHandlers: Pick<Handlers, 'motion.import' | 'import.cancel' | 'import.prepare' | 'motion.argdown'> = {
  // Kialo and Argdown files: read whole first (on the parse worker), then the motion is added in one write.
  'motion.import': async ({ format, text }, { store, env, parseTimeoutMs }) => {
    const imported = await parseInWorker(format, text, { what: MOTION_FILE_NAMES[format], timeoutMs: parseTimeoutMs })
    return store.update((library) => addImportedMotion(library, imported, env, format))
  },
  'import.cancel': () => ({ cancelled: cancelParses() }),
  'import.prepare': async ({ reader }) => {
    await parseWorkers.prepare(reader)
    return { ready: true }
  },
  'motion.argdown': async ({ motionId }, { store }) => {
    const { motionArgdownFile } = await import('../../../shared/interchange/argdown-export')
    return motionArgdownFile(store.library, motionId)
  }
}
