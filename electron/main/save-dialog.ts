import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'

/** Writes a whole file or nothing: a temp file beside it, then a rename. */
export function writeWhole(file: string, bytes: Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`)
  try {
    writeFileSync(temp, bytes)
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * The desktop app's way to save what the page made: the main process asks where, in the
 * system's own dialog, so the page never names a path. Answers the path, or null if cancelled.
 */
export function saveWithDialog(dialog: Pick<Dialog, 'showSaveDialog'>, window: () => BrowserWindow | null, folder: string) {
  return async (suggestedName: string, bytes: Uint8Array): Promise<string | null> => {
    const options = { defaultPath: join(folder, basename(suggestedName)) }
    const parent = window()
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return null
    writeWhole(choice.filePath, bytes)
    return choice.filePath
  }
}
