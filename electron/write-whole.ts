/** Writing a file the user will open (a brief, a pack, a saved export): whole, or not at all. */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A temporary name in the same folder as `file`, so the final rename never crosses file systems. */
function tempBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

/** Writes `data` to `file` whole or not at all: a temporary file in the same folder, then a rename. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const temp = tempBeside(file)
  try {
    // Synced before the rename, so a crash leaves the old file or the whole new one, never an empty one.
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
