import { useRef, useState } from 'react'
import type { InputOf } from '../../../shared/contract'
import type { Quote, Source } from '../../../shared/model/source'
import { citeSegments } from '../../../shared/brief/cite'
import { ApiFailure, messageOf } from '../api/client'
import { ConfirmBar } from '../kit/ConfirmBar'
import { CardText } from './CardText'
import { LinkToClaim } from './LinkToClaim'
import { PinpointFields } from './PinpointFields'
import { useCardSaves } from './useCardSaves'
import { lengthNote } from '../../../shared/model/length-limit'
import { LengthNote } from '../kit/LengthNote'

export type CardPatch = Omit<InputOf<'quote.update'>, 'quoteId'>

interface CardViewProps {
  quote: Quote
  source: Source
  /** Saves a change to the card; a refusal is thrown and shown on the card. */
  onUpdate?(patch: CardPatch): Promise<void>
  onDelete?(): void
  onOpen?(): void
  /** An extra action, e.g. "Unlink" under a claim. */
  extraAction?: { label: string; run(): void }
  /** Offer to link the card to a claim; called once linked. */
  onLinked?(): void
  /** The claims this card backs, each with a way to open it. */
  backs?: Array<{ title: string; open(): void }>
  /** Opened from a search or the check: scrolled to and marked. */
  focused?: boolean
}

/** The selected range inside an element, as character offsets into its text. */
function selectionIn(element: HTMLElement | null): { start: number; end: number } | null {
  const selection = document.getSelection()
  if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null
  const before = document.createRange()
  before.selectNodeContents(element)
  before.setEnd(range.startContainer, range.startOffset)
  const start = before.toString().length
  return { start, end: start + range.toString().length }
}

/** An evidence card as debaters know it: the tag, a one-line cite, and the exact text with its marks. */
export function CardView({ quote, source, onUpdate, onDelete, onOpen, extraAction, onLinked, backs, focused }: CardViewProps) {
  const [tag, setTag] = useState(quote.tag)
  const [confirming, setConfirming] = useState(false)
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(quote.text)
  // A pasted card's pinpoint and speaker are the user's to correct; a cut card's come from the text.
  const pasted = quote.unitId === null
  const [pinpoint, setPinpoint] = useState(quote.pinpoint)
  const [speaker, setSpeaker] = useState(quote.speaker)
  const [problem, setProblem] = useState<{ message: string; canAlter: boolean } | null>(null)
  const [status, setStatus] = useState('')
  const textRef = useRef<HTMLQuoteElement>(null)
  const save = useCardSaves(quote, onUpdate)
  // The tag as stored follows the store, except while the user has typed a tag not yet saved.
  const [lastStoredTag, setLastStoredTag] = useState(quote.tag)
  if (quote.tag !== lastStoredTag) {
    setLastStoredTag(quote.tag)
    if (tag === lastStoredTag) setTag(quote.tag)
  }

  /**
   * Saves a change made from the card as last saved; a tag typed and not yet saved goes with it
   * (clicking Underline keeps the focus in the tag, so the tag never "left" to save itself).
   */
  const update = async (change: (card: Quote) => CardPatch, done = 'Saved') => {
    try {
      const patch = (card: Quote): CardPatch => ({ ...(tag !== card.tag ? { tag } : {}), ...change(card) })
      const wrote = await save(patch)
      setProblem(null)
      if (!wrote) return
      if (change(quote).text !== undefined) setEditing(false)
      setStatus(done)
    } catch (failure) {
      const refusedAsInexact = failure instanceof ApiFailure && failure.data.code === 'conflict' && failure.data.path === 'text'
      setProblem({ message: messageOf(failure).message, canAlter: refusedAsInexact })
    }
  }
  const tagNote = lengthNote(tag, 300)
  // Past the limit the tag stays as typed, unsaved, and its note says by how much.
  const saveTag = () => void (tagNote?.over ? undefined : update(() => ({}), 'Saved the tag'))
  const mark = (kind: 'underline' | 'highlight') => {
    const range = selectionIn(textRef.current)
    if (!range || range.end <= range.start) return setProblem({ message: 'Select words in the card text first.', canAlter: false })
    void update((card) => ({ highlights: [...card.highlights, { ...range, kind }] }), kind === 'underline' ? 'Underlined' : 'Highlighted')
  }

  return (
    <article id={`card-${quote.id}`} tabIndex={-1} className={focused ? 'card focused' : 'card'} aria-label={`Card: ${quote.tag || 'untagged'}`}>
      {onUpdate ? (
        <>
        <input
          className="card-tag"
          aria-label="Card tag"
          aria-invalid={tagNote?.over || undefined}
          aria-describedby={`card-tag-note-${quote.id}`}
          value={tag}
          placeholder="Tag: the claim this card makes"
          onChange={(e) => setTag(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault()
              saveTag()
            }
          }}
          onBlur={saveTag}
        />
        <LengthNote id={`card-tag-note-${quote.id}`} note={tagNote} />
        </>
      ) : (
        <p className="card-tag">{quote.tag || <span className="muted">Untagged card</span>}</p>
      )}
      <p className="card-cite">
        {/* The cite line a brief prints, so what a debater sees here is what the judge will read. */}
        {citeSegments(source, quote).map((segment, i) => (segment.emphasis ? <strong key={i}>{segment.text}</strong> : <span key={i}>{segment.text}</span>))}
        {quote.alteration && <span className="altered"> [altered from the source]</span>}
        {quote.paraphrase && <span className="altered"> [paraphrase, not a quotation]</span>}
      </p>
      {editing ? (
        <>
          <textarea className="card-edit" aria-label="Card text" rows={5} value={text} onChange={(e) => setText(e.target.value)} />
          {pasted && <PinpointFields pinpoint={pinpoint} speaker={speaker} onPinpoint={setPinpoint} onSpeaker={setSpeaker} />}
        </>
      ) : (
        <CardText ref={textRef} quote={quote} />
      )}
      {problem && (
        <div className="card-problem" role="alert">
          <span>{problem.message}</span>
          {problem.canAlter && (
            <button type="button" onClick={() => void update(() => ({ text, alteration: true }))}>
              Save as marked alteration
            </button>
          )}
        </div>
      )}
      {backs && backs.length > 0 && (
        <p className="card-backs small">
          Backs{' '}
          {backs.map((claim, n) => (
            <span key={n}>
              {n > 0 && ', '}
              <button type="button" className="link-button" onClick={claim.open}>
                {claim.title || 'an untitled claim'}
              </button>
            </span>
          ))}
        </p>
      )}
      <div className="card-tools">
        {editing ? (
          <>
            <button type="button" className="primary" onClick={() => void update(() => (pasted ? { text, pinpoint, speaker } : { text }))}>
              {pasted ? 'Save card' : 'Save text'}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false)
                setText(quote.text)
                setProblem(null)
              }}
            >
              Cancel
            </button>
          </>
        ) : (
          <>
            {onUpdate && (
              <>
                <button type="button" className="ghost" onMouseDown={(e) => e.preventDefault()} onClick={() => mark('underline')}>
                  Underline
                </button>
                <button type="button" className="ghost" onMouseDown={(e) => e.preventDefault()} onClick={() => mark('highlight')}>
                  Highlight
                </button>
                {quote.highlights.length > 0 && (
                  <button type="button" className="ghost" onClick={() => void update(() => ({ highlights: [] }))}>
                    Clear marks
                  </button>
                )}
                <button
                  type="button"
                  className="ghost"
                  onClick={() => {
                    // Start from the card as saved (an alteration comes back with its marks).
                    setText(quote.text)
                    setPinpoint(quote.pinpoint)
                    setSpeaker(quote.speaker)
                    setEditing(true)
                  }}
                >
                  {pasted ? 'Edit text and pinpoint' : 'Edit text'}
                </button>
              </>
            )}
            {onOpen && (
              <button type="button" className="ghost" onClick={onOpen}>
                Show in source
              </button>
            )}
            {onLinked && <LinkToClaim quoteId={quote.id} onLinked={onLinked} />}
            {extraAction && (
              <button type="button" className="ghost" onClick={extraAction.run}>
                {extraAction.label}
              </button>
            )}
            {onDelete && (
              <button type="button" className="ghost danger" onClick={() => setConfirming(true)}>
                Delete card
              </button>
            )}
          </>
        )}
      </div>
      <p className="sr-only" role="status">
        {status}
      </p>
      {confirming && onDelete && (
        <ConfirmBar label="Confirm delete card" confirmLabel="Delete card" onConfirm={onDelete} onCancel={() => setConfirming(false)}>
          Delete this card? Claims that cite it lose it as evidence.
        </ConfirmBar>
      )}
    </article>
  )
}
