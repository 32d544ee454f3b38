/**
 * Real Kialo exports (../shared/fixtures/real-world/kialo: the older one-line layout and the
 * current one), imported whole into a library and checked entry by entry against the file.
 * The expectations come from a plain reading of the file here: its headers and their Pro/Con
 * labels, the indentation (current layout) for nesting, the text under each header, and the
 * Sources list with its quoted excerpts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseKialo } from '../../../shared/interchange/kialo'
import { emptyLibrary, LibrarySchema, type Library } from '../../../shared/model/library'
import type { Claim } from '../../../shared/model/claim'
import { libraryProblem } from '../../../shared/operations/integrity'
import { addImportedMotion } from '../../../shared/operations/import-motion'
import { sharedFile } from '../../support/shared-folder'
import { testEnv } from './helpers'

const folder = sharedFile('fixtures/real-world/kialo')
const files = folder.present ? readdirSync(folder.path).filter((f) => f.endsWith('.txt')) : []

interface FileEntry {
  number: string
  stance: 'pro' | 'con'
  indent: number
  text: string
}

/** The file as a reader sees it: each "N.N. Pro:"/"Con:" header with the text under (or beside) it. */
function readFile(text: string) {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const sourcesAt = lines.findIndex((l) => l === 'Sources:')
  const body = sourcesAt < 0 ? lines : lines.slice(0, sourcesAt)
  const entries: FileEntry[] = []
  let open: { lines: string[]; indent: number } | null = null
  for (const line of body) {
    const header = /^( *)((?:\d+\.){2,}) (Pro|Con):(.*)$/.exec(line)
    if (header) {
      open = { lines: [header[4].trim()], indent: header[1].length }
      entries.push({ number: header[2], stance: header[3] === 'Pro' ? 'pro' : 'con', indent: header[1].length, text: '' })
      Object.defineProperty(entries.at(-1)!, 'open', { value: open })
    } else if (open) {
      open.lines.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)))
    }
  }
  for (const entry of entries) entry.text = (entry as unknown as { open: { lines: string[] } }).open.lines.join('\n').trim()
  const sources: Array<{ number: string; reference: string; excerpt: string | null }> = []
  if (sourcesAt >= 0) {
    for (const line of lines.slice(sourcesAt + 1)) {
      const start = /^\[(\d+)\] (.*)$/.exec(line)
      if (start) sources.push({ number: start[1], reference: start[2], excerpt: null })
      else if (sources.length) {
        const last = sources.at(-1)!
        last.excerpt = last.excerpt === null ? line : `${last.excerpt}\n${line}`
      }
    }
    for (const source of sources) {
      const quoted = source.excerpt?.trim() ?? ''
      source.excerpt = quoted.startsWith('"') && quoted.endsWith('"') && quoted.length > 1 ? quoted.slice(1, -1) : null
    }
  }
  return { current: lines[0].startsWith('Discussion Name:'), entries, sources }
}

/** What a reader of the text sees: Markdown links as their words, backslash escapes resolved. */
const asRead = (text: string) => text.replace(/\[((?:\\.|[^\\[\]\n])*)\]\(((?:\\.|\([^()\n]*\)|[^\\()\n])+)\)/g, '$1').replace(/\\([!-/:-@[-`{-~])/g, '$1')

function depthOf(claim: Claim, byId: Map<string, Claim>): number {
  let depth = 0
  for (let c = claim; c.parentId !== null; c = byId.get(c.parentId)!) depth++
  return depth
}

describe.each(files.length ? files : ['(none)'])('the real Kialo export %s', (name) => {
  const load = () => {
    const text = readFileSync(join(folder.path, name), 'utf8')
    const file = readFile(text)
    const imported = parseKialo(readFileSync(join(folder.path, name)))
    const env = testEnv()
    const change = addImportedMotion(emptyLibrary(), imported, env, 'kialo')
    return { text, file, imported, library: change.library as Library, summary: change.result.summary }
  }

  it('imports every entry once, with its stance, nesting and text, and links instead of copies', folder.options, () => {
    const { file, library, summary } = load()
    expect(LibrarySchema.safeParse(library).success).toBe(true)
    expect(libraryProblem(library)).toBeNull()
    const links = file.entries.filter((e) => /^-> See /.test(e.text))
    const claimsInFile = file.entries.filter((e) => !links.includes(e))
    expect(library.claims).toHaveLength(claimsInFile.length)
    expect(summary.added.claims).toBe(claimsInFile.length)

    // Claims come in file order; match them one to one.
    const byId = new Map(library.claims.map((c) => [c.id, c]))
    const ordered = [...library.claims]
    const claimOf = new Map<string, Claim>()
    claimsInFile.forEach((entry, index) => {
      const claim = ordered[index]
      claimOf.set(entry.number, claim)
      expect(claim.stance, entry.number).toBe(entry.stance)
      const words = asRead(entry.text)
      if (claim.body) expect(claim.body.startsWith(words.trim()) || claim.body.startsWith(words.replace(/ ?\[\d+\]/g, '').trim()), entry.number).toBe(true)
      else expect(claim.title, entry.number).toBe(words.replace(/[ \t]*\n\s*/g, ' ').trim())
    })

    // Nesting: by indentation in the current layout (two spaces a level), else by the numbering.
    const stack: FileEntry[] = []
    for (const entry of file.entries) {
      const depth = file.current ? entry.indent / 2 - 1 : entry.number.split('.').length - 3
      stack.length = depth
      const parent = depth === 0 ? null : stack[depth - 1]
      stack[depth] = entry
      const claim = claimOf.get(entry.number)
      if (!claim) continue
      expect(depthOf(claim, byId), entry.number).toBe(depth)
      expect(claim.parentId, entry.number).toBe(parent ? claimOf.get(parent.number)!.id : null)
    }

    // A "-> See" entry is a see-also link from the claim it answers, never a claim of its own.
    let expectedLinks = 0
    for (const link of links) {
      let target = /^-> See ((?:\d+\.)+)/.exec(link.text)![1]
      while (!claimOf.has(target)) target = /^-> See ((?:\d+\.)+)/.exec(file.entries.find((e) => e.number === target)!.text)![1]
      const parentNumber = link.number.replace(/\d+\.$/, '')
      const holder = claimOf.get(parentNumber)
      if (!holder) {
        // The thesis is the motion, which holds no links: the summary says so.
        expect(summary.skipped.some((s) => s.entry.endsWith(`claim ${link.number}`)), link.number).toBe(true)
        continue
      }
      expectedLinks++
      expect(holder.seeAlso, link.number).toContain(claimOf.get(target)!.id)
    }
    expect(summary.added.seeAlsoLinks).toBe(expectedLinks)
    expect(library.claims.filter((c) => links.some((l) => c.title === asRead(l.text)))).toEqual([])
  })

  it('keeps every listed source, and each quoted excerpt as a card with exactly its words', folder.options, () => {
    const { text, file, library } = load()
    const urls = new Set(file.sources.map((s) => s.reference.replace(/\\([()])/g, '$1')))
    expect(library.sources).toHaveLength(urls.size)
    const excerpts = new Set(file.sources.flatMap((s) => (s.excerpt ? [s.excerpt] : [])))
    expect(new Set(library.quotes.map((q) => q.text))).toEqual(excerpts)
    for (const quote of library.quotes) expect(text.replace(/\r\n/g, '\n')).toContain(`"${quote.text}"`)

    // The claim citing [n] holds the card cut from source n.
    const claims = [...library.claims]
    const entries = file.entries.filter((e) => !/^-> See /.test(e.text))
    entries.forEach((entry, index) => {
      for (const [, n] of entry.text.matchAll(/(?<!\])\[(\d+)\](?!\()/g)) {
        const excerpt = file.sources.find((s) => s.number === n)?.excerpt
        if (!excerpt) continue
        const card = library.quotes.find((q) => q.text === excerpt)!
        expect(claims[index].evidence, `${entry.number} cites [${n}]`).toContain(card.id)
      }
    })
  })

  it('reads the title, the thesis and no Markdown escapes', folder.options, () => {
    const { text, imported } = load()
    const lines = text.replace(/\r\n/g, '\n').split('\n')
    if (lines[0] === 'Discussion Name:') {
      expect(imported.description).toContain(`Kialo discussion: ${lines[1]}`)
      expect(imported.title).toBe(lines[lines.indexOf('1. Thesis:') + 1].trim())
    } else {
      expect(imported.description).toContain(`Kialo discussion: ${lines[0].replace('Discussion Title: ', '')}`)
    }
    for (const claim of imported.claims) {
      expect(claim.title).not.toMatch(/\\[()[\]]|\]\(http/)
      expect(claim.body).not.toMatch(/\\[()[\]]|\]\(http/)
    }
  })
})
