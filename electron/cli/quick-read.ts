/**
 * `casebook list motions` without zod: loading it costs more than Node's whole start. The
 * file is read as the app wrote it and only the fields the listing prints are checked; any
 * other file (an older version, a damaged or hand-edited one) goes the full way, through the
 * store's own reading, which repairs and explains.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Library } from '../../shared/model/library'
import { DEBATE_FORMATS } from '../../shared/model/formats'
import { SCHEMA_VERSION } from '../../shared/model/schema-version'
import { STORE_FILE } from '../main/store/data-folder'
import { readLibrary } from './command'

type Listing = Pick<Library, 'motions' | 'claims'>

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function listable(raw: unknown): raw is Listing {
  if (!isObject(raw) || raw.schemaVersion !== SCHEMA_VERSION || !Array.isArray(raw.motions) || !Array.isArray(raw.claims)) return false
  const motionsOk = raw.motions.every(
    (m) =>
      isObject(m) &&
      typeof m.id === 'string' &&
      typeof m.title === 'string' &&
      typeof m.createdAt === 'string' &&
      typeof m.archived === 'boolean' &&
      (DEBATE_FORMATS as readonly unknown[]).includes(m.format)
  )
  return motionsOk && raw.claims.every((c) => isObject(c) && typeof c.motionId === 'string' && (c.parentId === null || typeof c.parentId === 'string') && (c.stance === 'pro' || c.stance === 'con'))
}

/** The motions and claims, read without the lock; the full reading whenever the quick one cannot vouch for them. */
export async function readListing(dataDir: string): Promise<Listing> {
  const file = join(dataDir, STORE_FILE)
  if (existsSync(file)) {
    try {
      const raw: unknown = JSON.parse(readFileSync(file, 'utf8'))
      if (listable(raw)) return raw
    } catch {
      // Unreadable here: the full reading below says why.
    }
  }
  return readLibrary(dataDir)
}
