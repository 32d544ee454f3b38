import { memo } from 'react'
import type { SourceUnit } from '../../../shared/model/source'
import { segmentsOf, type TextMark } from '../../../shared/sources/text-segments'

interface ReaderUnitProps {
  unit: SourceUnit
  /** The heading above this unit, shown where it changes (imported documents). */
  heading: string | null
  /** The unit is a heading with no paragraph beneath it: its text is drawn as the heading it is. */
  headingItself?: boolean
  /** Under document headings (h3), a unit's pinpoint is an h4; otherwise an h3 under the title. */
  labelLevel: 3 | 4
  cardCount: number
  focused: boolean
  marks: readonly TextMark[]
}

/**
 * One citable unit: its pinpoint, its text (as text, never HTML) with the search's and the
 * card's marks. Memoised, so a search step or a selection redraws only the units it touches.
 */
export const ReaderUnit = memo(function ReaderUnit({ unit, heading, headingItself = false, labelLevel, cardCount, focused, marks }: ReaderUnitProps) {
  const Label = labelLevel === 3 ? 'h3' : 'h4'
  return (
    <>
      {heading !== null && <h3 className="reader-heading">{heading}</h3>}
      <section id={`unit-${unit.id}`} className={`reader-unit${focused ? ' focused' : ''}`} aria-label={unit.label} tabIndex={focused ? -1 : undefined}>
        <Label className="reader-unit-label">
          {unit.label}
          {cardCount > 0 && (
            <span className="count">
              {' '}
              · {cardCount} {cardCount === 1 ? 'card' : 'cards'}
            </span>
          )}
        </Label>
        <p data-unit-text={unit.id} className={headingItself ? 'reader-heading-text' : undefined}>
          {marks.length === 0
            ? unit.text
            : segmentsOf(unit.text, marks).map((segment) =>
                segment.kinds.length === 0 ? (
                  segment.text
                ) : (
                  <mark key={segment.start} className={segment.kinds.join(' ')} data-at={segment.start}>
                    {segment.text}
                  </mark>
                )
              )}
        </p>
      </section>
    </>
  )
})
