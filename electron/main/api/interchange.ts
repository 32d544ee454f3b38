import { addImportedMotion } from '../../../shared/operations/import-motion'
import { findMotion } from '../../../shared/operations/motions'
import { cancelParses, MOTION_FILE_NAMES, parseInWorker } from '../parse/run'
import type { Handlers } from './handler'
import { fileNameFor } from '../../../shared/model/text'

export const interchangeHandlers: Pick<Handlers, 'motion.import' | 'import.cancel' | 'motion.argdown'> = {
  // Kialo and Argdown files: read whole first (on the parse worker), then the motion is added in one write.
  'motion.import': async ({ format, text }, { store, env, parseTimeoutMs }) => {
    const imported = await parseInWorker(format, text, { what: MOTION_FILE_NAMES[format], timeoutMs: parseTimeoutMs })
    return store.update((library) => addImportedMotion(library, imported, env, format))
  },
  'import.cancel': () => ({ cancelled: cancelParses() }),
  'motion.argdown': async ({ motionId }, { store }) => {
    const { toArgdown } = await import('../../../shared/interchange/argdown-export')
    const motion = findMotion(store.library, motionId)
    const claims = store.library.claims.filter((c) => c.motionId === motion.id)
    return { fileName: fileNameFor(motion.title, 'argdown'), mimeType: 'text/plain', text: toArgdown(motion, claims) }
  }
}
