import { memo, type CSSProperties, type DragEvent, type MouseEvent } from 'react'
import { WEAK_REASON_LABELS, type WeakReason } from '../../../../shared/analysis/weak-spots'
import type { SideLabels } from '../../../../shared/model/motion'
import { StanceBadge } from '../StanceBadge'
import { RowEditor } from './RowEditor'
import { rowName } from './row-name'
import type { OutlineRow } from './rows'

export type DropZone = 'before' | 'after' | 'inside'

/** The row's text field, while a tag is written: see RowEditor. */
export interface RowEditorProps {
  label: string
  initial: string
  placeholder?: string
  onEnter(text: string): void
  onTab(text: string, outdent: boolean): void
  onCancel(): void
  onBlur(text: string): void
}

/** What rows report, by claim id; one stable object for all rows. */
export interface RowEvents {
  select(id: string): void
  toggle(id: string): void
  edit(id: string): void
  contextMenu(event: MouseEvent, id: string): void
  dragStart(event: DragEvent, id: string, title: string): void
  dragEnd(): void
  dragOver(event: DragEvent, id: string): void
  dragLeave(id: string): void
  drop(event: DragEvent, id: string): void
}

interface OutlineRowProps {
  row: OutlineRow
  index: number
  /** Offset from the top of the list, in pixels. */
  start: number
  sideLabels: SideLabels
  editor: RowEditorProps | null
  selected?: boolean
  match?: boolean
  weak?: readonly WeakReason[] | undefined
  drop?: { zone: DropZone; allowed: boolean } | null
  events?: RowEvents
}

const INDENT = 22

/** One line of the outline: a claim (or the draft of a new one) at its depth. */
export const OutlineRowView = memo(function OutlineRowView(props: OutlineRowProps) {
  const { row, editor, selected, weak, drop, events } = props
  const depthStyle: CSSProperties = { paddingLeft: 8 + row.depth * INDENT, transform: `translateY(${props.start}px)` }
  if (row.kind === 'draft') {
    return (
      <div className="outline-row draft" data-index={props.index} style={depthStyle}>
        <span className="chevron-space" />
        <StanceBadge stance={row.draft.stance} topLevel={row.draft.parentId === null} sideLabels={props.sideLabels} />
        {editor && <RowEditor {...editor} />}
      </div>
    )
  }
  const { claim, childCount, collapsed } = row
  const classes = ['outline-row', `stance-${claim.stance}`]
  if (selected) classes.push('selected')
  if (props.match) classes.push('match')
  if (drop) classes.push(drop.allowed ? `drop-${drop.zone}` : 'drop-refused')
  const weakText = weak?.map((w) => WEAK_REASON_LABELS[w]).join(', ')
  return (
    <div
      id={`row-${claim.id}`}
      data-index={props.index}
      data-claim-id={claim.id}
      className={classes.join(' ')}
      role="treeitem"
      aria-level={row.depth + 1}
      aria-selected={selected ? true : false}
      aria-expanded={childCount > 0 ? !collapsed : undefined}
      aria-label={rowName(claim, props.sideLabels, weak)}
      style={depthStyle}
      draggable={!editor}
      onClick={() => events?.select(claim.id)}
      onDoubleClick={() => events?.edit(claim.id)}
      onContextMenu={(e) => events?.contextMenu(e, claim.id)}
      onDragStart={(e) => events?.dragStart(e, claim.id, claim.title)}
      onDragEnd={() => events?.dragEnd()}
      onDragOver={(e) => events?.dragOver(e, claim.id)}
      onDragLeave={() => events?.dragLeave(claim.id)}
      onDrop={(e) => events?.drop(e, claim.id)}
    >
      {childCount > 0 ? (
        <button
          type="button"
          className="chevron"
          tabIndex={-1}
          aria-label={collapsed ? `Expand “${claim.title}”` : `Collapse “${claim.title}”`}
          onClick={(e) => {
            e.stopPropagation()
            events?.toggle(claim.id)
          }}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      ) : (
        <span className="chevron-space" />
      )}
      <StanceBadge stance={claim.stance} topLevel={claim.parentId === null} sideLabels={props.sideLabels} />
      {editor ? <RowEditor {...editor} /> : <span className="outline-title">{claim.title}</span>}
      {claim.evidence.length > 0 && (
        <span className="evidence-count" title={`${claim.evidence.length} evidence ${claim.evidence.length === 1 ? 'card' : 'cards'}`}>
          {claim.evidence.length} {claim.evidence.length === 1 ? 'card' : 'cards'}
        </span>
      )}
      {collapsed && <span className="hidden-count" title={`${childCount} responses hidden`}>+{childCount}</span>}
      {weakText && (
        <span className="weak-marker" title={weakText} aria-hidden="true">
          ⚠
        </span>
      )}
    </div>
  )
})
