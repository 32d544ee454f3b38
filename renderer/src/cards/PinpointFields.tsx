/** Where in a pasted source a card's words are, and who said them: for a new card and to correct one. */
export function PinpointFields({ pinpoint, speaker, onPinpoint, onSpeaker }: { pinpoint: string; speaker: string; onPinpoint(value: string): void; onSpeaker(value: string): void }) {
  return (
    <div className="field-row">
      <label className="field">
        <span>Pinpoint</span>
        <input value={pinpoint} onChange={(e) => onPinpoint(e.target.value)} placeholder="p. 4, para. 12, 03:15" />
      </label>
      <label className="field">
        <span>Speaker (if not the author)</span>
        <input value={speaker} onChange={(e) => onSpeaker(e.target.value)} />
      </label>
    </div>
  )
}
