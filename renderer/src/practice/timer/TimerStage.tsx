import type { SideLabels } from '../../../../shared/model/formats'
import { formatClock, type Cue, type PrepBank, type TimerReading } from '../../../../shared/practice/timer'
import { CUE_TEXT } from './cues'
import { PrepClocks } from './PrepClocks'
import { sideName } from './SpeechList'

interface TimerStageProps {
  reading: TimerReading
  speechCount: number
  sideLabels: SideLabels
  paused: boolean
  cue: Cue | null
  onStartPause(): void
  onReset(): void
  onPrevious(): void
  onNext(): void
  onPrep(bank: PrepBank): void
}

/** How urgent the clock looks: calm, a minute left, thirty seconds left, over time. */
function urgency(remainingMs: number): string {
  if (remainingMs <= 0) return 'clock-over'
  if (remainingMs <= 30_000) return 'clock-urgent'
  if (remainingMs <= 60_000) return 'clock-warn'
  return ''
}

/** The current speech: its name and side, the big clock, the last cue, the controls and the prep banks. */
export function TimerStage(props: TimerStageProps) {
  const { reading, speechCount, sideLabels, paused, cue, onStartPause, onReset, onPrevious, onNext, onPrep } = props
  const { speech, current } = reading
  const startLabel = reading.running === 'speech' ? 'Pause' : paused ? 'Resume' : 'Start'
  return (
    <div className="timer-stage">
      <p className="timer-speech">
        <span className="timer-speech-count">
          Speech {reading.speechIndex + 1} of {speechCount}
        </span>
        <span className="timer-speech-name">{speech.name}</span>
        <span className={`timer-speech-side side-${speech.side}`}>
          {sideName(speech.side, sideLabels)}
          {speech.kind === 'cross-ex' ? ' · cross-examination' : ''}
        </span>
      </p>
      <p className={`timer-clock ${urgency(current.remainingMs)}${current.running ? ' running' : ''}`} role="timer" aria-label="Time left in this speech">
        {formatClock(current.remainingMs)}
      </p>
      <p className={`timer-cue${cue ? ` cue-${cue}` : ''}`} aria-hidden="true">
        {cue ? CUE_TEXT[cue] : ' '}
      </p>
      <div className="timer-controls" role="group" aria-label="Speech clock">
        <button type="button" className="primary timer-main-button" aria-keyshortcuts="Space" onClick={onStartPause}>
          {startLabel} <kbd aria-hidden="true">Space</kbd>
        </button>
        <button type="button" aria-keyshortcuts="R" onClick={onReset}>
          Reset <kbd aria-hidden="true">R</kbd>
        </button>
        <button type="button" disabled={reading.speechIndex === 0} onClick={onPrevious}>
          Previous speech
        </button>
        <button type="button" aria-keyshortcuts="N" disabled={reading.isLastSpeech} onClick={onNext}>
          Next speech <kbd aria-hidden="true">N</kbd>
        </button>
      </div>
      <PrepClocks prep={reading.prep} sideLabels={sideLabels} onToggle={onPrep} />
    </div>
  )
}
