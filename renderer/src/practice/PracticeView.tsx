import { useState } from 'react'
import type { MotionSummary } from '../../../shared/contract'
import { EvidenceDrill } from './evidence/EvidenceDrill'
import { FlowScreen } from './flow/FlowScreen'
import { HistoryScreen } from './history/HistoryScreen'
import { PackDrills } from './pack-drills/PackDrills'
import { RebuttalDrill } from './rebuttal/RebuttalDrill'
import { TimerScreen } from './timer/TimerScreen'
import './practice.css'

const TABS = [
  ['timer', 'Timer'],
  ['rebuttal', 'Rebuttal drill'],
  ['evidence', 'Evidence drill'],
  ['drills', 'Drills'],
  ['flow', 'Flow sheet'],
  ['history', 'History']
] as const
type Tab = (typeof TABS)[number][0]

const TAB_KEY = 'casebook.practiceTab'

/** Practice mode: the timer, the drills, flow sheets and the history, one tab each. */
export function PracticeView({ motions }: { motions: readonly MotionSummary[] }) {
  const [tab, setTab] = useState<Tab>(() => {
    const saved = localStorage.getItem(TAB_KEY)
    return TABS.some(([key]) => key === saved) ? (saved as Tab) : 'timer'
  })
  const choose = (next: Tab) => {
    setTab(next)
    localStorage.setItem(TAB_KEY, next)
  }
  const move = (from: Tab, delta: number) => {
    const index = (TABS.findIndex(([key]) => key === from) + delta + TABS.length) % TABS.length
    const next = TABS[index]![0]
    choose(next)
    document.getElementById(`practice-tab-${next}`)?.focus()
  }
  return (
    <div className="practice">
      <header className="practice-header">
        <h1>Practice</h1>
        <div className="view-switch practice-tabs" role="tablist" aria-label="Practice">
          {TABS.map(([key, label]) => (
            <button
              key={key}
              id={`practice-tab-${key}`}
              type="button"
              role="tab"
              aria-selected={tab === key}
              aria-controls={`practice-panel-${key}`}
              tabIndex={tab === key ? 0 : -1}
              onClick={() => choose(key)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  e.preventDefault()
                  move(key, e.key === 'ArrowRight' ? 1 : -1)
                }
              }}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      {/* The timer stays mounted on the other tabs, so a running round keeps its clocks. */}
      <div role="tabpanel" id="practice-panel-timer" aria-labelledby="practice-tab-timer" hidden={tab !== 'timer'}>
        <TimerScreen active={tab === 'timer'} />
      </div>
      {tab !== 'timer' && (
        <div role="tabpanel" id={`practice-panel-${tab}`} aria-labelledby={`practice-tab-${tab}`}>
          {tab === 'rebuttal' && <RebuttalDrill motions={motions} />}
          {tab === 'evidence' && <EvidenceDrill motions={motions} />}
          {tab === 'drills' && <PackDrills />}
          {tab === 'flow' && <FlowScreen motions={motions} />}
          {tab === 'history' && <HistoryScreen motions={motions} />}
        </div>
      )}
    </div>
  )
}
