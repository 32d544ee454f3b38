import { useRef, type ReactNode } from 'react'
import { usePrepareReader, type ReaderName } from './prepare-reader'

interface FilePickerProps {
  /** The file input's accessible name, such as "Pack file to import". */
  label: string
  accept: string
  className?: string
  children: ReactNode
  /** The main process's reader for the file, made ready while the user chooses it. */
  reader?: ReaderName
  onFile(file: File): void
}

/**
 * A button that opens the system's file chooser and hands over the one file picked. The page
 * reads the file's content itself; no path ever reaches the app.
 */
export function FilePicker({ label, accept, className, children, reader, onFile }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null)
  const prepareReader = usePrepareReader()
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          if (reader) prepareReader(reader)
          input.current?.click()
        }}
      >
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0]
          // Cleared, so that choosing the same file again (after fixing it) reads it again.
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
