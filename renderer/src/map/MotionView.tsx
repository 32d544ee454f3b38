import { useCallback, useEffect, useMemo, useState } from 'react'
import type { MotionMap } from '../../../shared/contract'
import type { Stance } from '../../../shared/model/claim'
import { FORMAT_NAMES } from '../../../shared/model/formats'
import { invoke } from '../api/client'
import { useReportError } from '../app/errors'
import { indexClaims } from './claim-tree'
import type { ClaimActions } from './ClaimNode'
import { MotionHeader } from './MotionHeader'
import { SideColumn } from './SideColumn'

interface MotionViewProps {
  motionId: string
  /** Tells the library that titles or counts may have changed. */
  onChanged(): void
}

/** A motion: its title, and the case for and against it as two trees of claims. */
export function MotionView({ motionId, onChanged }: MotionViewProps) {
  const report = useReportError()
  const [map, setMap] = useState<MotionMap | null>(null)

  const reload = useCallback(async () => {
    try {
      setMap(await invoke('motion.get', { motionId }))
    } catch (error) {
      report(error)
    }
  }, [motionId, report])

  useEffect(() => {
    let current = true
    invoke('motion.get', { motionId }).then((loaded) => current && setMap(loaded), report)
    return () => {
      current = false
    }
  }, [motionId, report])

  const index = useMemo(() => indexClaims(map?.claims ?? []), [map])

  // Every edit reloads the map from the store, so what the user sees is what was saved.
  const afterEdit = useCallback(async () => {
    await reload()
    onChanged()
  }, [reload, onChanged])

  const actions: ClaimActions = useMemo(
    () => ({
      respond: async (parent, stance, title) => {
        await invoke('claim.add', { motionId, parentId: parent.id, stance, title })
        await afterEdit()
      },
      rename: async (claim, title) => {
        await invoke('claim.edit', { claimId: claim.id, title })
        await afterEdit()
      },
      remove: async (claim) => {
        try {
          await invoke('claim.delete', { claimId: claim.id })
          await afterEdit()
        } catch (error) {
          report(error)
        }
      }
    }),
    [motionId, afterEdit, report]
  )

  const addContention = async (stance: Stance, title: string) => {
    await invoke('claim.add', { motionId, parentId: null, stance, title })
    await afterEdit()
  }

  if (!map) return <p className="loading">Opening the motion…</p>
  const { motion } = map
  return (
    <article className="motion" aria-labelledby="motion-title">
      <MotionHeader motion={motion} claimCount={map.claims.length} formatName={FORMAT_NAMES[motion.format]} onChanged={afterEdit} onDeleted={onChanged} />
      <div className="sides">
        {(['pro', 'con'] as const).map((stance) => (
          <SideColumn
            key={stance}
            stance={stance}
            sideLabels={motion.sideLabels}
            contentions={index.children(null).filter((c) => c.stance === stance)}
            index={index}
            actions={actions}
            onAdd={(title) => addContention(stance, title)}
          />
        ))}
      </div>
    </article>
  )
}
