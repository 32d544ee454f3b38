import { useEffect, useMemo, useState } from 'react'
import type { Claim } from '../../../../shared/model/claim'
import type { Motion } from '../../../../shared/model/motion'
import type { TimingFormat } from '../../../../shared/model/practice'
import { answersTo, answerToClaimInput, type RebuttalTarget } from '../../../../shared/practice/rebuttal'
import { formatClock, pause, start } from '../../../../shared/practice/timer'
import { messageOf } from '../../api/client'
import { useMutation } from '../../data/hooks'
import { useNavigation } from '../../kit/navigation'
import { RatingField } from '../RatingField'
import { useTimer } from '../timer/useTimer'

export interface RoundResult {
  answer: string
  rating: number | null
}

interface RebuttalRoundProps {
  motion: Motion
  claims: readonly Claim[]
  target: RebuttalTarget
  seconds: number
  /** What the claim's side is called in this motion ("Aff", "Opp"). */
  claimSide: string
  /** The user is done with this claim: record it, then pick another or stop. */
  onFinish(result: RoundResult, again: boolean): void
}

const noCue = () => undefined

/** One claim to answer: a short clock, the outline, then the map's own answers, a rating and a one-step save. */
export function RebuttalRound({ motion, claims, target, seconds, claimSide, onFinish }: RebuttalRoundProps) {
  const navigation = useNavigation()
  const format = useMemo<TimingFormat>(
    () => ({ id: 'rebuttal', name: 'Rebuttal', speeches: [{ name: 'Your answer', side: 'con', kind: 'speech', seconds }], prep: { mode: 'before-round', seconds: 0 } }),
    [seconds]
  )
  const { reading, act } = useTimer(format, noCue)
  const [answer, setAnswer] = useState('')
  const [revealed, setRevealed] = useState(false)
  const [rating, setRating] = useState<number | null>(null)
  const [saved, setSaved] = useState<Claim | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const addClaim = useMutation('claim.add')
  const { claim } = target
  const parent = claim.parentId ? claims.find((c) => c.id === claim.parentId) : undefined
  const existing = answersTo(claims, claim.id).filter((c) => c.id !== saved?.id)

  useEffect(() => act(start), [act])
  const remaining = reading.current.remainingMs

  const reveal = () => {
    act(pause)
    setRevealed(true)
  }
  const save = async () => {
    const input = answerToClaimInput(motion.id, claim.id, answer)
    if (!input.ok) return setProblem(input.message)
    try {
      const change = await addClaim.mutateAsync(input.input)
      const added = change.put.find((c) => c.id === change.claimId)
      setProblem(null)
      // The map (and so `claims`) is read again before the add resolves: the answer is among them.
      if (added) setSaved(added)
    } catch (error) {
      setProblem(messageOf(error).message)
    }
  }

  return (
    <section className="drill-round" aria-label="Claim to answer">
      <div className="drill-target">
        <p className="eyebrow">
          {claimSide} claim{parent ? ` · in answer to “${parent.title}”` : ' · a contention'}
        </p>
        <h2 className="drill-claim">{claim.title}</h2>
        {claim.body && <p className="drill-claim-body">{claim.body}</p>}
      </div>
      <p className={`drill-clock${remaining <= 0 ? ' clock-over' : remaining <= 10_000 ? ' clock-urgent' : ''}`} role="timer" aria-label="Time left to answer">
        {remaining <= 0 ? 'Time is up' : formatClock(remaining)}
      </p>
      <label className="field">
        <span>Your answer (first line: the tag; then the reasons)</span>
        <textarea rows={6} value={answer} autoFocus onChange={(e) => setAnswer(e.target.value)} />
      </label>
      {!revealed ? (
        <div className="actions">
          <button type="button" className="primary" onClick={reveal}>
            Reveal the map’s answers
          </button>
        </div>
      ) : (
        <>
          <section className="drill-answers" aria-label="Answers already in the map">
            <h3>Answers already in the map</h3>
            {existing.length === 0 ? (
              <p className="muted">Nothing in the map answers this claim yet{saved ? ' apart from yours' : ''}.</p>
            ) : (
              <ul>
                {existing.map((c) => (
                  <li key={c.id}>
                    <strong>{c.title}</strong>
                    {c.body && <span className="muted"> — {c.body}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <RatingField label="How well did you answer it?" name="rebuttal-rating" value={rating} onChange={setRating} />
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          {saved && (
            <p className="saved-note" role="status">
              Saved to the map as “{saved.title}”.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  // Leaving the drill for the map ends the session: record it on the way.
                  onFinish({ answer, rating }, false)
                  navigation.openClaim(motion.id, saved.id)
                }}
              >
                Show in the map
              </button>
            </p>
          )}
          <div className="actions drill-actions">
            {!saved && (
              <button type="button" onClick={() => void save()}>
                Save answer to map
              </button>
            )}
            <button type="button" className="primary" onClick={() => onFinish({ answer, rating }, true)}>
              Next claim
            </button>
            <button type="button" onClick={() => onFinish({ answer, rating }, false)}>
              Finish
            </button>
          </div>
        </>
      )}
    </section>
  )
}
