/**
 * Reading a pack file someone handed the user: untrusted. Everything is checked before
 * anything is written, and the first problem is named by its JSON path and reason.
 */
import type { Sha256 } from '../documents/text-file'
import { ApiError, formatPath } from '../errors'
import { PACK_LIMITS, PACK_ITEM_KINDS, PackFileSchema, type PackFile } from './format'
import { plainProblem } from './problem-words'
import { packReferenceProblem } from './references'

/** Keys that could reach an object's prototype if some code ever merged the data naively. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Refuses the pack: the problem in plain words first, then where it is in the file's JSON. */
function reject(path: string, reason: string): never {
  throw new ApiError('invalid_input', path ? `${reason} (in the file: ${path})` : reason, path)
}

/** Whether text read from a file is not text at all: a zip (a Word document, say) or other binary data. */
function notText(text: string): string | null {
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('PK\u0005\u0006')) {
    return 'This file is not a Casebook pack: it is a zip archive (a Word document, for example). A pack is a text file of JSON that Casebook writes with Packs > Make a pack.'
  }
  const sample = text.slice(0, 4096)
  // Control characters JSON text never holds raw (tab, line feed and carriage return aside), or bytes that were not UTF-8.
  const binary = [...sample].some((ch) => ch === '\uFFFD' || (ch < ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r'))
  if (binary) {
    return 'This file is not a Casebook pack: it holds binary data, not text. A pack is a text file of JSON that Casebook writes with Packs > Make a pack.'
  }
  return null
}

function byteLength(text: string): number {
  // Every UTF-16 unit is at most three UTF-8 bytes: skip the encoding when that is small enough.
  return text.length * 3 <= PACK_LIMITS.bytes ? text.length : new TextEncoder().encode(text).length
}

/** The first place the parsed JSON nests too deeply or uses a prototype key, walked without recursion. */
function structureProblem(root: unknown): { path: string; reason: string } | null {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }]
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] }
    if (value === null || typeof value !== 'object') continue
    if (path.length >= PACK_LIMITS.depth) {
      return { path: formatPath(path), reason: `nested more than ${PACK_LIMITS.depth} levels deep` }
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] })
      continue
    }
    const keys = Object.keys(value)
    for (const key of keys) {
      if (PROTOTYPE_KEYS.has(key)) return { path: formatPath([...path, key]), reason: `the key "${key}" is not allowed` }
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return null
}

/** "claims[3].parentId" as ["claims", 3, "parentId"]. */
const pathOf = (path: string): PropertyKey[] => path.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part))

/**
 * Parses and validates a pack: size, JSON, structure, every item's shape and bounds, every
 * reference between items, and the texts it carries. Throws an ApiError ('invalid_input') naming
 * the first problem. Give `sha256` whenever the pack may be imported: without it a text is not
 * checked against its hash (the parse worker and the command line give it).
 */
export function readPack(text: string, sha256?: Sha256): PackFile {
  const bytes = byteLength(text)
  if (bytes > PACK_LIMITS.bytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
    reject('', `The pack is ${mb(bytes)}; a pack may be at most ${mb(PACK_LIMITS.bytes)}`)
  }
  const binary = notText(text)
  if (binary) reject('', binary)
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const reason = error instanceof RangeError ? 'it nests too deeply to read' : (error as Error).message
    reject('', `This file is not a Casebook pack: it is not valid JSON (${reason})`)
  }
  const structure = structureProblem(json)
  if (structure) reject(structure.path, plainProblem(json, [], structure.reason))
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    // Count before validating item by item, so a file of 100,000 items is turned away at once.
    const record = json as Record<string, unknown>
    let total = 0
    for (const kind of PACK_ITEM_KINDS) {
      const list = record[kind]
      if (Array.isArray(list)) {
        if (list.length > PACK_LIMITS[kind]) reject(kind, `${list.length} items; a pack may hold at most ${PACK_LIMITS[kind]}`)
        total += list.length
      }
    }
    if (total > PACK_LIMITS.items) reject('', `${total} items; a pack may hold at most ${PACK_LIMITS.items} in all`)
    const texts = record.texts
    if (Array.isArray(texts) && texts.length > PACK_LIMITS.texts) reject('texts', `${texts.length} texts; a pack may hold at most ${PACK_LIMITS.texts}`)
  }
  const parsed = PackFileSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue?.path ?? []
    const allowed = issue && 'values' in issue ? (issue.values as unknown[]) : undefined
    reject(formatPath(path), plainProblem(json, path, issue?.message ?? 'not a Casebook pack', allowed))
  }
  const problem = packReferenceProblem(parsed.data, sha256)
  if (problem) reject(problem.path, plainProblem(json, pathOf(problem.path), problem.reason))
  return parsed.data
}
