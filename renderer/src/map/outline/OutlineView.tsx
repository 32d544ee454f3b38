import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { WeakReason } from '../../../../shared/analysis/weak-spots'
import { ContextMenu } from '../ContextMenu'
import { MAP_ACTIONS, type ActionContext } from '../editor/actions'
import { actionForKey, isOffered, runAction } from '../editor/run-action'
import type { MotionEditor } from '../editor/useMotionEditor'
import type { RowEvents } from './OutlineRow'
import { OutlineRowList } from './OutlineRowList'
import { outlineRows, type Draft } from './rows'
import { useDrafts } from './useDrafts'
import { useRowDrop } from './useRowDrop'
import { useTagEditing } from './useTagEditing'

interface OutlineViewProps {
  editor: MotionEditor
  selectedId: string | null
  onSelect(id: string | null): void
  /** While finding: the claims to keep (matches and their ancestors), and the matches. */
  visible: ReadonlySet<string> | null
  matches: ReadonlySet<string>
  weak: ReadonlyMap<string, readonly WeakReason[]>
  /** A draft asked for from outside (the toolbar's "add contention" buttons). */
  requestedDraft: Draft | null
  onDraftTaken(): void
}

/** Every row is one line high (long tags end in an ellipsis), so rows need no measuring. */
const ROW_HEIGHT = 34

/** The keyboard-first outline: one row per claim, virtualised so thousands stay fast. */
export function OutlineView(props: OutlineViewProps) {
  const { editor, selectedId, onSelect, visible, matches, weak } = props
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [focusId, setFocusId] = useState<string | null>(null)
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null)
  const treeRef = useRef<HTMLDivElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const pointing = useRef(false)
  const refocus = () => requestAnimationFrame(() => treeRef.current?.focus({ preventScroll: true }))
  const drafts = useDrafts(editor, focusId, onSelect, refocus)
  const tags = useTagEditing(editor, refocus)

  if (props.requestedDraft) {
    drafts.start(props.requestedDraft)
    setFocusId(null)
    props.onDraftTaken()
  }

  const draft = drafts.draft
  const rows = useMemo(
    () => outlineRows(editor.index, { collapsed, focusId, visible, draft: draft?.at ?? null }),
    [editor.index, collapsed, focusId, visible, draft]
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- read fresh every render; nothing here memoises its functions
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Let React batch the re-render a scroll causes with the selection's own, instead of forcing a second one.
    useFlushSync: false
  })

  const selected = selectedId ? (editor.index.get(selectedId) ?? null) : null
  const context: ActionContext = {
    editor,
    selected,
    rows,
    select: onSelect,
    startEditing: (id) => {
      drafts.close()
      tags.start(id)
    },
    startDraft: (next) => {
      tags.stop()
      drafts.start(next)
    },
    isCollapsed: (id) => collapsed.has(id),
    setCollapsed: (id, value) =>
      setCollapsed((current) => {
        const next = new Set(current)
        if (value) next.add(id)
        else next.delete(id)
        return next
      }),
    focusId,
    setFocus: (id) => {
      setFocusId(id)
      editor.announce(id ? `Focused on “${editor.index.get(id)?.title}”` : 'Showing the whole motion')
    }
  }

  useKeepInView(virtualizer, rows, draft ? 'draft' : selectedId)

  // A motion just made has no claims and nothing focused (its form is gone): the outline takes the
  // focus, so the hint's Enter adds the first contention straight away. Focus elsewhere is left be.
  const empty = editor.index.children(null).length === 0
  useEffect(() => {
    const nothingFocused = document.activeElement === null || document.activeElement === document.body
    if (empty && nothingFocused) treeRef.current?.focus({ preventScroll: true })
  }, [empty])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault()
      const row = treeRef.current?.querySelector('[aria-selected="true"]')?.getBoundingClientRect()
      setMenu({ x: row ? row.left + 40 : 80, y: row ? row.bottom : 80 })
      return
    }
    const action = actionForKey(event, context)
    if (!action) return
    event.preventDefault()
    void runAction(action, context)
  }

  const dragging = useRowDrop(editor, onSelect, (id) => context.setCollapsed(id, false))
  const openMenu = (event: MouseEvent, id: string) => {
    event.preventDefault()
    onSelect(id)
    setMenu({ x: event.clientX, y: event.clientY })
  }

  // Rows get one stable set of handlers (reading the latest state through a ref), so a row
  // re-renders only when its own claim, depth or marks change: moving the selection stays cheap.
  const latest = useRef({ onSelect, context, collapsed, openMenu, dragging })
  latest.current = { onSelect, context, collapsed, openMenu, dragging }
  const rowEvents: RowEvents = useMemo(
    () => ({
      select: (id) => {
        latest.current.onSelect(id)
        treeRef.current?.focus({ preventScroll: true })
      },
      toggle: (id) => latest.current.context.setCollapsed(id, !latest.current.collapsed.has(id)),
      edit: (id) => {
        const action = MAP_ACTIONS.find((a) => a.id === 'edit')
        const c = { ...latest.current.context, selected: latest.current.context.editor.index.get(id) ?? null }
        if (action) void runAction(action, c)
      },
      contextMenu: (event, id) => latest.current.openMenu(event, id),
      dragStart: (event, id, title) => latest.current.dragging.start(event, id, title),
      dragEnd: () => latest.current.dragging.end(),
      dragOver: (event, id) => latest.current.dragging.over(event, id),
      dragLeave: (id) => latest.current.dragging.leave(id),
      drop: (event, id) => latest.current.dragging.drop(event, id)
    }),
    []
  )

  const focusClaim = focusId ? editor.index.get(focusId) : undefined
  return (
    <div className="outline">
      {focusClaim && (
        <div className="focus-bar" role="status">
          <span>
            Focused on <strong>{focusClaim.title}</strong>
          </span>
          <button type="button" onClick={() => context.setFocus(null)}>
            Show whole motion
          </button>
        </div>
      )}
      <div className="outline-scroll" ref={scrollRef}>
        <div
          ref={treeRef}
          className="outline-tree"
          role="tree"
          aria-label={`Outline of “${editor.motion.title}”`}
          aria-activedescendant={selectedId && !tags.editingId && !draft ? `row-${selectedId}` : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onPointerDown={() => {
            pointing.current = true
          }}
          onFocus={() => {
            // Tabbing in selects the first claim; a click selects the row clicked, so selecting
            // (and scrolling to) the first would move the row away before the click lands.
            const byPointer = pointing.current
            pointing.current = false
            if (!byPointer && !selectedId && rows[0]?.kind === 'claim') onSelect(rows[0].key)
          }}
          style={{ height: virtualizer.getTotalSize() }}
        >
          <OutlineRowList
            rows={rows}
            virtualizer={virtualizer}
            sideLabels={editor.motion.sideLabels}
            selectedId={selectedId}
            matches={matches}
            weak={weak}
            dropHint={dragging.hint}
            events={rowEvents}
            draft={draft}
            draftEditor={drafts.editorFor}
            editingId={tags.editingId}
            tagEditor={tags.editorFor}
          />
        </div>
        {rows.length === 0 && (
          // A click on the hint puts the focus where its Enter works.
          <p className="outline-empty muted" onClick={() => treeRef.current?.focus({ preventScroll: true })}>
            {visible ? 'No claim matches.' : 'No claims yet. Press Enter in the outline, or use the buttons above, to add the first contention.'}
          </p>
        )}
      </div>
      {menu && selected && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          label={`Actions for “${selected.title}”`}
          onClose={() => {
            setMenu(null)
            refocus()
          }}
          items={MAP_ACTIONS.filter((a) => a.inMenu).map((a) => ({
            id: a.id,
            label: a.label,
            shortcut: a.shortcut,
            disabled: !isOffered(a, context),
            run: () => void runAction(a, context)
          }))}
        />
      )}
    </div>
  )
}

/** Keeps the active row (the selection, or the draft) on screen, scrolling only when it is not. */
function useKeepInView(virtualizer: ReturnType<typeof useVirtualizer<HTMLDivElement, Element>>, rows: ReturnType<typeof outlineRows>, activeKey: string | null) {
  useEffect(() => {
    const at = rows.findIndex((r) => r.key === activeKey)
    if (at < 0) return
    // Scrolling forces a layout; skip it when the row is already in view (most arrow presses).
    const item = virtualizer.getVirtualItems().find((i) => i.index === at)
    const top = virtualizer.scrollOffset ?? 0
    const height = virtualizer.scrollRect?.height ?? 0
    if (item && item.start >= top && item.end <= top + height) return
    virtualizer.scrollToIndex(at, { align: 'auto' })
  }, [activeKey, rows, virtualizer])
}
