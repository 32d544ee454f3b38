/**
 * A motion as an Argdown document: the motion is the top statement, each claim a statement
 * under its parent, "+" for support and "-" for attack, indented two spaces a level:
 *
 *     [Cities should ban cars]: The motion's description.
 *       + [Cars pollute]: The claim's body.
 *         - [Electric cars do not]
 *
 * Argdown names a statement by its title, so two claims titled alike would be one statement:
 * a repeated title (or one Argdown cannot hold between brackets, such as one containing "]:")
 * is written under a unique name with the real title as data, {casebookTitle: "…"}, which
 * parseArgdown reads back. Bodies are written on one line, with every character Argdown would
 * read as markup escaped, so the text comes back as the same words.
 */
import { shortcodes } from '@argdown/core'
import type { Claim } from '../model/claim'
import type { Motion } from '../model/motion'
import type { Library } from '../model/library'
import { fileNameFor, plainText } from '../model/text'
import { findMotion } from '../operations/motions'
import { oneLine } from './text'

/** The data field that carries a title Argdown cannot hold as the statement's name. */
export const TITLE_DATA_KEY = 'casebookTitle'
/** The names @argdown/core gives statements and arguments written without a title. */
export const UNTITLED = /^Untitled \d+$/

/** Characters that start Argdown markup anywhere in a line: references, tags, mentions, emphasis, data. */
const ALWAYS_ESCAPED = new Set(['\\', '[', ']', '<', '>', '{', '}', '@', '#', '*', '_'])
/** @argdown/core's shortcode token (".A.", ":happy:"); only known shortcodes turn into symbols. */
const SHORTCODE = /(?:\.[^\s]+?\.[ \t]?)|(?::[^\s]+?:[ \t]?)/y

/** Text that Argdown reads back as exactly these characters (on one line). */
export function escapeArgdownText(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; ) {
    const char = text[index]
    if (char === '.' || char === ':') {
      SHORTCODE.lastIndex = index
      const match = SHORTCODE.exec(text)
      if (match && shortcodes[match[0].trim()]) {
        out += `\\${char}`
        index += 1
        continue
      }
      if (match) {
        // Read back as one token, verbatim: "e.g." or "U.S." stay as they are, unescaped.
        out += match[0]
        index += match[0].length
        continue
      }
    }
    const comment = char === '/' && (text[index + 1] === '/' || text[index + 1] === '*')
    const frontMatter = char === '=' && text.startsWith('===', index)
    if (ALWAYS_ESCAPED.has(char) || comment || frontMatter) out += '\\'
    out += char
    index += 1
  }
  return out
}

/**
 * A YAML string that no Argdown token can run into: braces (the data token's end) and
 * brackets (a statement title's end) as \u escapes, and all non-ASCII too.
 */
function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]|[{}[\]]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Whether Argdown reads `[title]: text` back as this very title. */
function definable(title: string): boolean {
  return !/\]:|\]\(|[\r\n\u2028\u2029]/.test(title) && !UNTITLED.test(title)
}

/** Whether a bare `[title]` (a reference) reads back as this title: no "]" inside, no "-" first. */
function referable(title: string): boolean {
  return definable(title) && !title.includes(']') && !title.startsWith('-')
}

/** A name for a title that cannot be its own: only a label, safe in either form. */
function label(title: string): string {
  return title.replace(/\]/g, ')').replace(/[\r\n\u2028\u2029]/g, ' ').replace(/^-/, '–')
}

function statementNamer() {
  const used = new Set<string>()
  const unique = (base: string) => {
    let name = base
    for (let n = 2; used.has(name) || UNTITLED.test(name); n++) name = `${base} (${n})`
    return name
  }
  /**
   * The statement for a claim, and the unique name it has in the document; `referenced` when a
   * later block will refer to it as "[name]", which needs a name that reads back as itself.
   */
  return (title: string, body: string, referenced = false): { name: string; statement: string } => {
    const ownName = referenced ? referable(title) : definable(title)
    const name = ownName && !used.has(title) ? title : unique(label(title))
    used.add(name)
    const data = name === title ? '' : ` {${TITLE_DATA_KEY}: ${yamlString(title)}}`
    const text = oneLine(plainText(body))
    if (text) return { name, statement: `[${name}]: ${escapeArgdownText(text)}${data}` }
    // "[name]: {data}" would be a definition without text, which Argdown refuses.
    if (data || referable(name)) return { name, statement: `[${name}]${data}` }
    return { name, statement: `[${name}]:` }
  }
}

/**
 * Argdown's parser recurses once per level of indentation and overflows the stack a few
 * hundred levels down, so deeper claims continue in a block of their own that starts with a
 * reference to their parent: the same tree, written flatter.
 */
export const MAX_ARGDOWN_DEPTH = 64

/**
 * The motion and its claims (those of other motions are ignored) as Argdown, children in
 * their order. A claim whose parent is missing is written as a contention.
 */
export function toArgdown(motion: Motion, claims: readonly Claim[]): string {
  const mine = claims.filter((c) => c.motionId === motion.id)
  const ids = new Set(mine.map((c) => c.id))
  const children = new Map<string | null, Claim[]>()
  for (const claim of mine) {
    const parent = claim.parentId !== null && ids.has(claim.parentId) ? claim.parentId : null
    const list = children.get(parent)
    if (list) list.push(claim)
    else children.set(parent, [claim])
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order)

  const name = statementNamer()
  const names = new Map<string, string>()
  const blocks: string[] = []
  const written = new Set<string>()
  // Each block is a tree written depth first without recursion; the first is the motion's.
  const pending: Array<string | null> = [null]
  while (pending.length > 0) {
    const root = pending.shift() as string | null
    const lines = [root === null ? name(motion.title, motion.description).statement : `[${names.get(root)}]`]
    const stack = [...(children.get(root) ?? [])].reverse().map((claim) => ({ claim, depth: 1 }))
    while (stack.length > 0) {
      const { claim, depth } = stack.pop() as { claim: Claim; depth: number }
      if (written.has(claim.id)) continue
      written.add(claim.id)
      const below = children.get(claim.id) ?? []
      const deferred = below.length > 0 && depth >= MAX_ARGDOWN_DEPTH
      const { name: unique, statement } = name(claim.title, claim.body, deferred)
      names.set(claim.id, unique)
      lines.push(`${'  '.repeat(depth)}${claim.stance === 'pro' ? '+' : '-'} ${statement}`)
      if (deferred) pending.push(claim.id)
      else for (let index = below.length - 1; index >= 0; index--) stack.push({ claim: below[index], depth: depth + 1 })
    }
    blocks.push(lines.join('\n'))
  }
  return `${blocks.join('\n\n')}\n`
}

/** A motion and its map as an Argdown file, named after the motion. */
export function motionArgdownFile(library: Library, motionId: string): { fileName: string; mimeType: string; text: string } {
  const motion = findMotion(library, motionId)
  const claims = library.claims.filter((c) => c.motionId === motion.id)
  return { fileName: fileNameFor(motion.title, 'argdown'), mimeType: 'text/plain', text: toArgdown(motion, claims) }
}
