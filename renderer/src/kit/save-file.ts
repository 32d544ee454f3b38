import { library } from '../data/hooks'

export interface FileToSave {
  fileName: string
  mimeType: string
  text?: string
  base64?: string
}

/** True in the desktop app, where the preload gave the page its bridge; false in the web mode. */
export function isDesktop(): boolean {
  return window.casebook !== undefined
}

/**
 * Saves a file the page made. In the desktop app the main process asks where (the page never
 * sees or chooses a path); in the web mode the browser downloads it. Answers where it went,
 * or null when the user cancelled the dialog.
 */
export async function saveFile(file: FileToSave): Promise<string | null> {
  if (isDesktop()) return (await library.perform('file.save', { fileName: file.fileName, text: file.text, base64: file.base64 })).path
  const bytes = file.base64 !== undefined ? Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.text ?? '')
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return file.fileName
}

export function saveTextFile(fileName: string, text: string, mimeType: string): Promise<string | null> {
  return saveFile({ fileName, text, mimeType })
}
