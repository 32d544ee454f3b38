/**
 * A refused pack's problem in words a teacher reads first ("Claim 4 says its side is "maybe";
 * a side is pro or con"), with the JSON path after it for whoever fixes the file.
 */
import { PACK_ITEM_KINDS, type PackItemKind } from './format'

const ITEM_NAMES: Record<PackItemKind, string> = { motions: 'Motion', claims: 'Claim', sources: 'Source', quotes: 'Card', drills: 'Drill' }

/** A field as the item's own ("its side") and as a kind of value ("a side"). */
const FIELD_WORDS: Record<string, [own: string, noun: string]> = {
  stance: ['its side', 'a side'],
  format: ['its format', 'a format'],
  debateFormat: ['its debate format', 'a debate format'],
  kind: ['its kind', 'a source’s kind'],
  edition: ['its edition', 'an edition'],
  kindOfMark: ['its mark', 'a mark']
}

/** "Claim 4", "Card 2", or "The pack's details" for `meta`; null when the path names no item. */
function itemName(path: ReadonlyArray<PropertyKey>): string | null {
  const [list, index] = path
  if (list === 'meta') return 'The pack’s details'
  // A document's text, as the pack lists them.
  if (list === 'texts' && typeof index === 'number') return `Text ${index + 1}`
  if (typeof list === 'string' && (PACK_ITEM_KINDS as readonly string[]).includes(list) && typeof index === 'number') {
    return `${ITEM_NAMES[list as PackItemKind]} ${index + 1}`
  }
  return null
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

const orList = (values: readonly unknown[]) => {
  const words = values.map(String)
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}

/**
 * The plain sentence for a problem at `path` of the pack's JSON: which item, what it says, what
 * it may say. `allowed` is the list of values a field may take, when that is the problem.
 */
export function plainProblem(json: unknown, path: ReadonlyArray<PropertyKey>, reason: string, allowed?: readonly unknown[]): string {
  const who = itemName(path)
  const field = path.length > 2 || (path[0] === 'meta' && path.length > 1) ? path[path[0] === 'meta' ? 1 : 2] : undefined
  const words = typeof field === 'string' ? FIELD_WORDS[field] : undefined
  if (who && allowed && words) {
    return `${who} says ${words[0]} is ${JSON.stringify(valueAt(json, path))}; ${words[1]} is ${orList(allowed)}`
  }
  if (who && allowed && typeof field === 'string') {
    return `${who} says its “${field}” is ${JSON.stringify(valueAt(json, path))}; it may be ${orList(allowed)}`
  }
  return who ? `${who}: ${reason}` : reason
}
