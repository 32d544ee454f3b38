import { useState, type FormEvent } from 'react'
import type { CustomFormat, SpeakerSide, Speech, TimingFormat } from '../../../../shared/model/practice'
import { messageOf } from '../../api/client'
import { useMutation } from '../../data/hooks'
import { Choice, ChoiceField } from '../../kit/form-parts'
import { durationText, parseDuration } from './time-text'
import './format-editor.css'

interface Row {
  key: number
  name: string
  side: SpeakerSide
  kind: Speech['kind']
  time: string
}

interface FormatEditorProps {
  /** The format to start from: a custom one to change, or any one to copy. */
  base: TimingFormat
  editing: CustomFormat | null
  onSaved(format: CustomFormat): void
  onCancel(): void
}

const SIDES = [
  ['pro', 'First side'],
  ['con', 'Second side'],
  ['both', 'Both (crossfire)']
] as const
type PrepMode = TimingFormat['prep']['mode']
const PREP_MODES: ReadonlyArray<readonly [PrepMode, string]> = [
  ['per-side', 'For each side, during the round'],
  ['before-round', 'Before the round, for everyone']
] as const
const KINDS = [
  ['speech', 'Speech'],
  ['cross-ex', 'Cross-examination']
] as const

/** The reason part of a problem, after the speech it names (whose name may hold any words). */
function reasonOf(problem: string): string {
  const quoted = problem.lastIndexOf('": ')
  return quoted >= 0 ? problem.slice(quoted + 3) : problem.slice(problem.indexOf(': ') + 2)
}

let nextKey = 0
const toRow = (s: Speech): Row => ({ key: nextKey++, name: s.name, side: s.side, kind: s.kind, time: durationText(s.seconds) })

/** Makes or changes a custom timing format; the main process checks it and names every problem. */
export function FormatEditor({ base, editing, onSaved, onCancel }: FormatEditorProps) {
  const [name, setName] = useState(editing ? editing.name : `${base.name} (my version)`)
  const [prepMode, setPrepMode] = useState<PrepMode>(base.prep.mode)
  const [prepTime, setPrepTime] = useState(durationText(base.prep.seconds))
  const [rows, setRows] = useState<Row[]>(() => base.speeches.map(toRow))
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const saveFormat = useMutation('format.save')

  // Mark the fields the problems name ("Speech 3 "1NC": time must be ..."), so they can be found in a long list.
  const flagged = (index: number, field: 'time' | 'name') =>
    problems.some((p) => new RegExp(`^Speech ${index + 1}\\b`).test(p) && reasonOf(p).includes(field))
  const change = (key: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const format = {
        name,
        prep: { mode: prepMode, seconds: parseDuration(prepTime) },
        speeches: rows.map((r) => ({ name: r.name, side: r.side, kind: r.kind, seconds: parseDuration(r.time) }))
      }
      onSaved(await saveFormat.mutateAsync({ formatId: editing?.id, format }))
    } catch (error) {
      setProblems(messageOf(error).message.split('\n'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="format-editor" aria-label={editing ? `Edit ${editing.name}` : 'New timing format'} onSubmit={(e) => void submit(e)}>
      <h2>{editing ? `Edit “${editing.name}”` : 'New timing format'}</h2>
      <div className="format-editor-top">
        <label className="field">
          <span>Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <ChoiceField<PrepMode> label="Prep time" value={prepMode} options={PREP_MODES} onChange={setPrepMode} />
        <label className="field">
          <span>Prep (m:ss)</span>
          <input className="duration-input" aria-invalid={problems.some((p) => p.startsWith('Prep')) || undefined} value={prepTime} onChange={(e) => setPrepTime(e.target.value)} />
        </label>
      </div>
      <table className="format-speeches">
        <caption className="sr-only">Speeches, in order</caption>
        <thead>
          <tr>
            <th scope="col">Speech</th>
            <th scope="col">Side</th>
            <th scope="col">Kind</th>
            <th scope="col">Time (m:ss)</th>
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <td>
                <input aria-label={`Speech ${index + 1} name`} aria-invalid={flagged(index, 'name') || undefined} value={row.name} onChange={(e) => change(row.key, { name: e.target.value })} />
              </td>
              <td>
                <Choice ariaLabel={`Speech ${index + 1} side`} value={row.side} options={SIDES} onChange={(side: SpeakerSide) => change(row.key, { side })} />
              </td>
              <td>
                <Choice ariaLabel={`Speech ${index + 1} kind`} value={row.kind} options={KINDS} onChange={(kind: Speech['kind']) => change(row.key, { kind })} />
              </td>
              <td>
                <input
                  className="duration-input"
                  aria-label={`Speech ${index + 1} time`}
                  aria-invalid={flagged(index, 'time') || undefined}
                  value={row.time} onChange={(e) => change(row.key, { time: e.target.value })} />
              </td>
              <td>
                <button type="button" className="ghost" aria-label={`Remove speech ${index + 1}`} onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <button type="button" onClick={() => setRows((all) => [...all, toRow({ name: `Speech ${all.length + 1}`, side: 'pro', kind: 'speech', seconds: 240 })])}>
          + Add speech
        </button>
      </div>
      {problems.length > 0 && (
        <div role="alert">
          <ul className="field-error format-problems" aria-label="Problems with this format">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save format
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
