import type { Claim, Stance } from '../../../../shared/model/claim'
import type { ClaimIndex } from '../claim-tree'

/** A claim not yet written: where the next Enter or "add" puts the new claim. */
export interface Draft {
  parentId: string | null
  index: number
  stance: Stance
}

export type OutlineRow =
  | { kind: 'claim'; key: string; claim: Claim; depth: number; childCount: number; collapsed: boolean }
  | { kind: 'draft'; key: 'draft'; draft: Draft; depth: number }

export interface RowOptions {
  collapsed: ReadonlySet<string>
  /** Show only this claim and what is beneath it. */
  focusId: string | null
  /** When finding: only these claims (matches and their ancestors) are shown. */
  visible: ReadonlySet<string> | null
  draft: Draft | null
}

/** The outline's rows, top to bottom: a depth-first walk that skips collapsed and filtered-out claims. */
export function outlineRows(index: ClaimIndex, options: RowOptions): OutlineRow[] {
  const { collapsed, focusId, visible, draft } = options
  const rows: OutlineRow[] = []
  const focus = focusId ? index.get(focusId) : undefined
  // Each stack entry: a claim to show, or the place where the draft goes.
  type Entry = { claim: Claim; depth: number } | { draftAt: number }
  const childrenOf = (parentId: string | null, depth: number): Entry[] => {
    const entries: Entry[] = index
      .children(parentId)
      .filter((c) => !visible || visible.has(c.id))
      .map((claim) => ({ claim, depth }))
    if (draft && draft.parentId === parentId) entries.splice(Math.min(draft.index, entries.length), 0, { draftAt: depth })
    return entries
  }
  const stack: Entry[] = focus ? [{ claim: focus, depth: 0 }] : childrenOf(null, 0).reverse()
  if (focus) stack.reverse()
  while (stack.length > 0) {
    const entry = stack.pop() as Entry
    if ('draftAt' in entry) {
      rows.push({ kind: 'draft', key: 'draft', draft: draft as Draft, depth: entry.draftAt })
      continue
    }
    const { claim, depth } = entry
    const childCount = index.children(claim.id).length
    const open = !collapsed.has(claim.id) || draft?.parentId === claim.id || visible !== null
    rows.push({ kind: 'claim', key: claim.id, claim, depth, childCount, collapsed: childCount > 0 && !open })
    if (open) stack.push(...childrenOf(claim.id, depth + 1).reverse())
  }
  return rows
}
