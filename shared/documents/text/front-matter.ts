/**
 * A Markdown file's YAML front matter (between "---" lines at the very top): its title, author
 * (or authors) and date as metadata. Read with js-yaml's JSON schema, so a date stays the text
 * the file gives and nothing in the file can construct anything but plain data.
 */
import { JSON_SCHEMA, load } from 'js-yaml'
import type { Person } from '../../model/source'
import { isoDate } from '../dates'
import type { DocumentMetadata } from '../extracted'
import { peopleFromNames, personFromName } from '../people'

const MAX_FRONT_MATTER_LINES = 500

export interface FrontMatter {
  metadata: DocumentMetadata
  /** Lines the front matter takes at the top of the file (0 when there is none). */
  lineCount: number
  warning?: string
}

export function readFrontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trimEnd() !== '---') return { metadata: {}, lineCount: 0 }
  const end = lines.findIndex((line, index) => index > 0 && index <= MAX_FRONT_MATTER_LINES && /^(---|\.\.\.)\s*$/u.test(line))
  if (end < 0) return { metadata: {}, lineCount: 0 }
  let data: unknown
  try {
    data = load(lines.slice(1, end).join('\n'), { schema: JSON_SCHEMA })
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line
    const where = typeof line === 'number' ? ` (line ${line + 2})` : ''
    return { metadata: {}, lineCount: end + 1, warning: `The front matter at the top of the file is not valid YAML${where}, so its title, author and date were not read.` }
  }
  return { metadata: isRecord(data) ? fields(data) : {}, lineCount: end + 1 }
}

function fields(data: Record<string, unknown>): DocumentMetadata {
  const metadata: DocumentMetadata = {}
  const title = text(data.title)
  if (title) metadata.title = { value: title.slice(0, 500), from: 'front matter title' }
  const authorKey = ['author', 'authors'].find((key) => data[key] !== undefined)
  const authors = authorKey ? people(data[authorKey]) : []
  if (authors.length > 0) metadata.authors = { value: authors.slice(0, 100), from: `front matter ${authorKey}` }
  const date = text(data.date)
  const iso = date && isoDate(date)
  if (iso) metadata.date = { value: iso, from: 'front matter date' }
  return metadata
}

/** "Jane Doe", "Jane Doe and John Smith", a list of names, or a list of { name: … }. */
function people(value: unknown): Person[] {
  if (typeof value === 'string') return peopleFromNames(value)
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item) => {
    const name = isRecord(item) ? text(item.name) : text(item)
    const person = name ? personFromName(name) : undefined
    return person ? [person] : []
  })
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  return String(value).replace(/\s+/gu, ' ').trim() || undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
