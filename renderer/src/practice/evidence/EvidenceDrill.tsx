import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { MotionSummary } from '../../../../shared/contract'
import type { CardReview } from '../../../../shared/model/practice'
import { evidenceSessionRecord } from '../../../../shared/practice/evidence-drill'
import { shuffle } from '../../../../shared/practice/random'
import { dueQuoteIds, GRADES } from '../../../../shared/practice/spaced-repetition'
import { useMutation } from '../../data/hooks'
import { useReportError } from '../../kit/errors'
import { claimsByQuote, questionFor, type Question } from './build-question'
import { QuestionCard } from './QuestionCard'
import { useEvidenceData } from './useEvidenceData'

const SESSION_CARDS = 10
const dateText = (iso: string) => new Date(iso).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })

interface Session {
  queue: string[]
  index: number
  question: Question | null
  skipped: string | null
  chosenId: string | null
  graded: CardReview | null
  correct: number
  asked: number
  startedAt: number
}

/** Flashcards from the user's own cards, scheduled by SM-2: what is due comes first; each answer sets the next review. */
export function EvidenceDrill({ motions }: { motions: readonly MotionSummary[] }) {
  const report = useReportError()
  const data = useEvidenceData(motions)
  const gradeCard = useMutation('review.grade')
  const recordSession = useMutation('practice.record')
  const [session, setSession] = useState<Session | null>(null)
  const [summary, setSummary] = useState<string | null>(null)
  const schedule = data?.reviews ?? []
  const byQuote = useMemo(() => claimsByQuote(data?.claims ?? []), [data])

  // A drill left part-way (another tab, another screen) has changed the schedule already: record it as stopped.
  const unfinished = useRef({ session: null as Session | null, record: recordSession.mutateAsync, report })
  useLayoutEffect(() => {
    Object.assign(unfinished.current, { session, record: recordSession.mutateAsync, report })
  })
  useEffect(() => {
    const left = unfinished.current
    return () => {
      const { session: open, record, report: reportLater } = left
      const entry = open && evidenceSessionRecord({ ...open, planned: open.queue.length, finished: false }, Date.now())
      if (entry) void record(entry).catch(reportLater)
    }
  }, [])

  if (!data) return <p className="loading">Loading your cards…</p>
  if (data.quotes.length === 0) {
    return <p className="muted drill-empty">You have no evidence cards yet. Cut some in Sources &amp; cards, then come back to drill them.</p>
  }

  const ids = data.quotes.map((q) => q.id)
  const now = new Date().toISOString()
  const due = dueQuoteIds(ids, schedule, now)
  const upcoming = schedule.filter((r) => ids.includes(r.quoteId) && !due.includes(r.quoteId)).sort((a, b) => a.due.localeCompare(b.due))[0]

  const ask = (queue: string[], index: number, base: Omit<Session, 'question' | 'skipped' | 'chosenId' | 'graded' | 'queue' | 'index'>): Session => {
    const quote = data.quotes.find((q) => q.id === queue[index])!
    const result = questionFor(quote, data.quotes, data.sources, byQuote, Math.random)
    return { ...base, queue, index, question: result.ok ? result.question : null, skipped: result.ok ? null : result.message, chosenId: null, graded: null }
  }
  const begin = (queue: string[]) => {
    setSummary(null)
    setSession(ask(queue, 0, { correct: 0, asked: 0, startedAt: Date.now() }))
  }
  const choose = (optionId: string) => {
    if (!session?.question) return
    const right = optionId === session.question.answerId
    setSession({ ...session, chosenId: optionId, correct: session.correct + (right ? 1 : 0), asked: session.asked + 1 })
  }
  const grade = async (value: number) => {
    if (!session?.question) return
    // The schedule is read again before the grade resolves.
    const graded = await gradeCard.mutateAsync({ quoteId: session.question.answerId, grade: value })
    setSession({ ...session, graded })
  }
  const next = async () => {
    if (!session) return
    if (session.index + 1 < session.queue.length) return setSession(ask(session.queue, session.index + 1, session))
    setSession(null)
    unfinished.current.session = null
    const entry = evidenceSessionRecord({ ...session, planned: session.queue.length, finished: true }, Date.now())
    if (!entry) return
    await recordSession.mutateAsync(entry)
    setSummary(`${session.correct} of ${session.asked} right. Recorded in your history.`)
  }

  if (!session) {
    return (
      <div className="evidence-drill">
        {summary && (
          <p className="saved-note" role="status">
            {summary}
          </p>
        )}
        <p>
          <strong>{due.length}</strong> of your {ids.length} cards {due.length === 1 ? 'is' : 'are'} due for review
          {upcoming && due.length === 0 ? `; the next is due on ${dateText(upcoming.due)}` : ''}.
        </p>
        <p className="muted">
          Each card asks where a quote is from, or which card backs a claim. Answers you get right come back later and later; ones you miss
          come back tomorrow.
        </p>
        <div className="actions">
          <button type="button" className="primary" disabled={due.length === 0} onClick={() => begin(due.slice(0, SESSION_CARDS))}>
            Review {Math.min(due.length, SESSION_CARDS)} due {Math.min(due.length, SESSION_CARDS) === 1 ? 'card' : 'cards'}
          </button>
          <button type="button" onClick={() => begin(shuffle(ids, Math.random).slice(0, SESSION_CARDS))}>
            Practise any {Math.min(ids.length, SESSION_CARDS)} cards
          </button>
        </div>
      </div>
    )
  }

  const { question, chosenId, graded } = session
  const right = question !== null && chosenId === question.answerId
  return (
    <section className="evidence-drill" aria-label="Evidence drill">
      <p className="eyebrow">
        Card {session.index + 1} of {session.queue.length} · {session.correct} right so far
      </p>
      {question ? <QuestionCard question={question} chosenId={chosenId} onChoose={choose} /> : <p className="muted">{session.skipped}</p>}
      {question && chosenId !== null && !graded && (
        <div className="grades" role="group" aria-label="How well did you know it?">
          <p className={right ? 'result-right' : 'result-wrong'} role="status">
            {right ? 'Right.' : 'Not this time.'}
          </p>
          {right ? (
            <>
              <button type="button" onClick={() => void grade(GRADES.hard).catch(report)}>Hard</button>
              <button type="button" className="primary" onClick={() => void grade(GRADES.good).catch(report)}>Good</button>
              <button type="button" onClick={() => void grade(GRADES.easy).catch(report)}>Easy</button>
            </>
          ) : (
            <button type="button" className="primary" onClick={() => void grade(GRADES.again).catch(report)}>Again tomorrow</button>
          )}
        </div>
      )}
      {(graded || !question) && (
        <div className="actions">
          {graded && (
            <p className="next-review" role="status">
              Next review of this card: <strong>{dateText(graded.due)}</strong>
            </p>
          )}
          <button type="button" className="primary" autoFocus onClick={() => void next().catch(report)}>
            {session.index + 1 < session.queue.length ? 'Next card' : 'Finish'}
          </button>
        </div>
      )}
    </section>
  )
}
