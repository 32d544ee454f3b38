import { open } from 'node:fs/promises'

/**
 * What a careful program does to put text on disk: write it and fsync it (no temporary file,
 * no rename). The benches' honest baseline for an edit that is acknowledged only once synced.
 */
export async function writeAndSync(file: string, text: string): Promise<void> {
  const handle = await open(file, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}
