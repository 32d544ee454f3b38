import { useState, type ClipboardEvent, type FormEvent } from 'react'
import { messageOf } from '../api/client'
import { CardText } from '../cards/CardText'
import { marksAfterEdit, pastedMarks, type CardMark } from '../cards/paste-marks'
import { snapToSource } from '../cards/snap'
import { useMutation, useQuery } from '../data/hooks'
import { FormFooter } from '../kit/form-parts'
import { PinpointFields } from '../cards/PinpointFields'

const MARK_WORDS: Record<CardMark['kind'], string> = { underline: 'underlined', highlight: 'highlighted', emphasis: 'bold (emphasis)', shrunk: 'shrunk' }

function marksSummary(marks: readonly CardMark[]): string {
  const counts = new Map<CardMark['kind'], number>()
  for (const mark of marks) counts.set(mark.kind, (counts.get(mark.kind) ?? 0) + 1)
  return [...counts].map(([kind, count]) => `${count} ${MARK_WORDS[kind]}`).join(', ')
}

/**
 * A card from a source that is not bundled: the user pastes the exact text and gives the
 * pinpoint. A paste from Word or a web page keeps its underline, bold (as emphasis) and
 * highlight as the card's marks; a passage found in the source's own text is cut from it there.
 */
export function PasteCardForm({ sourceId }: { sourceId: string }) {
  const createQuote = useMutation('quote.create')
  const updateQuote = useMutation('quote.update')
  // The source's text, to find a pasted passage in (a source without one has no units).
  const sourceText = useQuery('source.text', { sourceId }, { report: false })
  const [text, setText] = useState('')
  const [marks, setMarks] = useState<CardMark[]>([])
  const [pinpoint, setPinpoint] = useState('')
  const [tag, setTag] = useState('')
  const [speaker, setSpeaker] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')

  const edit = (next: string) => {
    setMarks((current) => marksAfterEdit(text, next, current))
    setText(next)
  }

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html')
    if (!html) return
    // The browser's parser makes an inert document: nothing in it runs or loads.
    const pasted = pastedMarks(new DOMParser().parseFromString(html, 'text/html'), event.clipboardData.getData('text/plain'))
    if (pasted.marks.length === 0) return
    event.preventDefault()
    const field = event.currentTarget
    const start = field.selectionStart
    const end = field.selectionEnd
    const next = text.slice(0, start) + pasted.text + text.slice(end)
    const kept = marksAfterEdit(text, next, marks)
    setMarks([...kept, ...pasted.marks.map((m) => ({ ...m, start: m.start + start, end: m.end + start }))])
    setText(next)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const snapped = snapToSource(sourceText.data?.units ?? [], text, marks)
      const card = snapped
        ? await createQuote.mutateAsync({ sourceId, unitId: snapped.unitId, range: snapped.range, tag, speaker })
        : await createQuote.mutateAsync({ sourceId, text, pinpoint, tag, speaker })
      const cardMarks = snapped ? snapped.marks : marks
      if (cardMarks.length > 0) await updateQuote.mutateAsync({ quoteId: card.id, highlights: cardMarks })
      setStatus(snapped ? `Card added, cut from the source at ${card.pinpoint}` : 'Card added')
      setText('')
      setMarks([])
      setPinpoint('')
      setTag('')
      setError(null)
    } catch (failure) {
      setError(messageOf(failure).message)
    }
  }
  return (
    <form className="paste-card" onSubmit={submit} aria-label="New card">
      <h3>Add a card</h3>
      <label className="field">
        <span>Tag</span>
        <input value={tag} onChange={(e) => setTag(e.target.value)} placeholder="The claim this card makes" />
      </label>
      <label className="field">
        <span>Quoted text, exactly as in the source</span>
        <textarea rows={4} value={text} onChange={(e) => edit(e.target.value)} onPaste={paste} aria-describedby="paste-marks-hint" />
      </label>
      <p id="paste-marks-hint" className="muted small">
        Pasted from Word or a web page, underlined, bold and highlighted words stay marked.
      </p>
      {marks.length > 0 && (
        <div className="paste-marks" aria-label="Marks kept from the paste" role="group">
          <p className="small">
            Marks kept: {marksSummary(marks)}{' '}
            <button type="button" className="link" onClick={() => setMarks([])}>
              Clear marks
            </button>
          </p>
          <CardText quote={{ text, highlights: marks }} />
        </div>
      )}
      <PinpointFields pinpoint={pinpoint} speaker={speaker} onPinpoint={setPinpoint} onSpeaker={setSpeaker} />
      <FormFooter error={error} submitLabel="Add card" />
      <p className="sr-only" role="status">
        {status}
      </p>
      {status && <p className="muted small">{status}</p>}
    </form>
  )
}
