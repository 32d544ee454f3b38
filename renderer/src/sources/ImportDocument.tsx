import { FilePicker } from '../kit/FilePicker'
import { DOCUMENT_ACCEPT, type ImportMessage, type ImportProgress } from './use-document-import'

interface ImportDocumentProps {
  progress: ImportProgress | null
  message: ImportMessage | null
  onFile(file: File): void
  onCancel(): void
}

/** Sources > Import document…: the button, what is being read (with Cancel) and how the import went. */
export function ImportDocument({ progress, message, onFile, onCancel }: ImportDocumentProps) {
  return (
    <div className="import-document">
      <FilePicker reader="document" label="Document to import" accept={DOCUMENT_ACCEPT} onFile={onFile}>
        Import document…
      </FilePicker>
      {progress && (
        <div className="import-progress" role="status">
          <span>
            {progress.step === 'reading' ? `Reading ${progress.name}…` : `Importing ${progress.name}: finding its text and citation…`}
          </span>
          <progress aria-label={`Importing ${progress.name}`} max={100} value={progress.step === 'reading' ? progress.percent / 2 : undefined} />
          <button type="button" className="link" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p className={message.error ? 'field-error' : 'small cut-status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  )
}
