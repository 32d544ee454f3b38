import { createMotion, deleteMotion, getMotionMap, listMotions, renameMotion } from '../../../shared/operations/motions'
import type { Handlers } from './handler'

export const motionHandlers: Pick<
  Handlers,
  'motion.list' | 'motion.get' | 'motion.create' | 'motion.rename' | 'motion.delete'
> = {
  'motion.list': (input, { store }) => listMotions(store.library, input),
  'motion.get': (input, { store }) => getMotionMap(store.library, input),
  'motion.create': (input, { store, env }) => store.update((library) => createMotion(library, input, env)),
  'motion.rename': (input, { store, env }) => store.update((library) => renameMotion(library, input, env)),
  'motion.delete': (input, { store }) => store.update((library) => deleteMotion(library, input))
}
