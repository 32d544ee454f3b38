import { ApiError } from '../../../shared/errors'
import type { Handlers } from './handler'

export const verbatimHandlers: Pick<Handlers, 'verbatim.preview' | 'verbatim.import'> = {
  'verbatim.preview': () => {
    throw new ApiError('internal', 'Reading Verbatim files is not built yet')
  },
  'verbatim.import': () => {
    throw new ApiError('internal', 'Reading Verbatim files is not built yet')
  }
}
