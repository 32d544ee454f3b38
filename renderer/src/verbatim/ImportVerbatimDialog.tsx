import { useEffect, useRef, useState } from 'react'
import type { VerbatimTarget } from '../../../shared/verbatim/summary'
import { FilePicker } from '../kit/FilePicker'
import { useModalDialog } from '../kit/useModalDialog'
import type { VerbatimPreview, VerbatimStep } from './use-verbatim-import'
import { ANALYTICS_IN_CARDS, plural, TARGETS } from './verbatim-words'

export const VERBATIM_ACCEPT = '.docx'

interface ImportVerbatimDialogProps {
  state: VerbatimStep
  into: VerbatimTarget
  onInto(into: VerbatimTarget): void
  onImport(): void
  onChooseAgain(file: File): void
  onClose(): void
  /** A dropped file: it may be meant as one document source instead. */
  onAsDocument?: () => void
}

const STRUCTURE = [
  ['pockets', 'Pockets', 'pocket'],
  ['hats', 'Hats', 'hat'],
  ['blocks', 'Blocks', 'block'],
  ['cards', 'Cards', 'card'],
  ['analytics', 'Analytics', 'analytic']
] as const

/**
 * Import Verbatim file: what the chosen file holds (its pockets, hats, blocks, cards and
 * analytics, the sources its cites make, anything that will not come in), where it should go,
 * then Import. A modal dialog: focus stays inside until Escape or Cancel, and goes back after.
 */
export function ImportVerbatimDialog({ state, into, onInto, onImport, onChooseAgain, onClose, onAsDocument }: ImportVerbatimDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null)
  useModalDialog(dialogRef, onClose)
  // Each step puts the focus where its decision is: the choice of place, or the way out of a failure.
  const { step } = state
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || step === 'importing') return
    const target = step === 'preview' ? 'input:checked' : step === 'failed' ? '.verbatim-again' : '.verbatim-cancel'
    dialog.querySelector<HTMLElement>(target)?.focus()
  }, [step])
  const busy = step === 'reading' || step === 'importing'
  const [showAll, setShowAll] = useState(false)

  return (
    <div className="verbatim-backdrop">
      <div
        ref={dialogRef}
        className="verbatim-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="verbatim-title"
        aria-describedby="verbatim-file"
        aria-busy={busy}
        // Focus can rest on the dialog itself while every control waits (importing).
        tabIndex={-1}
        // While open, the screen's own shortcuts wait; Escape goes on to the dialog's trap, which closes it.
        onKeyDown={(e) => e.key !== 'Escape' && e.stopPropagation()}
      >
        <h2 id="verbatim-title">Import Verbatim file</h2>
        <p id="verbatim-file" className="verbatim-file">
          {state.name}
          {'preview' in state && <TitleNote name={state.name} preview={state.preview} />}
        </p>
        {state.step === 'reading' && (
          <p className="small" role="status">
            Reading {state.name}: finding its pockets, hats, blocks and cards…
          </p>
        )}
        {state.step === 'failed' && (
          <p className="field-error verbatim-error" role="alert">
            {state.message}
          </p>
        )}
        {'preview' in state && (
          <>
            <dl className="verbatim-counts" aria-label="What the file holds">
              {STRUCTURE.map(([key, label]) => (
                <div key={key}>
                  <dt>{label}</dt>
                  <dd>{state.preview.counts[key].toLocaleString('en-US')}</dd>
                </div>
              ))}
            </dl>
            <p className="small">
              The cite lines make {plural(state.preview.sources, 'source')}
              {state.preview.unparsedCites > 0 && `; ${plural(state.preview.unparsedCites, 'cite')} could not be read whole and ${state.preview.unparsedCites === 1 ? 'stays' : 'stay'} on the card as written`}.
            </p>
            {state.preview.warnings.length > 0 && (
              <div className="verbatim-warnings">
                <p className="small">{plural(state.preview.warnings.length, 'note')} on the file:</p>
                <ul className="small">
                  {(showAll ? state.preview.warnings : state.preview.warnings.slice(0, 5)).map((warning, i) => (
                    <li key={i}>{warning}</li>
                  ))}
                </ul>
                {state.preview.warnings.length > 5 && !showAll && (
                  <button type="button" className="link small" onClick={() => setShowAll(true)}>
                    Show all {state.preview.warnings.length}
                  </button>
                )}
              </div>
            )}
            <fieldset className="verbatim-targets" disabled={busy}>
              <legend>Where it goes</legend>
              {TARGETS.map(({ value, label, hint }) => (
                <label key={value} className="check">
                  <input type="radio" name="verbatim-into" value={value} checked={into === value} onChange={() => onInto(value)} />
                  <span>
                    {label}
                    <span className="muted small">{hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            {into === 'cards' && state.preview.counts.analytics > 0 && (
              <p className="small muted">{ANALYTICS_IN_CARDS(state.preview.counts.analytics)}</p>
            )}
            {state.step === 'importing' && (
              <p className="small" role="status">
                Importing {state.name}…
              </p>
            )}
          </>
        )}
        <div className="actions">
          {'preview' in state && (
            <button type="button" className="primary" disabled={busy} onClick={onImport}>
              Import
            </button>
          )}
          {state.step === 'failed' && (
            <FilePicker reader="verbatim" className="verbatim-again" label="Another Verbatim file to import" accept={VERBATIM_ACCEPT} onFile={onChooseAgain}>
              Choose another file…
            </FilePicker>
          )}
          {onAsDocument && state.step === 'preview' && (
            <button type="button" onClick={onAsDocument}>
              Import as one document instead
            </button>
          )}
          <button type="button" className="verbatim-cancel" disabled={state.step === 'importing'} onClick={onClose}>
            {state.step === 'failed' ? 'Close' : 'Cancel'}
          </button>
        </div>
      </div>
    </div>
  )
}

/** What the file calls itself (the new motion's title): its first Pocket, or the title in its properties; nothing when that is only its name. */
function TitleNote({ name, preview }: { name: string; preview: VerbatimPreview }) {
  if (preview.counts.pockets > 0) return <span className="muted"> · first Pocket “{preview.title}”</span>
  if (!preview.title || preview.title === name.replace(/\.docx$/i, '')) return null
  return <span className="muted"> · titled “{preview.title}”</span>
}
