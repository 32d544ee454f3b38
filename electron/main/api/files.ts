import { existsSync } from 'node:fs'
import { ApiError } from '../../../shared/errors'
import type { Handlers } from './handler'

export const fileHandlers: Pick<Handlers, 'file.save' | 'file.recent' | 'file.reveal'> = {
  'file.save': async ({ fileName, text, base64 }, { env, saveFile, recentExports }) => {
    if (!saveFile) {
      throw new ApiError('forbidden', 'Saving through a dialog needs the desktop app; this page downloads the file instead', '')
    }
    if ((text === undefined) === (base64 === undefined)) {
      throw new ApiError('invalid_input', 'Give the file as text or as base64, not both or neither', 'text')
    }
    const bytes = text !== undefined ? new TextEncoder().encode(text) : Uint8Array.from(Buffer.from(base64 as string, 'base64'))
    const path = await saveFile(fileName, bytes)
    // Listed under "Recent exports", so the page can ask to show it in its folder by id. The
    // file is saved either way: a list that cannot be written is no reason to report a failure.
    if (path !== null) {
      await recentExports
        .record(path, env)
        .catch((error: unknown) => console.warn(`casebook: ${path} was saved but not added to the recent exports: ${String(error)}`))
    }
    return { path }
  },
  'file.recent': (_input, { recentExports }) => recentExports.list(),
  'file.reveal': async ({ exportId }, { revealFile, recentExports }) => {
    if (!revealFile) throw new ApiError('forbidden', 'Showing a file in its folder needs the desktop app; this page downloads files instead', '')
    const entry = await recentExports.find(exportId)
    if (!entry) throw new ApiError('not_found', 'That file is not among the recent exports', 'exportId')
    if (!existsSync(entry.path)) throw new ApiError('not_found', `${entry.fileName} is no longer where it was saved (${entry.path}): it was moved or deleted`, 'exportId')
    await revealFile(entry.path)
    return { path: entry.path }
  }
}
