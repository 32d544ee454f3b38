import type { MotionSummary } from '../../../../shared/contract'
import type { Stance } from '../../../../shared/model/claim'
import { ChoiceField } from '../../kit/form-parts'

export interface RebuttalSettings {
  motionId: string
  side: Stance
  seconds: number
}

interface RebuttalSetupProps {
  motions: readonly MotionSummary[]
  settings: RebuttalSettings
  onChange(settings: RebuttalSettings): void
  onStart(): void
  message: string | null
}

const TIMES = [
  ['30', '30 seconds'],
  ['60', '1 minute'],
  ['90', '1½ minutes'],
  ['120', '2 minutes']
] as const

/** Which motion, which side the user argues, and how long they get to answer. */
export function RebuttalSetup({ motions, settings, onChange, onStart, message }: RebuttalSetupProps) {
  const motion = motions.find((m) => m.id === settings.motionId)
  const labels = motion?.sideLabels ?? { pro: 'Pro', con: 'Con' }
  return (
    <form
      className="drill-setup"
      aria-label="Rebuttal drill"
      onSubmit={(e) => {
        e.preventDefault()
        onStart()
      }}
    >
      <p className="muted">
        Casebook picks a claim of the other side, leaning toward the ones you have answered least well. Outline your answer before the time
        runs out, then compare it with the answers already in the map.
      </p>
      <div className="drill-setup-fields">
        <ChoiceField
          label="Motion"
          value={settings.motionId}
          options={motions.map((m) => [m.id, m.title] as const)}
          onChange={(motionId) => onChange({ ...settings, motionId })}
        />
        <ChoiceField
          label="Your side"
          value={settings.side}
          options={[
            ['pro', labels.pro],
            ['con', labels.con]
          ]}
          onChange={(side) => onChange({ ...settings, side })}
        />
        <ChoiceField
          label="Time to answer"
          value={String(settings.seconds) as (typeof TIMES)[number][0]}
          options={TIMES}
          onChange={(seconds) => onChange({ ...settings, seconds: Number(seconds) })}
        />
      </div>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={!motion}>
          Pick a claim to answer
        </button>
      </div>
    </form>
  )
}
