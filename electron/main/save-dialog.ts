import { basename, join } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import { ApiError } from '../../shared/errors'
import { writeFileAtomic } from '../write-whole'
import { isInDataFolder } from './store/data-folder'

/**
 * The desktop app's way to save what the page made: the main process asks where, in the
 * system's own dialog, so the page never names a path. Answers the path, or null if cancelled;
 * refuses the data folder.
 */
export function saveWithDialog(dialog: Pick<Dialog, 'showSaveDialog'>, window: () => BrowserWindow | null, folder: string, dataDir: string) {
  return async (suggestedName: string, bytes: Uint8Array): Promise<string | null> => {
    const options = { defaultPath: join(folder, basename(suggestedName)) }
    const parent = window()
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    if (choice.canceled || !choice.filePath) return null
    // A file saved over casebook.json would replace the library under the running app.
    if (isInDataFolder(choice.filePath, dataDir)) {
      throw new ApiError('invalid_input', `Not saved: ${choice.filePath} is inside the data folder ${dataDir}, where Casebook keeps your library. Choose a place outside it.`, '')
    }
    await writeFileAtomic(choice.filePath, bytes)
    return choice.filePath
  }
}
