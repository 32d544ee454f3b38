import type { Virtualizer } from '@tanstack/react-virtual'
import type { WeakReason } from '../../../../shared/analysis/weak-spots'
import type { Claim } from '../../../../shared/model/claim'
import type { SideLabels } from '../../../../shared/model/motion'
import { OutlineRowView, type RowEditorProps, type RowEvents } from './OutlineRow'
import type { OutlineRow } from './rows'
import type { DraftSlot } from './useDrafts'
import type { DropHint } from './useRowDrop'

interface OutlineRowListProps {
  rows: OutlineRow[]
  virtualizer: Virtualizer<HTMLDivElement, Element>
  sideLabels: SideLabels
  selectedId: string | null
  matches: ReadonlySet<string>
  weak: ReadonlyMap<string, readonly WeakReason[]>
  dropHint: DropHint | null
  events: RowEvents
  draft: DraftSlot | null
  draftEditor(slot: DraftSlot): RowEditorProps
  editingId: string | null
  tagEditor(claim: Claim): RowEditorProps
}

/** The rows in view (the outline is virtualised): claims, and the draft of a new one where it goes. */
export function OutlineRowList(props: OutlineRowListProps) {
  const { rows, virtualizer, sideLabels, selectedId, draft } = props
  return virtualizer.getVirtualItems().map((item) => {
    const row = rows[item.index]
    if (!row) return null
    if (row.kind === 'draft') {
      return (
        <OutlineRowView
          // Each draft keeps its own key, so its field keeps what is typed while its place is settled.
          key={`draft:${draft?.key}`}
          row={row}
          start={item.start}
          index={item.index}
          sideLabels={sideLabels}
          editor={draft ? props.draftEditor(draft) : null}
        />
      )
    }
    const id = row.claim.id
    return (
      <OutlineRowView
        key={id}
        row={row}
        start={item.start}
        index={item.index}
        sideLabels={sideLabels}
        selected={id === selectedId}
        match={props.matches.has(id)}
        weak={props.weak.get(id)}
        drop={props.dropHint?.id === id ? props.dropHint : null}
        events={props.events}
        editor={props.editingId === id ? props.tagEditor(row.claim) : null}
      />
    )
  })
}
