import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { WeakReason } from '../../../../shared/analysis/weak-spots'
import { invoke } from '../../api/client'
import { ContextMenu } from '../ContextMenu'
import { actionForKey, MAP_ACTIONS, type ActionContext } from '../editor/actions'
import type { MotionEditor } from '../editor/useMotionEditor'
import { indexClaims, type ClaimIndex } from '../claim-tree'
import { OutlineRowView, type RowEvents } from './OutlineRow'
import { outlineRows, type Draft } from './rows'
import { useRowDrop } from './useRowDrop'

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
  const [editingId, setEditingId] = useState<string | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [focusId, setFocusId] = useState<string | null>(null)
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null)
  const treeRef = useRef<HTMLDivElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)

  if (props.requestedDraft && props.requestedDraft !== draft) {
    setDraft(props.requestedDraft)
    setFocusId(null)
    props.onDraftTaken()
  }

  const rows = useMemo(
    () => outlineRows(editor.index, { collapsed, focusId, visible, draft }),
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
  const refocus = () => requestAnimationFrame(() => treeRef.current?.focus({ preventScroll: true }))

  const context: ActionContext = {
    editor,
    selected,
    rows,
    select: onSelect,
    startEditing: setEditingId,
    startDraft: (next) => {
      setEditingId(null)
      setDraft(next)
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

  // Keep the selected row (or the draft) on screen.
  const activeKey = draft ? 'draft' : selectedId
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
    void action.perform(context)
  }

  const saveTitle = useCallback(
    async (id: string, text: string) => {
      const claim = editor.index.get(id)
      const title = text.trim()
      if (!claim || title === claim.title) return true
      if (!title) {
        editor.announce('A claim needs a tag; the old one was kept')
        return false
      }
      return editor.edit(`Renamed “${claim.title}” to “${title}”`, () => invoke('claim.edit', { claimId: id, title }))
    },
    [editor]
  )

  /**
   * Adds a claim where a draft says, worked out when the add's turn comes (an earlier add may
   * still be saving). Resolves with where it went, or null if nothing was added.
   */
  const addFromDraft = async (place: (index: ClaimIndex) => Draft, text: string): Promise<Draft | null> => {
    const title = text.trim()
    if (!title) return null
    let added: { claimId: string; at: Draft } | null = null
    await editor.edit(`Added “${title}”`, async (claims) => {
      const at = place(indexClaims(claims))
      const change = await invoke('claim.add', { motionId: editor.motion.id, ...at, title })
      added = { claimId: change.claimId, at }
      return change
    })
    const done = added as { claimId: string; at: Draft } | null
    if (!done) return null
    onSelect(done.claimId)
    return done.at
  }

  /** Tab and Shift+Tab on a draft: answer the claim above, or step out a level. */
  const shiftDraft = (index: ClaimIndex, current: Draft, outdent: boolean): Draft | null => {
    if (outdent) {
      if (current.parentId === null || current.parentId === focusId) return null
      const parent = index.get(current.parentId)
      return parent ? { parentId: parent.parentId, index: parent.order + 1, stance: parent.stance } : null
    }
    const above = index.children(current.parentId)[current.index - 1]
    return above ? { parentId: above.id, index: index.children(above.id).length, stance: 'con' } : null
  }

  /** Opens the next draft at once (fast typing lands in it), and puts it right once the add is saved. */
  const addThenContinue = (place: (index: ClaimIndex) => Draft, text: string) => {
    const guess = place(editor.index)
    const next = { ...guess, index: guess.index + 1 }
    setDraft(next)
    void addFromDraft(place, text).then((at) => {
      if (at && (at.parentId !== guess.parentId || at.index !== guess.index)) {
        setDraft((current) => (current === next ? { ...at, index: at.index + 1 } : current))
      }
    })
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
      edit: (id) => setEditingId(id),
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
          aria-activedescendant={selectedId && !editingId && !draft ? `row-${selectedId}` : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (!selectedId && rows[0]?.kind === 'claim') onSelect(rows[0].key)
          }}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]
            if (!row) return null
            const start = item.start
            if (row.kind === 'draft') {
              return (
                <OutlineRowView
                  // A new key for each new draft, so its field starts empty.
                  key={`draft:${row.draft.parentId}:${row.draft.index}`}
                  row={row}
                  start={start}
                  index={item.index}
                  sideLabels={editor.motion.sideLabels}
                  editor={{
                    label: row.draft.parentId ? 'New response' : 'New contention',
                    initial: '',
                    placeholder: row.draft.parentId ? 'Type a response; Enter adds it, Tab answers the claim above' : 'Type a contention; Enter adds it',
                    onEnter: (text) => {
                      if (!text.trim()) {
                        setDraft(null)
                        refocus()
                        return
                      }
                      const current = row.draft
                      addThenContinue(() => current, text)
                    },
                    onTab: (text, outdent) => {
                      // Tab answers the claim above (Shift+Tab steps out); typed text is added there.
                      const current = row.draft
                      const place = (index: ClaimIndex) => shiftDraft(index, current, outdent) ?? current
                      if (!text.trim()) return setDraft(place(editor.index))
                      addThenContinue(place, text)
                    },
                    onCancel: () => {
                      setDraft(null)
                      refocus()
                    },
                    onBlur: (text) => {
                      const current = row.draft
                      setDraft(null)
                      void addFromDraft(() => current, text)
                    }
                  }}
                />
              )
            }
            const id = row.claim.id
            return (
              <OutlineRowView
                key={id}
                row={row}
                start={start}
                index={item.index}
                sideLabels={editor.motion.sideLabels}
                selected={id === selectedId}
                match={matches.has(id)}
                weak={weak.get(id)}
                drop={dragging.hint?.id === id ? dragging.hint : null}
                events={rowEvents}
                editor={
                  editingId === id
                    ? {
                        label: `Tag of “${row.claim.title}”`,
                        initial: row.claim.title,
                        onEnter: (text) => {
                          setEditingId(null)
                          setDraft({ parentId: row.claim.parentId, index: row.claim.order + 1, stance: row.claim.stance })
                          void saveTitle(id, text)
                        },
                        onTab: (text, outdent) => {
                          setEditingId(null)
                          void saveTitle(id, text).then(() => {
                            const action = MAP_ACTIONS.find((a) => a.id === (outdent ? 'outdent' : 'indent'))
                            if (action?.enabled(context)) void action.perform(context)
                            refocus()
                          })
                        },
                        onCancel: () => {
                          setEditingId(null)
                          refocus()
                        },
                        onBlur: (text) => {
                          setEditingId(null)
                          void saveTitle(id, text)
                        }
                      }
                    : null
                }
              />
            )
          })}
        </div>
        {rows.length === 0 && (
          <p className="outline-empty muted">
            {visible ? 'No claim matches.' : 'No claims yet. Press Enter, or use the buttons above, to add the first contention.'}
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
            disabled: !a.enabled(context) || (a.available ? !a.available(context) : false),
            run: () => void a.perform(context)
          }))}
        />
      )}
    </div>
  )
}
