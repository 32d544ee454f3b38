import { invoke } from '../api/client'

/**
 * Saves a file the page made. In the desktop app the main process asks where (the page never
 * sees or chooses a path); in the web mode the browser downloads it. Answers where it went,
 * or null when the user cancelled the dialog.
 */
export async function saveTextFile(fileName: string, text: string, mimeType: string): Promise<string | null> {
  // window.casebook exists only in Electron, where the preload put it.
  if (window.casebook) return (await invoke('file.save', { fileName, text })).path
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return fileName
}
