import { basename, join } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import { writeFileAtomic } from '../write-whole'

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
    await writeFileAtomic(choice.filePath, bytes)
    return choice.filePath
  }
}
