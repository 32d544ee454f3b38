import { ApiError } from '../errors'
import type { ExtractedDocument } from './extracted'

/** Not built yet: the pdf helper fills this in. */
export async function extractPdf(_bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  throw new ApiError('internal', `Reading ${fileName}: pdf documents are not read yet`)
}
