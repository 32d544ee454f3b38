import { ApiError } from '../../../shared/errors'
import { findSource } from '../../../shared/operations/sources'
import { findBundledText } from '../../../shared/sources/bundled'
import type { Handlers } from './handler'

export const documentHandlers: Pick<Handlers, 'source.importDocument' | 'source.text'> = {
  'source.importDocument': () => {
    throw new ApiError('internal', 'Importing documents is not built yet')
  },
  'source.text': ({ sourceId }, { store }) => {
    const bundled = findBundledText(sourceId)
    if (bundled) return { sourceId, units: bundled.units }
    const source = findSource(store.library, sourceId)
    if (source.document) throw new ApiError('internal', 'Reading imported documents is not built yet')
    return { sourceId, units: source.units ?? [] }
  }
}
