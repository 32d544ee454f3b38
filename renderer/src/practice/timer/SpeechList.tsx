import type { SideLabels } from '../../../../shared/model/formats'
import type { Speech } from '../../../../shared/model/practice'
import { durationText } from './time-text'

interface SpeechListProps {
  speeches: readonly Speech[]
  current: number
  sideLabels: SideLabels
  onGo(index: number): void
}

export function sideName(side: Speech['side'], labels: SideLabels): string {
  return side === 'both' ? 'Both sides' : labels[side]
}

/** The round's speeches in order; the current one marked, any one a click away. */
export function SpeechList({ speeches, current, sideLabels, onGo }: SpeechListProps) {
  return (
    <nav className="speech-list" aria-label="Speeches">
      <ol>
        {speeches.map((speech, index) => (
          <li key={index}>
            <button type="button" aria-current={index === current ? 'step' : undefined} onClick={() => onGo(index)}>
              <span className="speech-list-name">{speech.name}</span>
              <span className="speech-list-meta">
                <span className={`side-dot side-dot-${speech.side}`} aria-hidden="true" />
                {sideName(speech.side, sideLabels)}
                {speech.kind === 'cross-ex' ? ' · questions' : ''} · {durationText(speech.seconds)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
