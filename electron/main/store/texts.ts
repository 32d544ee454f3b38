/**
 * Imported documents' texts: each in its own file, texts/<textHash>.json in the data folder,
 * named by the SHA-256 of its content, written once (whole and synced) before the library
 * refers to it, and never changed or deleted. The library keeps only the hash, so an edit
 * still rewrites only the small library file, and a backup of the library finds its texts.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { DocumentText } from '../../../shared/documents/extracted'
import { serializeText } from '../../../shared/documents/text-file'
import { ApiError } from '../../../shared/errors'
import { SourceUnitSchema, type Source, type SourceUnit } from '../../../shared/model/source'
import { PRIVATE_FILE, PRIVATE_FOLDER, writeFileAtomic } from '../../write-whole'

export const TEXT_FOLDER = 'texts'

/** Parsed texts kept in memory: they never change, so a cached one is never stale. A few is enough for the reader and a card cut. */
const CACHED_TEXTS = 8

/** Units in a stored text need not fit a library source's limits (a long page), only the unit shape. */
const DocumentTextSchema = z.object({ units: z.array(SourceUnitSchema.extend({ text: z.string() })) })

export function hashText(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

export { serializeText }

export class DocumentTexts {
  readonly folder: string
  #cache = new Map<string, DocumentText>()

  constructor(dataDir: string) {
    this.folder = join(dataDir, TEXT_FOLDER)
  }

  fileOf(textHash: string): string {
    return join(this.folder, `${textHash}.json`)
  }

  /**
   * Writes a text's file (whole, synced, private) and answers its hash. A file of that hash is
   * already this very text, so it is left as it is: writing is idempotent. With `expectedHash`,
   * a text whose hash is another is refused before anything is written.
   */
  async write(text: DocumentText, expectedHash?: string): Promise<string> {
    const content = serializeText(text)
    const textHash = hashText(content)
    // A text from a pack names its hash: a text that is not the one named is never written.
    if (expectedHash !== undefined && expectedHash !== textHash) {
      throw new ApiError('invalid_input', `A text is not the one its hash names (${expectedHash}): nothing was written`, 'texts')
    }
    const file = this.fileOf(textHash)
    if (!(await this.#holds(file, textHash))) {
      await mkdir(this.folder, { recursive: true, mode: PRIVATE_FOLDER })
      await writeFileAtomic(file, content, { mode: PRIVATE_FILE })
    }
    this.#remember(textHash, text)
    return textHash
  }

  /** Whether the text file is there and whole (its content has its hash). */
  async exists(textHash: string): Promise<boolean> {
    return this.#holds(this.fileOf(textHash), textHash)
  }

  /**
   * The units of an imported document's source. A missing or damaged file is an error naming
   * the source and the file; nothing else depends on it, so the source itself stays usable.
   */
  async unitsOf(source: Source): Promise<SourceUnit[]> {
    if (!source.document) throw new ApiError('invalid_input', `“${source.title}” is not an imported document`, 'sourceId')
    return (await this.read(source.document.textHash, `“${source.title}”`)).units
  }

  /** The text of `textHash`; `owner` names what it belongs to in messages. */
  async read(textHash: string, owner: string): Promise<DocumentText> {
    const cached = this.#cache.get(textHash)
    if (cached) {
      this.#remember(textHash, cached)
      return cached
    }
    const file = this.fileOf(textHash)
    let content: string
    try {
      content = await readFile(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const why = code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? (error as Error).message})`
      throw new ApiError('not_found', `The text of ${owner} ${why}: ${file}. Its citation fields are kept; import the document again to read it.`, 'sourceId')
    }
    const damaged = () =>
      new ApiError('internal', `The text of ${owner} is damaged (${file} is not the text that was imported). Its citation fields are kept; import the document again to read it.`, 'sourceId')
    if (hashText(content) !== textHash) throw damaged()
    let parsed: unknown
    try {
      parsed = JSON.parse(content)
    } catch {
      throw damaged()
    }
    const text = DocumentTextSchema.safeParse(parsed)
    if (!text.success) throw damaged()
    this.#remember(textHash, text.data)
    return text.data
  }

  /** Texts of many sources at once, by source id; a source whose text cannot be read is left out. */
  async unitsOfEach(sources: readonly Source[]): Promise<Map<string, SourceUnit[]>> {
    const found = new Map<string, SourceUnit[]>()
    for (const source of sources) {
      if (!source.document) continue
      try {
        found.set(source.id, await this.unitsOf(source))
      } catch {
        // The caller reports texts it could not get (a card whose source text is missing).
      }
    }
    return found
  }

  /**
   * The texts of these sources that can be read and are whole, by hash: a pack carries only
   * those. One missing or damaged is left out, for the caller to name, never trusted.
   */
  async readableOf(sources: readonly Source[]): Promise<Map<string, DocumentText>> {
    const found = new Map<string, DocumentText>()
    for (const source of sources) {
      const hash = source.document?.textHash
      if (hash === undefined || found.has(hash)) continue
      try {
        found.set(hash, await this.read(hash, `“${source.title}”`))
      } catch {
        // Named by the export as a text that cannot be read.
      }
    }
    return found
  }

  async #holds(file: string, textHash: string): Promise<boolean> {
    try {
      if (!(await stat(file)).isFile()) return false
      return hashText(await readFile(file)) === textHash
    } catch {
      return false
    }
  }

  /** Most recently used last: the oldest goes first when the cache is full. */
  #remember(textHash: string, text: DocumentText): void {
    this.#cache.delete(textHash)
    this.#cache.set(textHash, text)
    while (this.#cache.size > CACHED_TEXTS) this.#cache.delete(this.#cache.keys().next().value as string)
  }
}
