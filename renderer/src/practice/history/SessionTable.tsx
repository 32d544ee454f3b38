import type { PracticeRecord } from '../../../../shared/model/practice'

export const KIND_NAMES: Record<PracticeRecord['kind'], string> = {
  timer: 'Timed round',
  rebuttal: 'Rebuttal drill',
  evidence: 'Evidence drill',
  'pack-drill': 'Pack drill',
  flow: 'Flow'
}

interface SessionTableProps {
  records: readonly PracticeRecord[]
  motionTitle(id: string | null): string
  claimTitle(id: string | null): string | null
  drillTitle(id: string | null): string | null
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`
  const minutes = Math.round(seconds / 60)
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

function result(record: PracticeRecord): string {
  if (record.score) return `${record.score.correct} of ${record.score.total} right`
  if (record.rating !== null) return `rated ${record.rating} of 5`
  return '—'
}

/** Every session, newest first: when, what, on which motion, how long, how it went, and what was answered. */
export function SessionTable({ records, motionTitle, claimTitle, drillTitle }: SessionTableProps) {
  return (
    <div className="table-scroll">
      <table className="sessions">
        <caption className="sr-only">Practice sessions, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Practice</th>
            <th scope="col">Motion</th>
            <th scope="col">Time</th>
            <th scope="col">Result</th>
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const what = claimTitle(record.claimId) ?? drillTitle(record.drillId) ?? record.notes
            return (
              <tr key={record.id}>
                <td>{new Date(record.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                <td>
                  {KIND_NAMES[record.kind]}
                  {what && <span className="session-what">{what}</span>}
                </td>
                <td>{motionTitle(record.motionId)}</td>
                <td>{duration(record.durationSeconds)}</td>
                <td>{result(record)}</td>
                <td>
                  {record.answers.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <details>
                      <summary>{record.answers[0]!.split('\n')[0]!.slice(0, 60) || 'Answer'}</summary>
                      {record.answers.map((answer, i) => (
                        <p key={i} className="session-answer">
                          {answer}
                        </p>
                      ))}
                    </details>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
