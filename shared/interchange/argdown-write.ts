/**
 * Text and names as Argdown reads them back, for the export (argdown-export.ts).
 *
 * Argdown names a statement by its title, so two claims titled alike would be one statement:
 * a repeated title (or one Argdown cannot hold between brackets, such as one containing "]:")
 * is written under a unique name with the real title as data, {casebookTitle: "…"}, which
 * parseArgdown reads back. Bodies are written on one line, with every character Argdown would
 * read as markup escaped, so the text comes back as the same words.
 */
import { shortcodes } from '@argdown/core'
import { plainText } from '../model/text'
import { oneLine } from './text'

/** The data field that carries a title Argdown cannot hold as the statement's name. */
export const TITLE_DATA_KEY = 'casebookTitle'
/** The data field that marks the motion when nothing written relates to it, so an import cannot take another tree's top for it. */
export const MOTION_DATA_KEY = 'casebookMotion'
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
  return JSON.stringify(text).replace(/[^\x20-\x7e]|[{}[\]<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Statements are named in brackets, arguments in angle brackets: two namespaces. */
export type Brackets = '[]' | '<>'

/** Whether Argdown reads `[title]: text` (or `<title>: text`) back as this very title. */
function definable(title: string, brackets: Brackets): boolean {
  const close = brackets[1]
  // "<+", "<-", "<_" and "+>", "->" are relations, not an argument's name.
  if (brackets === '<>' && (/^[+\-_]/.test(title) || /[+-]$/.test(title))) return false
  return !title.includes(`${close}:`) && !title.includes(`${close}(`) && !/[\r\n\u2028\u2029]/.test(title) && !UNTITLED.test(title)
}

/** Whether a bare `[title]` (a reference) reads back as this title: no closing bracket inside, no "-" first. */
export function referable(title: string, brackets: Brackets): boolean {
  return definable(title, brackets) && !title.includes(brackets[1]) && !title.startsWith('-')
}

/** A name for a title that cannot be its own: only a label, safe in either form. */
function label(title: string): string {
  return title
    .replace(/[\]>]/g, ')')
    .replace(/[\r\n\u2028\u2029]/g, ' ')
    .replace(/^-/, '–')
    .replace(/^[+_]|[+-]$/g, (c) => ({ '+': '＋', _: '＿', '-': '–' })[c] ?? c)
}

/**
 * Tags as Argdown's #(tag), which reads everything up to ")" verbatim: a tag with ")" or a line
 * break in it cannot be written as one, and is left out.
 */
function tagText(tags: readonly string[]): string {
  return tags
    .map((tag) => tag.trim())
    .filter((tag) => tag && !/[)\r\n\u2028\u2029]/.test(tag))
    .map((tag) => ` #(${tag})`)
    .join('')
}

/**
 * Names statements (or arguments) uniquely, and writes each claim's definition; `referenced`
 * when a later block will refer to it by name, which needs a name that reads back as itself.
 */
export function namer(brackets: Brackets) {
  const [open, close] = brackets
  const used = new Set<string>()
  const unique = (base: string) => {
    let name = base
    for (let n = 2; used.has(name) || UNTITLED.test(name); n++) name = `${base} (${n})`
    return name
  }
  return (
    title: string,
    text: string,
    tags: readonly string[] = [],
    referenced = false,
    canonical = false,
    motion = false
  ): { name: string; statement: string } => {
    const words = `${escapeArgdownText(oneLine(plainText(text)))}${tagText(tags)}`.trim()
    // Without words a claim is written as a bare reference, "[name]", which needs a plain name.
    const bare = referenced || !words
    const ownName = bare ? referable(title, brackets) : definable(title, brackets)
    const name = ownName && !used.has(title) ? title : unique(label(title))
    used.add(name)
    const fields = name === title ? [] : [`${TITLE_DATA_KEY}: ${yamlString(title)}`]
    // Argdown leaves a statement named "Untitled…" off its map unless it answers something.
    if (name.startsWith('Untitled')) fields.push('isInMap: true')
    // Argdown takes a statement's last definition as its text unless one says otherwise.
    if (canonical) fields.push('isCanonical: true')
    if (motion) fields.push(`${MOTION_DATA_KEY}: true`)
    const data = fields.length > 0 ? ` {${fields.join(', ')}}` : ''
    if (words) return { name, statement: `${open}${name}${close}: ${words}${data}` }
    // "[name]: {data}" would be a definition without text, which Argdown refuses.
    return { name, statement: `${open}${name}${close}${data}` }
  }
}

/** A paragraph of prose that Argdown reads as text, not as a relation, a list or a step. */
export function paragraph(text: string): string {
  const escaped = escapeArgdownText(oneLine(plainText(text)))
  if (/^[+\-(=]/.test(escaped)) return `\\${escaped}`
  return escaped.replace(/^(\d+)\./, '$1\\.')
}
