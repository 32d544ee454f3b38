import { useMemo } from 'react'
import type { MotionSummary, OutputOf } from '../../../../shared/contract'
import { drillResultsByWeek, minutesPerWeek, weakestClaims } from '../../../../shared/practice/history'
import { useQuery, useQueryEach } from '../../data/hooks'
import { SessionTable } from './SessionTable'
import { WeakestClaims } from './WeakestClaims'
import { WeekChart } from './WeekChart'
import './history.css'

const NO_DRILLS: OutputOf<'drill.list'> = []

/** Every session recorded, and how practice is going: minutes per week, drill results, the weakest claims. */
export function HistoryScreen({ motions }: { motions: readonly MotionSummary[] }) {
  const records = useQuery('practice.list', {}).data ?? null
  const drills = useQuery('drill.list', {}).data ?? NO_DRILLS

  // The titles of the claims drilled, from the motions they belong to (only those still in the library).
  const motionIds = useMemo(() => {
    const listed = new Set(motions.map((m) => m.id))
    return [...new Set((records ?? []).filter((r) => r.claimId && r.motionId && listed.has(r.motionId)).map((r) => r.motionId!))].map((motionId) => ({ motionId }))
  }, [records, motions])
  const maps = useQueryEach('motion.get', motionIds).data
  const claims = useMemo(
    () => new Map((maps ?? []).flatMap((m) => m.claims.map((c) => [c.id, { title: c.title, motionId: c.motionId }] as const))),
    [maps]
  )

  if (records === null) return <p className="loading">Loading your history…</p>
  if (records.length === 0) {
    return <p className="muted drill-empty">No practice recorded yet. Time a round or run a drill, and it shows up here.</p>
  }

  const offsetMinutes = -new Date().getTimezoneOffset()
  const minutes = minutesPerWeek(records, { offsetMinutes })
  const results = drillResultsByWeek(records, { offsetMinutes })
  const weakest = weakestClaims(records, { limit: 5, claimIds: new Set(claims.keys()) })
  const total = records.reduce((sum, r) => sum + r.durationSeconds, 0) / 60
  const titles = new Map(motions.map((m) => [m.id, m.title]))
  const drillTitles = new Map(drills.map((d) => [d.drill.id, d.drill.title]))

  return (
    <div className="history">
      <p>
        <strong>{records.length}</strong> {records.length === 1 ? 'session' : 'sessions'},{' '}
        {total < 1 ? 'under a minute' : <><strong>{Math.round(total)}</strong> {Math.round(total) === 1 ? 'minute' : 'minutes'}</>} in all.
      </p>
      <div className="charts">
        <WeekChart
          title="Minutes practised per week"
          points={minutes.map((w) => ({ week: w.week, value: w.minutes }))}
          unit="minutes"
          format={(v) => (v < 10 ? String(Math.round(v * 10) / 10) : String(Math.round(v)))}
          empty="No time recorded yet."
        />
        <WeekChart
          title="Evidence drill accuracy per week"
          points={results.filter((w) => w.accuracy !== null).map((w) => ({ week: w.week, value: w.accuracy! * 100 }))}
          max={100}
          unit="right"
          format={(v) => `${Math.round(v)}%`}
          empty="Run an evidence drill to see how often you are right."
        />
        <WeekChart
          title="Average self-rating per week"
          points={results.filter((w) => w.averageRating !== null).map((w) => ({ week: w.week, value: w.averageRating! }))}
          max={5}
          unit="of 5"
          format={(v) => v.toFixed(1).replace(/\.0$/, '')}
          empty="Rate yourself in a drill to see the trend."
        />
        <WeakestClaims results={weakest} claims={claims} />
      </div>
      <h2 className="history-heading">Sessions</h2>
      <SessionTable
        records={records}
        motionTitle={(id) => (id ? (titles.get(id) ?? 'A motion no longer here') : '—')}
        claimTitle={(id) => (id ? (claims.get(id)?.title ?? null) : null)}
        drillTitle={(id) => (id ? (drillTitles.get(id) ?? null) : null)}
      />
    </div>
  )
}
