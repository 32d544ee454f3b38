import { useState, type FormEvent } from 'react'
import type { MotionSummary, OutputOf } from '../../../../shared/contract'
import type { FlowSheet } from '../../../../shared/model/practice'
import { PRESET_SEATING, seatPublicForum, type PfSeating } from '../../../../shared/practice/coin-toss'
import { createFlowSheet } from '../../../../shared/practice/flow-sheet'
import { ChoiceField } from '../../kit/form-parts'
import { CoinToss } from '../CoinToss'

interface NewFlowFormProps {
  motions: readonly MotionSummary[]
  formats: OutputOf<'format.list'>
  onCreate(sheet: FlowSheet): void
}

/**
 * Starts a flow: its title, the format whose speeches make the columns, and the motion to pull
 * claims from. In Public Forum the coin toss decides which team speaks first and on which side,
 * so the columns follow the seating chosen here.
 */
export function NewFlowForm({ motions, formats, onCreate }: NewFlowFormProps) {
  const all = [...formats.presets, ...formats.custom]
  const [motionId, setMotionId] = useState(motions[0]?.id ?? '')
  const motion = motions.find((m) => m.id === motionId)
  const [formatId, setFormatId] = useState<string>(() => (motion && motion.format !== 'other' ? motion.format : 'policy'))
  const [title, setTitle] = useState('')
  const [crossEx, setCrossEx] = useState(false)
  const [seating, setSeating] = useState<PfSeating>(PRESET_SEATING)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const chosen = all.find((f) => f.id === formatId) ?? formats.presets[0]!
    const format = chosen.id === 'pf' ? seatPublicForum(chosen, seating) : chosen
    const name = title.trim() || `${format.name} round, ${new Date().toLocaleDateString()}`
    onCreate(createFlowSheet({ id: 'new', title: name, motionId: motionId || null, format, now: new Date().toISOString(), includeCrossEx: crossEx }))
  }
  return (
    <form className="new-flow" aria-label="New flow" onSubmit={submit}>
      <h2>New flow</h2>
      <div className="drill-setup-fields">
        <label className="field">
          <span>Title</span>
          <input value={title} placeholder="Round 1 against Westfield" onChange={(e) => setTitle(e.target.value)} />
        </label>
        <ChoiceField
          label="Motion"
          value={motionId}
          options={[['', 'None'], ...motions.map((m) => [m.id, m.title] as const)]}
          onChange={(id) => {
            setMotionId(id)
            const next = motions.find((m) => m.id === id)
            if (next && next.format !== 'other') setFormatId(next.format)
          }}
        />
        <ChoiceField label="Format" value={formatId} options={all.map((f) => [f.id, f.name] as const)} onChange={setFormatId} />
      </div>
      {formatId === 'pf' && <CoinToss seating={seating} onSeat={setSeating} />}
      <label className="small">
        <input type="checkbox" checked={crossEx} onChange={(e) => setCrossEx(e.target.checked)} /> Columns for cross-examinations too
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          Start flow
        </button>
      </div>
    </form>
  )
}
