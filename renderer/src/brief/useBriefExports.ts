import { useState } from 'react'
import type { RecentExportEntry } from '../../../shared/brief/api'
import type { BriefFormat } from '../../../shared/brief/options'
import type { InputOf } from '../../../shared/contract'
import { messageOf } from '../api/client'
import { library, useMutation, useQuery } from '../data/hooks'
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
  // The web mode's list is this page's own; the desktop app's comes from the main process.
  const [downloaded, setDownloaded] = useState<RecentExportEntry[]>(() => [...downloads])
  const saved = useQuery('file.recent', {}, { enabled: desktop, report: false })
  const recent = desktop ? (saved.data ?? []) : downloaded
  const listError = desktop && saved.error ? messageOf(saved.error).message : null
  const exportBrief = useMutation('brief.export')
  const revealFile = useMutation('file.reveal')

  const exportAs = async (format: BriefFormat, name: string) => {
    if (busy) return
    setBusy(format)
    setError(null)
    setStatus({ message: `Making the ${name} file…`, saved: null })
    try {
      const file = await exportBrief.mutateAsync({ ...request, format })
      const where = await saveFile(file)
      if (where === null) setStatus(null)
      else if (desktop) {
        const list = await library.read('file.recent', {})
        setStatus({ message: `Saved ${where}`, saved: list.find((entry) => entry.path === where) ?? null })
      } else {
        downloads.unshift({ id: `download-${Date.now()}`, path: '', fileName: file.fileName, format, savedAt: new Date().toISOString(), exists: true })
        downloads.splice(20)
        setDownloaded([...downloads])
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
    revealFile.mutateAsync({ exportId: entry.id }).catch((failure) => {
      setError(messageOf(failure).message)
      // The file may have moved: the list says so when read again.
      void library.changed({ operation: 'file.reveal', topics: ['exports'] })
    })
  }

  return { desktop, busy, status, error: error ?? listError, recent, exportAs, reveal }
}

export type BriefExportsState = ReturnType<typeof useBriefExports>
