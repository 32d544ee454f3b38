import type { SideLabels } from '../../../../shared/model/formats'
import { formatClock, type CountdownReading, type PrepBank } from '../../../../shared/practice/timer'

interface PrepClocksProps {
  prep: Partial<Record<PrepBank, CountdownReading>>
  sideLabels: SideLabels
  onToggle(bank: PrepBank): void
}

const KEYS: Record<PrepBank, string> = { pro: 'P', con: 'O', shared: 'P' }

/** Each side's prep bank (or the one before the round), with its own start and stop. */
export function PrepClocks({ prep, sideLabels, onToggle }: PrepClocksProps) {
  const banks = (['pro', 'con', 'shared'] as const).filter((bank) => prep[bank])
  return (
    <div className="prep-clocks" role="group" aria-label="Prep time">
      {banks.map((bank) => {
        const reading = prep[bank]!
        const label = bank === 'shared' ? 'Prep before the round' : `${sideLabels[bank]} prep`
        return (
          <div key={bank} className={`prep-clock${reading.running ? ' running' : ''}${reading.overrun ? ' overrun' : ''}`}>
            <span className="prep-label">{label}</span>
            <span className="prep-time" role="timer" aria-label={`${label} left`}>
              {formatClock(reading.remainingMs)}
            </span>
            <button type="button" aria-keyshortcuts={KEYS[bank]} onClick={() => onToggle(bank)}>
              {reading.running ? 'Stop prep' : 'Start prep'} <kbd aria-hidden="true">{KEYS[bank]}</kbd>
            </button>
          </div>
        )
      })}
    </div>
  )
}
