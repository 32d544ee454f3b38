import { addImportedMotion } from '../../../shared/operations/import-motion'
import { findMotion } from '../../../shared/operations/motions'
import type { ImportedMotion } from '../../../shared/interchange/imported-motion'
import type { Handlers } from './handler'
import { fileNameFor } from '../../../shared/model/text'

/** Kialo and Argdown files: read them whole first, then add the motion in one write. */
async function parse(format: 'kialo' | 'argdown', text: string): Promise<ImportedMotion> {
  // @argdown/core takes a moment to load: only when someone imports or exports Argdown.
  if (format === 'argdown') return (await import('../../../shared/interchange/argdown-import')).parseArgdown(text)
  return (await import('../../../shared/interchange/kialo')).parseKialo(text)
}

export const interchangeHandlers: Pick<Handlers, 'motion.import' | 'motion.argdown'> = {
  'motion.import': async ({ format, text }, { store, env }) => {
    const imported = await parse(format, text)
    return store.update((library) => addImportedMotion(library, imported, env))
  },
  'motion.argdown': async ({ motionId }, { store }) => {
    const { toArgdown } = await import('../../../shared/interchange/argdown-export')
    const motion = findMotion(store.library, motionId)
    const claims = store.library.claims.filter((c) => c.motionId === motion.id)
    return { fileName: fileNameFor(motion.title, 'argdown'), mimeType: 'text/plain', text: toArgdown(motion, claims) }
  }
}
