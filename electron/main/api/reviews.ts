import { gradeReview } from '../../../shared/operations/practice'
import type { Handlers } from './handler'

export const reviewHandlers: Pick<Handlers, 'review.list' | 'review.grade'> = {
  'review.list': (_input, { store }) => store.library.cardReviews,
  'review.grade': (input, { store, env }) => store.update((library) => gradeReview(library, input, env))
}
