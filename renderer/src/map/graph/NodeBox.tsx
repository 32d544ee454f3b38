import { memo, type KeyboardEvent } from 'react'
import { WEAK_REASON_LABELS, type WeakReason } from '../../../../shared/analysis/weak-spots'
import type { Stance } from '../../../../shared/model/claim'
import type { MapNode } from './layout'

interface NodeBoxProps {
  node: MapNode
  label: string
  title: string
  selected: boolean
  /** Zoomed too far out to read: grey bars instead of text. */
  greek: boolean
  reasons: readonly WeakReason[] | undefined
  idPrefix: string
  onActivate(id: string): void
  onKey(event: KeyboardEvent<SVGGElement>, id: string): void
  /** `byKeyboard`: focus came from the keyboard (Tab), not a press that may start a drag. */
  onFocusNode(id: string, byKeyboard: boolean): void
  onBlurNode(id: string): void
}

/** One box: stance in words and colour, the title (three lines at most), and a mark for weak spots. */
export const NodeBox = memo(function NodeBox({ node, label, title, selected, greek, reasons, idPrefix, onActivate, onKey, onFocusNode, onBlurNode }: NodeBoxProps) {
  const stance: Stance | 'motion' = node.claim ? node.claim.stance : 'motion'
  const weakId = `${idPrefix}-weak-${node.id}`
  const weak = reasons !== undefined && reasons.length > 0
  return (
    <g
      className={`mapv-node mapv-${stance}${selected ? ' mapv-selected' : ''}`}
      transform={`translate(${node.x},${node.y})`}
      data-node-id={node.id}
      tabIndex={0}
      role="button"
      aria-label={`${label}: ${title}`}
      aria-pressed={selected}
      aria-describedby={weak ? weakId : undefined}
      onClick={(event) => {
        event.stopPropagation()
        onActivate(node.id)
      }}
      onKeyDown={(event) => onKey(event, node.id)}
      onFocus={(event) => onFocusNode(node.id, event.currentTarget.matches(':focus-visible'))}
      onBlur={() => onBlurNode(node.id)}
    >
      {selected && <rect className="mapv-ring" x={-5} y={-5} width={node.width + 10} height={node.height + 10} rx={12} />}
      <rect className="mapv-box" width={node.width} height={node.height} rx={8} />
      <rect className="mapv-stripe" x={0} y={8} width={4} height={node.height - 16} rx={2} />
      {greek ? (
        <g className="mapv-greek">
          <rect className="mapv-greek-label" x={14} y={9} width={Math.min(node.width - 40, 12 + label.length * 7)} height={14} rx={3} />
          {[0, 1, 2].map((line) => (
            <rect key={line} className="mapv-greek-line" x={14} y={32 + line * 16} width={(node.width - 38) * (line === 2 ? 0.6 : 1)} height={9} rx={2} />
          ))}
        </g>
      ) : (
        <foreignObject x={0} y={0} width={node.width} height={node.height}>
          <div className={`mapv-card${weak ? ' mapv-card-weak' : ''}`}>
            <span className="mapv-label">{label}</span>
            <span className="mapv-title">{title}</span>
          </div>
        </foreignObject>
      )}
      {weak && (
        <text className="mapv-weak" x={node.width - 10} y={20} textAnchor="end">
          <title id={weakId}>{`Weak spots: ${reasons.map((r) => WEAK_REASON_LABELS[r]).join(', ')}`}</title>⚠
        </text>
      )}
    </g>
  )
})
