import { useState } from 'react'
import type { MotionSummary } from '../../../../shared/contract'
import { opposite } from '../../../../shared/analysis/sides'
import type { PracticeRecord } from '../../../../shared/model/practice'
import { pickClaimToAnswer, type RebuttalTarget } from '../../../../shared/practice/rebuttal'
import { useMutation, useQuery } from '../../data/hooks'
import { useReportError } from '../../kit/errors'
import { RebuttalRound, type RoundResult } from './RebuttalRound'
import { RebuttalSetup, type RebuttalSettings } from './RebuttalSetup'

const MAX_ANSWER = 20_000
const NO_RECORDS: PracticeRecord[] = []

/** The rebuttal drill: choose a motion and a side, answer the claims Casebook picks, and keep the good answers. */
export function RebuttalDrill({ motions }: { motions: readonly MotionSummary[] }) {
  const report = useReportError()
  const [chosen, setSettings] = useState<RebuttalSettings>(() => ({ motionId: motions[0]?.id ?? '', side: 'pro', seconds: 60 }))
  // The motion chosen, or the first one when it is gone (deleted, archived) or none was yet.
  const settings = motions.some((m) => m.id === chosen.motionId) ? chosen : { ...chosen, motionId: motions[0]?.id ?? '' }
  const shown = useQuery('motion.get', { motionId: settings.motionId }, { enabled: settings.motionId !== '' }).data
  const map = shown && shown.motion.id === settings.motionId ? shown : null
  const records = useQuery('practice.list', {}).data ?? NO_RECORDS
  const record = useMutation('practice.record')
  const [round, setRound] = useState<{ target: RebuttalTarget; startedAt: number; key: number } | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [status, setStatus] = useState('')


  if (motions.length === 0) return <p className="muted drill-empty">Make a motion (or install the starter pack) to drill rebuttals against it.</p>

  const pick = (history: readonly PracticeRecord[], avoidClaimId?: string) => {
    if (!map || map.motion.id !== settings.motionId) return
    const picked = pickClaimToAnswer({
      claims: map.claims,
      userSide: settings.side,
      records: history,
      random: Math.random,
      sideLabels: map.motion.sideLabels,
      avoidClaimId
    })
    if (!picked.ok) {
      setRound(null)
      setMessage(picked.message)
      return
    }
    setMessage(null)
    setRound({ target: picked.target, startedAt: Date.now(), key: (round?.key ?? 0) + 1 })
  }

  const finish = async (result: RoundResult, again: boolean) => {
    if (!round || !map) return
    const recorded = await record.mutateAsync({
      kind: 'rebuttal',
      motionId: map.motion.id,
      drillId: null,
      claimId: round.target.claim.id,
      startedAt: new Date(round.startedAt).toISOString(),
      durationSeconds: Math.min(86_400, Math.round((Date.now() - round.startedAt) / 1000)),
      rating: result.rating,
      notes: '',
      answers: result.answer.trim() ? [result.answer.slice(0, MAX_ANSWER)] : []
    })
    const nextRecords = [...records, recorded]
    setStatus(`Recorded in your history${result.rating ? ` with a rating of ${result.rating}` : ''}.`)
    if (again) pick(nextRecords, round.target.claim.id)
    else setRound(null)
  }

  return (
    <div className="rebuttal-drill">
      {round && map ? (
        <RebuttalRound
          key={round.key}
          motion={map.motion}
          claims={map.claims}
          target={round.target}
          seconds={settings.seconds}
          claimSide={map.motion.sideLabels[opposite(settings.side)]}
          onFinish={(result, again) => void finish(result, again).catch(report)}
        />
      ) : (
        <RebuttalSetup
          motions={motions}
          settings={settings}
          onChange={(next) => {
            setMessage(null)
            setSettings(next)
          }}
          onStart={() => pick(records)}
          message={message}
        />
      )}
      <p className="sr-only" role="status">
        {status}
      </p>
    </div>
  )
}
