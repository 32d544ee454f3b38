/**
 * Real PDFs from public repositories (../shared/fixtures/real-world/pdf): a Supreme Court slip
 * opinion, a GAO report, a translated constitution made in Word, a three-column Federal Register
 * notice and a scanned memo with a poor OCR layer, checked against documents.json: every passage
 * a debater would cut is found exactly in the extracted text, with the page count and the
 * metadata the files state. Skipped, with the reason, when the folder is absent.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExtractedDocument } from '../../../shared/documents/extracted'
import { extractPdf } from '../../../shared/documents/pdf'
import { sharedFile } from '../../support/shared-folder'

interface Listed {
  file: string
  kind: string
  pages: number
  title: string
  author: string
  date: string
  notes?: string
  passages: string[]
  visible_readings?: string[]
}

const listing = sharedFile('fixtures/real-world/documents.json')
const pdfs: Listed[] = listing.present
  ? (JSON.parse(readFileSync(listing.path, 'utf8')) as { documents: Listed[] }).documents.filter((entry) => entry.kind.startsWith('pdf'))
  : []

/** The units' texts joined with a space, whitespace collapsed: nothing else is changed. */
function collapsed(document: ExtractedDocument): string {
  return document.units
    .map((unit) => unit.text)
    .join(' ')
    .replace(/\s+/g, ' ')
}

const cache = new Map<string, Promise<ExtractedDocument>>()
function extracted(entry: Listed): Promise<ExtractedDocument> {
  const path = join(listing.path, '..', entry.file)
  if (!cache.has(path)) cache.set(path, extractPdf(new Uint8Array(readFileSync(path)), entry.file.split('/').pop() as string))
  return cache.get(path) as Promise<ExtractedDocument>
}

/** Lower-case words of three letters or more, for comparing a stated title with the listing's description of it. */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{3,}/gu) ?? []
}

describe('real PDFs', () => {
  it('the listing names the five PDFs', listing.options, () => {
    expect(pdfs.map((entry) => entry.file).sort()).toHaveLength(5)
  })

  for (const entry of pdfs.filter((pdf) => pdf.kind === 'pdf')) {
    describe(entry.file, () => {
      it('has every listed passage exactly, and its page count', listing.options, async () => {
        const document = await extracted(entry)
        expect(document.pageCount).toBe(entry.pages)
        expect(document.units).toHaveLength(entry.pages)
        const text = collapsed(document)
        for (const passage of entry.passages) expect(text, passage).toContain(passage.replace(/\s+/g, ' '))
        expect(document.textQuality).toBe('good')
      })

      it('states the metadata the file states, from where it states it', listing.options, async () => {
        const { metadata } = await extracted(entry)
        if (metadata.title) {
          const listed = new Set(words(`${entry.title} ${entry.notes ?? ''}`))
          const stated = words(metadata.title.value)
          expect(stated.filter((word) => listed.has(word)).length / stated.length, metadata.title.value).toBeGreaterThan(0.6)
          expect(metadata.title.from).toMatch(/^(PDF info: Title|XMP dc:title)$/)
        }
        const listedAuthors = new Set(words(`${entry.author} ${entry.notes ?? ''}`))
        for (const person of metadata.authors?.value ?? []) {
          const name = words(person.literal ?? `${person.given} ${person.family}`)
          expect(name.filter((word) => listedAuthors.has(word)), name.join(' ')).toEqual(name)
        }
        if (metadata.date) {
          expect(metadata.date.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        }
      })
    })
  }
})
