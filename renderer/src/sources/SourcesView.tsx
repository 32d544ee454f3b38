import { useState, type DragEvent } from 'react'
import type { SourceKind } from '../../../shared/model/source'
import { useQuery } from '../data/hooks'
import { ChoiceField } from '../kit/form-parts'
import { usePrepareReader } from '../kit/prepare-reader'
import { KIND_CHOICES, KIND_NAMES } from './kind-names'
import { CheckCards } from './CheckCards'
import { ImportCitations } from './ImportCitations'
import { ImportDocument } from './ImportDocument'
import { SourceDetail } from './SourceDetail'
import { SourceForm } from './SourceForm'
import { useDocumentImport } from './use-document-import'
import { ImportVerbatim, type DroppedWordFile } from '../verbatim/ImportVerbatim'
import './sources.css'

/** Where to open the sources: a source, at a unit of its text or at one of its cards. */
export interface SourceTarget {
  sourceId: string
  unitId: string | null
  quoteId: string | null
  /** Counts requests, so asking for the same place again opens it again. */
  request: number
  /** List only these sources (those of cards just imported from the file `from`). */
  only?: { from: string; sourceIds: readonly string[] }
}

const carriesFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files')
const WORD_FILE = /\.docx$/i

/**
 * The sources library: bundled texts and the user's own, filtered by kind, each with its cards.
 * Document files dropped anywhere on it are imported as sources (as Import document… does); one
 * Word file dropped alone is offered as a Verbatim file first, when it is one.
 */
export function SourcesView({ open }: { open: SourceTarget | null }) {
  const [kind, setKind] = useState<SourceKind | ''>('')
  const sources = useQuery('source.list', kind ? { kind } : {}, { keepPrevious: true }).data ?? []
  const [selectedId, setSelectedId] = useState<string | null>(open?.sourceId ?? 'us-const')
  const [creating, setCreating] = useState(false)
  const [lastOpen, setLastOpen] = useState(open)
  const [dropping, setDropping] = useState(false)
  const prepareReader = usePrepareReader()
  const [droppedWord, setDroppedWord] = useState<DroppedWordFile | null>(null)
  const [only, setOnly] = useState(open?.only ?? null)
  const documents = useDocumentImport((sourceId) => {
    setKind('')
    setCreating(false)
    setSelectedId(sourceId)
  })
  if (open !== lastOpen) {
    setLastOpen(open)
    if (open) {
      setSelectedId(open.sourceId)
      setCreating(false)
      setOnly(open.only ?? null)
      // The new cards' sources are listed whatever kind was chosen.
      if (open.only) setKind('')
    }
  }
  const listed = only ? sources.filter(({ source }) => only.sourceIds.includes(source.id)) : sources

  return (
    <div
      className={dropping ? 'sources-view dropping' : 'sources-view'}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'copy'
        // Files on their way in: the document reader is made ready before they land.
        if (!dropping) prepareReader('document')
        setDropping(true)
      }}
      onDragLeave={(e) => {
        // Leaving for a child is still over the library; only leaving the whole view ends it.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false)
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return
        e.preventDefault()
        setDropping(false)
        const files = [...e.dataTransfer.files]
        const word = files.length === 1 && files[0] && WORD_FILE.test(files[0].name) ? files[0] : null
        if (word) setDroppedWord((last) => ({ file: word, request: (last?.request ?? 0) + 1 }))
        else void documents.importFiles(files)
      }}
    >
      <aside className="source-list" aria-label="Sources">
        <div className="source-list-tools">
          <ChoiceField label="Kind" value={kind} options={[['', 'All kinds'], ...KIND_CHOICES]} onChange={(k: SourceKind | '') => setKind(k)} />
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New source
          </button>
        </div>
        <ImportDocument progress={documents.progress} message={documents.message} onFile={(file) => void documents.importFiles([file])} onCancel={documents.cancel} />
        <div className="import-verbatim">
          <ImportVerbatim into="cards" dropped={droppedWord} onDocument={(file) => void documents.importFiles([file])} />
        </div>
        <ImportCitations />
        <CheckCards />
        {only && (
          <p className="source-filter small" role="note">
            <span>
              Showing the {listed.length === 1 ? 'source' : `${listed.length} sources`} of the cards from {only.from}.
            </span>{' '}
            <button type="button" className="link" onClick={() => setOnly(null)}>
              Show all sources
            </button>
          </p>
        )}
        <ul>
          {listed.map(({ source, bundled, quoteCount, claimCount }) => (
            <li key={source.id}>
              <button
                type="button"
                className="motion-link"
                aria-current={!creating && source.id === selectedId ? 'page' : undefined}
                onClick={() => {
                  setCreating(false)
                  setSelectedId(source.id)
                }}
              >
                <span className="motion-link-title">{source.title}</span>
                <span className="motion-link-meta">
                  {KIND_NAMES[source.kind]}
                  {bundled && ' · bundled'} · {quoteCount} {quoteCount === 1 ? 'card' : 'cards'}
                  {claimCount > 0 && ` · used by ${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <div className="source-main">
        {creating ? (
          <div className="panel">
            <h1>New source</h1>
            <SourceForm
              onSaved={(source) => {
                setCreating(false)
                setSelectedId(source.id)
              }}
              onCancel={() => setCreating(false)}
            />
          </div>
        ) : selectedId ? (
          <SourceDetail
            key={`${selectedId}:${open?.request ?? 0}`}
            sourceId={selectedId}
            focusUnitId={open?.sourceId === selectedId ? open.unitId : null}
            focusQuoteId={open?.sourceId === selectedId ? open.quoteId : null}
            onDeleted={() => setSelectedId('us-const')}
          />
        ) : null}
      </div>
    </div>
  )
}
