import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { OutputOf } from '../../../../shared/contract'
import { DEFAULT_SIDE_LABELS, type DebateFormat } from '../../../../shared/model/formats'
import type { CustomFormat, TimingFormat } from '../../../../shared/model/practice'
import { PRESET_SEATING, seatPublicForum, type PfSeating } from '../../../../shared/practice/coin-toss'
import { PRESET_FORMATS } from '../../../../shared/practice/formats'
import { goToSpeech, nextSpeech, pause, previousSpeech, reset, runningClock, start, startPrep, stopPrep, type Cue, type PrepBank } from '../../../../shared/practice/timer'
import { useMutation, useQuery } from '../../data/hooks'
import { ConfirmBar } from '../../kit/ConfirmBar'
import { useReportError } from '../../kit/errors'
import { CoinToss } from '../CoinToss'
import { CUE_TEXT, playCue, unlockAudio } from './cues'
import { FormatEditor } from './FormatEditor'
import { FormatPicker } from './FormatPicker'
import { SpeechList } from './SpeechList'
import { TimerStage } from './TimerStage'
import { useFullscreen } from './useFullscreen'
import { useTimer } from './useTimer'
import { useTimerKeys } from './useTimerKeys'
import './timer.css'

const SOUND_KEY = 'casebook.timerSound'
const PRESETS_ONLY: OutputOf<'format.list'> = { presets: Object.values(PRESET_FORMATS), custom: [] }
const FORMAT_KEY = 'casebook.timerFormat'

/** The speech and prep timer: a format, the big clock, cues at 1:00, 0:30 and time up, keys, and a projector mode. */
export function TimerScreen({ active }: { active: boolean }) {
  const report = useReportError()
  const listed = useQuery('format.list', {}).data
  const formats = listed ?? PRESETS_ONLY
  const recordSession = useMutation('practice.record')
  const deleteFormat = useMutation('format.delete')
  const [editing, setEditing] = useState<'new' | CustomFormat | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [sound, setSound] = useState(() => localStorage.getItem(SOUND_KEY) === 'on')
  const [cue, setCue] = useState<Cue | null>(null)
  const [spoken, setSpoken] = useState('')
  const [savedNote, setSavedNote] = useState('')
  const [seating, setSeating] = useState<PfSeating>(PRESET_SEATING)
  const soundRef = useRef(sound)
  useLayoutEffect(() => {
    soundRef.current = sound
  })

  const onCue = useCallback((next: Cue) => {
    setCue(next)
    setSpoken(CUE_TEXT[next])
    if (soundRef.current) playCue(next)
  }, [])
  const timer = useTimer(PRESET_FORMATS.policy, onCue)
  const { reading, act, load, format } = timer
  const stageRef = useRef<HTMLElement>(null)
  const fullscreen = useFullscreen(stageRef)

  // The format last chosen, once the list of formats first comes.
  const restored = useRef(false)
  useEffect(() => {
    if (!listed || restored.current) return
    restored.current = true
    const saved = localStorage.getItem(FORMAT_KEY)
    const chosen = [...listed.presets, ...listed.custom].find((f) => f.id === saved)
    if (chosen) load(chosen)
  }, [listed, load])

  const choose = (next: TimingFormat) => {
    localStorage.setItem(FORMAT_KEY, next.id)
    setCue(null)
    setSavedNote('')
    setSeating(PRESET_SEATING)
    load(next)
  }
  const seat = (next: PfSeating) => {
    setSeating(next)
    setCue(null)
    load(seatPublicForum(PRESET_FORMATS.pf, next))
  }
  const fresh = (change: Parameters<typeof act>[0]) => {
    setCue(null)
    act(change)
  }
  const startPause = () => {
    unlockAudio()
    // Space and the big button work the speech clock; P and O work the prep clocks.
    act((s, now) => (runningClock(s) === 'speech' ? pause(s, now) : start(s, now)))
  }
  const togglePrep = (bank: PrepBank) => {
    unlockAudio()
    const key: PrepBank = reading.prep[bank] ? bank : 'shared'
    act((s, now) => (runningClock(s) === key ? stopPrep(s, now) : startPrep(s, key, now)))
  }
  const sideLabels = DEFAULT_SIDE_LABELS[(format.id in DEFAULT_SIDE_LABELS ? format.id : 'other') as DebateFormat]

  useTimerKeys(active && editing === null, {
    startPause,
    next: () => fresh(nextSpeech),
    reset: () => fresh(reset),
    fullscreen: fullscreen.toggle,
    prep: (side) => togglePrep(side),
    escape: () => {
      if (!fullscreen.on) return false
      fullscreen.exit()
      return true
    }
  })

  const saveSession = async () => {
    const seconds = Math.round(timer.practisedMs / 1000)
    await recordSession.mutateAsync({
      kind: 'timer',
      motionId: null,
      drillId: null,
      startedAt: new Date(Date.now() - timer.practisedMs).toISOString(),
      durationSeconds: seconds,
      rating: null,
      notes: format.name,
      answers: []
    })
    timer.clearPractised()
    const minutes = Math.max(1, Math.round(seconds / 60))
    const note = `Saved ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} of ${format.name} to your history.`
    setSavedNote(note)
    setSpoken(note)
  }

  const custom = formats.custom.find((f) => f.id === format.id) ?? null
  if (editing !== null) {
    return (
      <FormatEditor
        base={editing === 'new' ? format : editing}
        editing={editing === 'new' ? null : editing}
        onCancel={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null)
          choose(saved)
        }}
      />
    )
  }

  return (
    <section ref={stageRef} className={`timer${fullscreen.on ? ' timer-fullscreen' : ''}`} aria-label="Timer">
      <div className="timer-bar">
        <FormatPicker
          presets={formats.presets}
          custom={formats.custom}
          selectedId={format.id}
          onSelect={choose}
          onNew={() => setEditing('new')}
          onEdit={() => custom && setEditing(custom)}
          onDelete={() => setConfirmDelete(true)}
        />
        {/* A toggle button, not a checkbox: Space belongs to the clock here, and Enter presses a button. */}
        <button
          type="button"
          className="sound-toggle"
          aria-pressed={sound}
          onClick={() => {
            setSound(!sound)
            localStorage.setItem(SOUND_KEY, sound ? 'off' : 'on')
            if (!sound) unlockAudio()
          }}
        >
          Sound cues: {sound ? 'on' : 'off'}
        </button>
        <button type="button" aria-keyshortcuts="F" onClick={fullscreen.toggle}>
          {fullscreen.on ? 'Exit full screen' : 'Full screen'} <kbd aria-hidden="true">F</kbd>
        </button>
        <button type="button" disabled={timer.practisedMs < 1000} onClick={() => void saveSession().catch(report)}>
          Save to history
        </button>
      </div>
      {savedNote && (
        <p className="saved-note timer-saved" role="status">
          {savedNote}
        </p>
      )}
      {format.id === 'pf' && <CoinToss seating={seating} onSeat={seat} />}
      {confirmDelete && custom && (
        <ConfirmBar
          label="Delete format"
          confirmLabel="Delete format"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false)
            deleteFormat.mutateAsync({ formatId: custom.id }).then(() => choose(PRESET_FORMATS.policy), report)
          }}
        >
          Delete the format “{custom.name}”? Your history keeps its sessions.
        </ConfirmBar>
      )}
      <div className="timer-body">
        <SpeechList speeches={format.speeches} current={reading.speechIndex} sideLabels={sideLabels} onGo={(i) => fresh((s, now) => goToSpeech(s, i, now))} />
        <TimerStage
          reading={reading}
          speechCount={format.speeches.length}
          sideLabels={sideLabels}
          paused={reading.running === null && reading.current.remainingMs < reading.speech.seconds * 1000}
          cue={cue}
          onStartPause={startPause}
          onReset={() => fresh(reset)}
          onPrevious={() => fresh(previousSpeech)}
          onNext={() => fresh(nextSpeech)}
          onPrep={togglePrep}
        />
      </div>
      <p className="timer-keys muted small">
        Keys: <kbd>Space</kbd> start or pause (anywhere but a text or list field) · <kbd>N</kbd> next speech · <kbd>R</kbd> reset · <kbd>P</kbd> / <kbd>O</kbd> prep ·{' '}
        <kbd>F</kbd> full screen
      </p>
      <div className="sr-only" aria-live="assertive">
        {spoken}
      </div>
    </section>
  )
}
