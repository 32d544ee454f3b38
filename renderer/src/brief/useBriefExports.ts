import { useCallback, useEffect, useState } from 'react'
import type { RecentExportEntry } from '../../../shared/brief/api'
import type { BriefFormat } from '../../../shared/brief/options'
import type { InputOf } from '../../../shared/contract'
import { invoke, messageOf } from '../api/client'
import { isDesktop, saveFile } from '../kit/save-file'

export type BriefRequest = Omit<InputOf<'brief.export'>, 'format'>

export interface ExportStatus {
  message: string
  /** The file just saved, to show in its folder (the desktop app only). */
  saved: RecentExportEntry | null
}

/** What the web mode downloaded since the page opened: it has no dialog, so the main process records nothing. */
const downloads: RecentExportEntry[] = []

/**
 * Exporting a brief and what came of it: the file made by the main process, then saved through
 * its dialog (the desktop app) or downloaded (the web mode), and the recent exports.
 */
export function useBriefExports(request: BriefRequest) {
  const desktop = isDesktop()
  const [busy, setBusy] = useState<BriefFormat | null>(null)
  const [status, setStatus] = useState<ExportStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [recent, setRecent] = useState<RecentExportEntry[]>(() => (desktop ? [] : [...downloads]))

  const refresh = useCallback(async (): Promise<RecentExportEntry[]> => {
    const list = desktop ? await invoke('file.recent', {}) : [...downloads]
    setRecent(list)
    return list
  }, [desktop])
  // The web mode's list is this page's own (the initial state); the desktop app's comes from the main process.
  useEffect(() => {
    if (desktop) invoke('file.recent', {}).then(setRecent, (failure) => setError(messageOf(failure).message))
  }, [desktop])

  const exportAs = async (format: BriefFormat, name: string) => {
    if (busy) return
    setBusy(format)
    setError(null)
    setStatus({ message: `Making the ${name} file…`, saved: null })
    try {
      const file = await invoke('brief.export', { ...request, format })
      const where = await saveFile(file)
      if (where === null) setStatus(null)
      else if (desktop) {
        const list = await refresh()
        setStatus({ message: `Saved ${where}`, saved: list.find((entry) => entry.path === where) ?? null })
      } else {
        downloads.unshift({ id: `download-${Date.now()}`, path: '', fileName: file.fileName, format, savedAt: new Date().toISOString(), exists: true })
        downloads.splice(20)
        await refresh()
        setStatus({ message: `Downloaded ${file.fileName}`, saved: null })
      }
    } catch (failure) {
      setStatus(null)
      setError(messageOf(failure).message)
    } finally {
      setBusy(null)
    }
  }

  const reveal = (entry: RecentExportEntry) => {
    setError(null)
    invoke('file.reveal', { exportId: entry.id }).catch((failure) => {
      setError(messageOf(failure).message)
      void refresh().catch(() => undefined)
    })
  }

  return { desktop, busy, status, error, recent, exportAs, reveal }
}

export type BriefExportsState = ReturnType<typeof useBriefExports>
