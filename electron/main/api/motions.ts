import {
  createMotion,
  deleteMotion,
  duplicateMotion,
  getMotionMap,
  listMotions,
  updateMotion
} from '../../../shared/operations/motions'
import type { Handlers } from './handler'

export const motionHandlers: Pick<
  Handlers,
  'motion.list' | 'motion.get' | 'motion.create' | 'motion.update' | 'motion.duplicate' | 'motion.delete'
> = {
  'motion.list': (input, { store }) => listMotions(store.library, input),
  'motion.get': (input, { store }) => getMotionMap(store.library, input),
  'motion.create': (input, { store, env }) => store.update((library) => createMotion(library, input, env)),
  'motion.update': (input, { store, env }) => store.update((library) => updateMotion(library, input, env)),
  'motion.duplicate': (input, { store, env }) => store.update((library) => duplicateMotion(library, input, env)),
  'motion.delete': (input, { store }) => store.update((library) => deleteMotion(library, input))
}
