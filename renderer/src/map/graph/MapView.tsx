import { useEffect, useId, useMemo, useRef, type MouseEvent } from 'react'
import type { WeakReason } from '../../../../shared/analysis/weak-spots'
import type { Claim } from '../../../../shared/model/claim'
import type { Motion, SideLabels } from '../../../../shared/model/motion'
import { drawnContent, TEXT_MIN_SCALE } from './culling'
import { layoutMap, type MapLayout, type MapNode } from './layout'
import { NodeBox } from './NodeBox'
import { overviewPaths } from './overview'
import { useBoxHandlers } from './useBoxHandlers'
import { useMapZoom } from './useMapZoom'
import './map-view.css'

export interface MapViewProps {
  motion: Motion
  claims: readonly Claim[]
  /** A claim's id, the motion's id (its box was clicked), or null. */
  selectedId: string | null
  onSelect(id: string | null): void
  /** Weak spots by claim id (findWeakSpots(claims).byClaim). */
  weak: ReadonlyMap<string, readonly WeakReason[]>
}

function stanceLabel(node: MapNode, sideLabels: SideLabels): string {
  if (!node.claim) return 'Motion'
  if (node.claim.parentId === null || node.depth === 1) return sideLabels[node.claim.stance]
  return node.claim.stance === 'pro' ? 'Supports' : 'Attacks'
}

function titleOf(node: MapNode, motion: Motion): string {
  return node.claim ? node.claim.title : motion.title
}

/**
 * The motion's claims drawn as a tree of boxes and arrows, with zoom and pan.
 *
 * Only what is inside the viewport (plus a margin) is in the DOM; zoomed far out, or with
 * very many boxes in view, boxes and arrows are drawn as a few plain paths instead.
 */
export function MapView({ motion, claims, selectedId, onSelect, weak }: MapViewProps) {
  const layout: MapLayout = useMemo(() => layoutMap(motion, claims), [motion, claims])
  const idPrefix = useId().replace(/[^A-Za-z0-9_-]/g, '')

  const { containerRef, svgRef, sceneRef, size, region, bringIntoView, zoomIn, zoomOut, fitToScreen, mapPointAt } = useMapZoom(layout, motion.id)

  // A selection made elsewhere (the outline, search) pans the map to it. Retried when the
  // layout changes, in case the selected claim was added in the same edit.
  // Starts empty, so a claim selected before the map opens is brought into view once it is drawn.
  const shownSelectionRef = useRef<string | null>(null)
  useEffect(() => {
    if (selectedId === shownSelectionRef.current) return
    if (selectedId === null || bringIntoView(selectedId)) shownSelectionRef.current = selectedId
  }, [selectedId, layout, size, bringIntoView])

  const { focusId, activate, onKey, onFocusNode, onBlurNode } = useBoxHandlers({ layout, onSelect, bringIntoView, svgRef })

  // A click that lands on no box (boxes stop their own clicks) selects the box under it when
  // boxes are drawn as plain shapes, else nothing.
  const onBackgroundClick = (event: MouseEvent<SVGSVGElement>) => {
    const point = mapPointAt(event.clientX, event.clientY)
    if (!point) return
    const hit = layout.nodes.find((n) => point.x >= n.x && point.x <= n.x + n.width && point.y >= n.y && point.y <= n.y + n.height)
    onSelect(hit ? hit.id : null)
  }

  // What to draw: the boxes and arrows inside the region, and always the selected and focused boxes.
  const drawn = useMemo(() => drawnContent(layout, region), [layout, region])

  const pinned = useMemo(() => {
    const ids = new Set(drawn.detailed ? drawn.nodes.map((n) => n.id) : [])
    const extra: MapNode[] = []
    for (const id of [selectedId, focusId]) {
      const node = id === null ? undefined : layout.byId.get(id)
      if (node && !ids.has(node.id)) {
        ids.add(node.id)
        extra.push(node)
      }
    }
    return extra
  }, [drawn, layout, selectedId, focusId])

  const overview = useMemo(
    () => (drawn.detailed ? null : overviewPaths(drawn.nodes, drawn.links, drawn.k)),
    [drawn]
  )

  const renderNode = (node: MapNode) => (
    <NodeBox
      key={node.id}
      node={node}
      label={stanceLabel(node, motion.sideLabels)}
      title={titleOf(node, motion)}
      selected={node.id === selectedId}
      greek={drawn.k < TEXT_MIN_SCALE}
      reasons={weak.get(node.id)}
      idPrefix={idPrefix}
      onActivate={activate}
      onKey={onKey}
      onFocusNode={onFocusNode}
      onBlurNode={onBlurNode}
    />
  )

  const selectedNode = selectedId === null ? undefined : layout.byId.get(selectedId)

  return (
    <div className="mapv" ref={containerRef}>
      {/* Before the map in the DOM, so Tab reaches the zoom controls before hundreds of boxes. */}
      {overview && (
        <p className="mapv-hint" role="status">
          Zoomed out: zoom in to read and select claims.
        </p>
      )}
      <div className="mapv-toolbar" role="toolbar" aria-label="Map zoom">
        <button type="button" aria-label="Zoom in" title="Zoom in" onClick={zoomIn}>
          +
        </button>
        <button type="button" aria-label="Zoom out" title="Zoom out" onClick={zoomOut}>
          −
        </button>
        <button type="button" aria-label="Fit to screen" title="Fit to screen" onClick={fitToScreen}>
          Fit
        </button>
      </div>
      <svg
        ref={svgRef}
        className="mapv-svg"
        width="100%"
        height="100%"
        role="group"
        aria-label={`Map of “${motion.title}”`}
        aria-roledescription="argument map"
        onClick={onBackgroundClick}
      >
        <defs>
          {(['pro', 'con'] as const).map((stance) => (
            <marker
              key={stance}
              id={`${idPrefix}-arrow-${stance}`}
              className={`mapv-arrowhead mapv-arrowhead-${stance}`}
              viewBox="0 0 10 10"
              refX={9}
              refY={5}
              markerWidth={11}
              markerHeight={11}
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0,1L10,5L0,9z" />
            </marker>
          ))}
        </defs>
        <rect className="mapv-background" width="100%" height="100%" />
        <g ref={sceneRef}>
          {overview ? (
            <g className="mapv-overview" aria-hidden="true">
              <path className="mapv-ov-link mapv-link-pro" d={overview.arrows.pro} />
              <path className="mapv-ov-link mapv-link-con" d={overview.arrows.con} />
              <path className="mapv-ov-box mapv-ov-pro" d={overview.boxes.pro} />
              <path className="mapv-ov-box mapv-ov-con" d={overview.boxes.con} />
              <path className="mapv-ov-box mapv-ov-motion" d={overview.boxes.motion} />
              {selectedNode && (
                <rect
                  className="mapv-ov-selected"
                  x={selectedNode.x - 8}
                  y={selectedNode.y - 8}
                  width={selectedNode.width + 16}
                  height={selectedNode.height + 16}
                />
              )}
            </g>
          ) : (
            <g className="mapv-links" aria-hidden="true">
              {drawn.links.map((l) => (
                <path
                  key={l.fromId}
                  className={`mapv-link mapv-link-${l.stance}`}
                  d={l.d}
                  markerEnd={l.headed ? `url(#${idPrefix}-arrow-${l.stance})` : undefined}
                />
              ))}
            </g>
          )}
          <g className="mapv-nodes">
            {drawn.detailed && drawn.nodes.map(renderNode)}
            {pinned.map(renderNode)}
          </g>
        </g>
      </svg>
    </div>
  )
}
