import { listPractice, recordPractice } from '../../../shared/operations/practice'
import type { Handlers } from './handler'

export const practiceHandlers: Pick<Handlers, 'practice.list' | 'practice.record'> = {
  'practice.list': (_input, { store }) => listPractice(store.library),
  'practice.record': (input, { store, env }) => store.update((library) => recordPractice(library, input, env))
}
