import { ApiError } from '../errors'
import type { ExtractedDocument } from './extracted'

/** Not built yet: the html helper fills this in. */
export async function extractHtml(_bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  throw new ApiError('internal', `Reading ${fileName}: html documents are not read yet`)
}
