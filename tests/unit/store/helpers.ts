import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { listBackups } from '../../../electron/main/store/backups'
import { Store, type StoreOptions } from '../../../electron/main/store/store'
import { systemEnv } from '../../../shared/operations/change'
import { addClaim } from '../../../shared/operations/claims'
import { createMotion } from '../../../shared/operations/motions'
import type { Library } from '../../../shared/model/library'
import type { Claim } from '../../../shared/model/claim'
import type { Motion } from '../../../shared/model/motion'

/** Temporary folders and open stores, cleaned up by `cleanup()` (call it in afterEach). */
export class Scratch {
  #dirs: string[] = []
  #stores: Store[] = []

  dir(prefix = 'casebook-store-'): string {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    this.#dirs.push(dir)
    return dir
  }

  async open(dir: string, options: Partial<StoreOptions> = {}): Promise<Store> {
    const store = await Store.open(dir, { holder: 'app', ...options })
    this.#stores.push(store)
    return store
  }

  async cleanup(): Promise<void> {
    for (const store of this.#stores.splice(0)) await store.close()
    for (const dir of this.#dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  }
}

export function addMotion(store: Store, title: string): Promise<Motion> {
  return store.update((library) => createMotion(library, { title }, systemEnv))
}

export function addContention(store: Store, motionId: string, title: string, parentId: string | null = null): Promise<Claim> {
  return store.update((library) =>
    addClaim(library, { motionId, parentId, stance: 'pro', title }, systemEnv)
  )
}

export function readLibraryFile(file: string): Library {
  return JSON.parse(readFileSync(file, 'utf8')) as Library
}

export function backupNames(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'backups')).sort()
  } catch {
    return []
  }
}

export function damagedFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith('casebook.damaged-'))
}

export const DAMAGED_NAME = /^casebook\.damaged-\d{4}-\d{2}-\d{2}T[\d-]+Z\.json$/

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  let value: unknown
  try {
    value = await promise
  } catch (error) {
    return error
  }
  // A store that opened when it should not have must still give its lock back.
  if (value instanceof Store) await value.close()
  throw new Error('expected the promise to reject')
}

/** A folder (from `scratch`) holding a good library (one motion, two claims) and a backup of it, store closed. */
export async function folderWithGoodBackup(scratch: Scratch): Promise<{ dir: string; good: Library }> {
  const dir = scratch.dir()
  const store = await Store.open(dir, { holder: 'app' })
  const motion = await addMotion(store, 'This house would ban homework')
  await addContention(store, motion.id, 'Homework widens inequality')
  await addContention(store, motion.id, 'Rest matters')
  const good = store.library
  await store.close()
  // Every start backs up the file, so this start leaves a backup holding `good`.
  const again = await Store.open(dir, { holder: 'app' })
  await again.close()
  expect(JSON.parse(readFileSync(listBackups(dir)[0] as string, 'utf8'))).toEqual(good)
  return { dir, good }
}
