import { useEffect, useRef, useState } from 'react'
import { ApiFailure, messageOf } from '../api/client'
import { useMutation, useQuery } from '../data/hooks'
import { ConfirmBar } from '../kit/ConfirmBar'
import { useReportError } from '../kit/errors'
import { useNavigation } from '../kit/navigation'
import { revealInPane } from '../kit/reveal'
import { CardView } from '../cards/CardView'
import { CiteAs } from './CiteAs'
import { DocumentFacts } from './DocumentFacts'
import { KIND_NAMES } from './kind-names'
import { PasteCardForm } from './PasteCardForm'
import { Reader } from './Reader'
import { SourceForm } from './SourceForm'

interface SourceDetailProps {
  sourceId: string
  focusUnitId: string | null
  /** A card to scroll to and mark (opened from a search or the check). */
  focusQuoteId: string | null
  onDeleted(): void
}

/**
 * One source: the reader for any source with a text (bundled, imported from a document, from a
 * pack), the citation fields for the user's own (with where an imported document stated each),
 * and its cards.
 */
export function SourceDetail({ sourceId, focusUnitId, focusQuoteId, onDeleted }: SourceDetailProps) {
  const report = useReportError()
  const navigation = useNavigation()
  const detail = useQuery('source.get', { sourceId }).data ?? null
  const deleteSource = useMutation('source.delete')
  const createQuote = useMutation('quote.create')
  const updateQuote = useMutation('quote.update')
  const deleteQuote = useMutation('quote.delete')
  const [focusUnit, setFocusUnit] = useState(focusUnitId)
  // The card asked for: marked among the cards, and (after "Show in source") its words in the text.
  const [focusQuote, setFocusQuote] = useState(focusQuoteId)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  // A card just cut: once it is among the cards, it takes the focus and is scrolled into view.
  const [justCut, setJustCut] = useState<string | null>(null)


  // Counts "Show in source" clicks, so the reader shows the words again each time.
  const [showRequest, setShowRequest] = useState(0)

  // Once the cards are shown, bring the one asked for into view, with the focus.
  const loaded = detail !== null
  useEffect(() => {
    const card = loaded && focusQuoteId && !focusUnitId ? document.getElementById(`card-${focusQuoteId}`) : null
    if (!card) return
    revealInPane(card, 'center')
    card.focus({ preventScroll: true })
  }, [loaded, focusQuoteId, focusUnitId])

  const quoteIds = detail?.quotes.map((q) => q.id).join() ?? ''
  const focusedCut = useRef<string | null>(null)
  useEffect(() => {
    const card = justCut && focusedCut.current !== justCut ? document.getElementById(`card-${justCut}`) : null
    if (!card) return
    focusedCut.current = justCut
    card.focus({ preventScroll: true })
    revealInPane(card, 'nearest')
  }, [justCut, quoteIds])

  if (!detail) return <p className="loading">Opening the source…</p>
  const { source, bundled, quotes } = detail
  const hasText = bundled || source.document !== undefined || (source.units?.length ?? 0) > 0
  const remove = async (deleteQuotes: boolean) => {
    try {
      await deleteSource.mutateAsync({ sourceId, deleteQuotes })
      onDeleted()
    } catch (failure) {
      // Only "cards quote it" is a question for the user; anything else is an error to show.
      if (failure instanceof ApiFailure && failure.data.code === 'conflict') setDeleting(messageOf(failure).message)
      else report(failure)
    }
  }

  return (
    <div className="source-detail">
      <header className="source-header">
        <p className="eyebrow">
          {KIND_NAMES[source.kind]}
          {bundled && ' · bundled with Casebook'}
        </p>
        <h1>{source.title}</h1>
        <CiteAs sourceId={source.id} key={source.updatedAt} />
      </header>
      {!bundled && source.document && <DocumentFacts document={source.document} />}
      {hasText && (
        <Reader
          source={source}
          quotes={quotes}
          focusUnitId={focusUnit}
          focusRange={quotes.find((q) => q.id === focusQuote && q.unitId === focusUnit)?.range ?? null}
          showRequest={showRequest}
          onCut={async (unit, range) => {
            try {
              const card = await createQuote.mutateAsync({ sourceId, unitId: unit.id, range })
              setStatus(`Card cut from ${card.pinpoint}: “${card.text.slice(0, 60)}${card.text.length > 60 ? '…' : ''}”`)
              setFocusQuote(card.id)
              setJustCut(card.id)
            } catch (error) {
              report(error)
            }
          }}
        />
      )}
      {!bundled && (
        <>
          <SourceForm key={source.updatedAt} source={source} />
          <div className="actions">
            <button type="button" className="danger" onClick={() => void remove(false)}>
              Delete source
            </button>
          </div>
          {deleting && (
            <ConfirmBar label="Confirm delete source" confirmLabel="Delete source and cards" onConfirm={() => void remove(true)} onCancel={() => setDeleting(null)}>
              {deleting}
            </ConfirmBar>
          )}
          <PasteCardForm sourceId={sourceId} />
        </>
      )}
      <p className="sr-only" role="status">
        {status}
      </p>
      {status && <p className="cut-status">{status}</p>}
      <section className="cards" aria-label={`Cards from ${source.title}`}>
        <h2>
          Cards <span className="count">{quotes.length}</span>
        </h2>
        {quotes.length === 0 && <p className="muted">No cards from this source yet.</p>}
        {quotes.map((quote) => (
          <CardView
            key={quote.id}
            quote={quote}
            source={source}
            onUpdate={(patch) => updateQuote.mutateAsync({ quoteId: quote.id, ...patch }).then(() => undefined)}
            onDelete={() => void deleteQuote.mutateAsync({ quoteId: quote.id }).catch(report)}
            onOpen={
              quote.unitId
                ? () => {
                    setFocusUnit(quote.unitId)
                    setFocusQuote(quote.id)
                    setShowRequest((n) => n + 1)
                  }
                : undefined
            }
            onLinked={() => setStatus('Linked the card to the claim.')}
            focused={quote.id === focusQuote}
            backs={detail.usedBy.filter((use) => use.quoteId === quote.id).map((use) => ({ title: use.title, open: () => navigation.openClaim(use.motionId, use.claimId) }))}
          />
        ))}
      </section>
      {detail.usedBy.length > 0 && (
        <section className="used-by" aria-label="Used by">
          <h2>
            Used by <span className="count">{detail.usedBy.length}</span>
          </h2>
          <ul>
            {detail.usedBy.map((use) => (
              <li key={`${use.claimId}:${use.quoteId}`}>
                <button type="button" className="link-button" onClick={() => navigation.openClaim(use.motionId, use.claimId)}>
                  {use.title}
                </button>{' '}
                <span className="muted small">cites “{quotes.find((q) => q.id === use.quoteId)?.tag || 'an untagged card'}”</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
