/** Writing a file the user will open (a brief, a pack, a saved export): whole, or not at all. */
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A temporary name in the same folder as `file`, so the final rename never crosses file systems. */
function tempBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

/** Writes `data` to `file` whole or not at all: a temporary file in the same folder, then a rename. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const temp = tempBeside(file)
  try {
    await writeFile(temp, data, { flag: 'wx' })
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
