import type { BriefSide } from '../../../shared/brief/options'
import { SHRINK_SIZES } from '../../../shared/brief/shrink-sizes'
import type { Motion } from '../../../shared/model/motion'
import { ChoiceField } from '../kit/form-parts'

/** What the builder lets the user choose; the motion is the one the builder was opened on. */
export interface BriefChoices {
  side: BriefSide
  /** Levels of the map from the motion; null: every level. */
  depth: number | null
  includeCards: boolean
  includeBlocks: boolean
  includeNotes: boolean
  /** Points for card text not underlined; null: full size. */
  shrinkUnreadTo: number | null
  style: 'apa' | 'mla' | 'chicago'
  author: string
  date: string
}

const STYLES = [
  ['apa', 'APA'],
  ['mla', 'MLA'],
  ['chicago', 'Chicago (author-date)']
] as const

const DEPTHS = [
  ['all', 'Every level'],
  ['1', 'Contentions only'],
  ['2', '2 levels: and the answers to them'],
  ['3', '3 levels'],
  ['4', '4 levels'],
  ['5', '5 levels'],
  ['6', '6 levels']
] as const
type DepthKey = (typeof DEPTHS)[number][0]

const SHRINKS = [['off', 'Full size'], ...SHRINK_SIZES.map((size) => [String(size), `${size} pt`] as const)] as const
type ShrinkKey = (typeof SHRINKS)[number][0]

interface BriefOptionsFormProps {
  motion: Motion
  choices: BriefChoices
  onChange(next: BriefChoices): void
}

/** The brief's options: side, depth, what to include, citation style, and the title page's author and date. */
export function BriefOptionsForm({ motion, choices, onChange }: BriefOptionsFormProps) {
  const set = <K extends keyof BriefChoices>(key: K, value: BriefChoices[K]) => onChange({ ...choices, [key]: value })
  const { pro, con } = motion.sideLabels
  const sides: Array<[BriefSide, string]> = [
    ['pro', `${pro}: for the motion`],
    ['con', `${con}: against the motion`],
    ['both', `Both: ${pro} and ${con}`]
  ]
  const toggles: Array<[keyof BriefChoices & `include${string}`, string, string]> = [
    ['includeCards', 'Card text', 'Off: each card’s tag and cite only'],
    ['includeBlocks', 'Blocks', 'For each claim of the other side, our answers to it; its attacks on us not yet answered, marked unanswered'],
    ['includeNotes', 'Notes', 'Your notes on claims and cards']
  ]
  return (
    <form className="brief-options" aria-label="Brief options" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="brief-sides">
        <legend>Side</legend>
        {sides.map(([value, label]) => (
          <label key={value} className="check">
            <input type="radio" name="brief-side" value={value} checked={choices.side === value} onChange={() => set('side', value)} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <ChoiceField<DepthKey>
        label="Depth"
        value={choices.depth === null ? 'all' : (String(Math.min(choices.depth, 6)) as DepthKey)}
        options={DEPTHS}
        onChange={(value) => set('depth', value === 'all' ? null : Number(value))}
      />
      <fieldset className="brief-includes">
        <legend>Include</legend>
        {toggles.map(([key, label, hint]) => (
          <label key={key} className="check">
            <input type="checkbox" checked={choices[key]} onChange={(e) => set(key, e.target.checked)} />
            <span>
              {label} <span className="muted small">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ChoiceField<ShrinkKey>
        label="Card text not underlined"
        value={choices.shrinkUnreadTo === null ? 'off' : (String(choices.shrinkUnreadTo) as ShrinkKey)}
        options={SHRINKS}
        onChange={(value) => set('shrinkUnreadTo', value === 'off' ? null : Number(value))}
      />
      <ChoiceField label="Citation style" value={choices.style} options={STYLES} onChange={(value) => set('style', value)} />
      <label className="field">
        <span>Author</span>
        <input value={choices.author} maxLength={300} placeholder="Your name, for the title page" onChange={(e) => set('author', e.target.value)} />
      </label>
      <label className="field">
        <span>Date</span>
        <input value={choices.date} maxLength={40} onChange={(e) => set('date', e.target.value)} />
      </label>
    </form>
  )
}
