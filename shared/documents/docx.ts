import { ApiError } from '../errors'
import type { ExtractedDocument } from './extracted'

/** Not built yet: the docx helper fills this in. */
export async function extractDocx(_bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  throw new ApiError('internal', `Reading ${fileName}: docx documents are not read yet`)
}
