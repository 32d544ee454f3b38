import { useState } from 'react'
import { sideOf, tossCoin, type PfSeating, type PfSide, type PfTeam } from '../../../shared/practice/coin-toss'

interface CoinTossProps {
  seating: PfSeating
  onSeat(seating: PfSeating): void
}

const SIDE_NAMES: Record<PfSide, string> = { pro: 'Pro', con: 'Con' }

/** Public Forum's coin toss: flip, then the winner picks a side or when to speak and the other team the rest. */
export function CoinToss({ seating, onSeat }: CoinTossProps) {
  const [winner, setWinner] = useState<PfTeam | null>(null)
  const loser = winner === 'A' ? 'B' : 'A'
  return (
    <fieldset className="coin-toss">
      <legend>Coin toss</legend>
      <button type="button" onClick={() => setWinner(tossCoin(Math.random))}>
        Flip a coin
      </button>
      <p className="coin-result" role="status">
        {winner && `Team ${winner} won the toss: it chooses a side or when to speak, and Team ${loser} chooses the other.`}
      </p>
      <label className="field">
        <span>Speaks first</span>
        <select value={seating.first} onChange={(e) => onSeat({ ...seating, first: e.target.value as PfTeam })}>
          <option value="A">Team A</option>
          <option value="B">Team B</option>
        </select>
      </label>
      <label className="field">
        <span>Team A’s side</span>
        <select value={seating.teamASide} onChange={(e) => onSeat({ ...seating, teamASide: e.target.value as PfSide })}>
          <option value="pro">Pro</option>
          <option value="con">Con</option>
        </select>
      </label>
      <p className="muted small coin-summary">
        Team A is {SIDE_NAMES[sideOf(seating, 'A')]}, Team B {SIDE_NAMES[sideOf(seating, 'B')]}; Team {seating.first} speaks first.
      </p>
    </fieldset>
  )
}
