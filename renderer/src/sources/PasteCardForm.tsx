import { useState, type FormEvent } from 'react'
import { messageOf } from '../api/client'
import { useMutation } from '../data/hooks'
import { FormFooter } from '../kit/form-parts'
import { PinpointFields } from '../cards/PinpointFields'

/** A card from a source that is not bundled: the user pastes the exact text and gives the pinpoint. */
export function PasteCardForm({ sourceId }: { sourceId: string }) {
  const createQuote = useMutation('quote.create')
  const [text, setText] = useState('')
  const [pinpoint, setPinpoint] = useState('')
  const [tag, setTag] = useState('')
  const [speaker, setSpeaker] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await createQuote.mutateAsync({ sourceId, text, pinpoint, tag, speaker })
      setText('')
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
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <PinpointFields pinpoint={pinpoint} speaker={speaker} onPinpoint={setPinpoint} onSpeaker={setSpeaker} />
      <FormFooter error={error} submitLabel="Add card" />
    </form>
  )
}
