import type { ContentsEntry } from '../../../shared/sources/contents'

function holds(entry: ContentsEntry, unitId: string | null): boolean {
  return unitId !== null && (entry.unitId === unitId || entry.children.some((child) => holds(child, unitId)))
}

/** One level of a source's contents: a link per unit, page or heading, a disclosure per article or section with parts below it. */
export function ReaderContents({ entries, focusUnitId, onGo }: { entries: ContentsEntry[]; focusUnitId: string | null; onGo(unitId: string): void }) {
  return (
    <ul>
      {entries.map((entry, index) => (
        <li key={`${entry.name}-${entry.unitId}-${index}`}>
          {entry.children.length === 0 ? (
            <a
              href={`#unit-${entry.unitId}`}
              onClick={(e) => {
                e.preventDefault()
                onGo(entry.unitId)
              }}
            >
              {entry.name}
            </a>
          ) : (
            <details aria-label={entry.name} open={holds(entry, focusUnitId) || entries.length === 1 || undefined}>
              <summary onClick={() => onGo(entry.unitId)}>{entry.name}</summary>
              <ReaderContents entries={entry.children} focusUnitId={focusUnitId} onGo={onGo} />
            </details>
          )}
        </li>
      ))}
    </ul>
  )
}
