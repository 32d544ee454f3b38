/**
 * Mozilla Readability's own test pages (../shared/fixtures/real-world/html): the article
 * Casebook keeps holds every paragraph of Readability's expected article, its title and byline
 * match Readability's expected metadata, and the page's menus and teasers are not in it.
 */
import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { extractHtml } from '../../../shared/documents/html'
import { blocksOf } from '../../../shared/documents/html/blocks'
import type { HtmlElement } from '../../../shared/documents/html/dom'
import type { Person } from '../../../shared/model/source'
import { sharedFile } from '../../support/shared-folder'

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim()
const displayName = (person: Person): string => person.literal ?? [person.given, person.family].filter(Boolean).join(' ')

function paragraphsOf(html: string, root: 'body' | 'documentElement' = 'documentElement'): string[] {
  const { document } = parseHTML(/<html[\s>]/iu.test(html) ? html : `<html><body>${html}</body></html>`)
  const element = (root === 'body' ? document.body : document.documentElement) as unknown as HtmlElement
  return blocksOf(element).map((block) => collapse(block.text))
}

const PAGES = [
  // Teasers and "most read" links around the BBC article; the ACLU page's menus and sign-up box.
  { name: 'bbc-1', furniture: ["The Donald's dollars", "US cinema gunman 'had violent past'", "WWE terminates Hulk Hogan's contract"] },
  { name: 'aclu', furniture: [] }
]

describe.each(PAGES)('Readability test page $name', ({ name, furniture }) => {
  const source = sharedFile(`fixtures/real-world/html/readability-${name}.html`)
  const expected = sharedFile(`fixtures/real-world/html/readability-expected/${name}`)
  const options = { ...source.options, ...(source.present ? expected.options : {}), timeout: 60_000 }

  it('keeps every paragraph of the expected article, with its title and byline, and nothing around it', options, async () => {
    const document = await extractHtml(new Uint8Array(readFileSync(source.path)), `${name}.html`)
    // The text as the reader shows it: each heading once, above the paragraphs it names.
    const text = collapse(document.units.map((unit, index) => (unit.heading && unit.heading !== document.units[index - 1]?.heading ? `${unit.heading} ${unit.text}` : unit.text)).join(' '))
    const article = paragraphsOf(readFileSync(`${expected.path}/expected.html`, 'utf8'))
    expect(article.length).toBeGreaterThan(5)
    for (const paragraph of article) expect(text).toContain(paragraph)

    const metadata = JSON.parse(readFileSync(`${expected.path}/expected-metadata.json`, 'utf8')) as { title: string; byline: string }
    expect(document.metadata.title?.value).toBe(metadata.title)
    expect(document.metadata.authors?.value.map(displayName).join(', ')).toBe(metadata.byline)

    // Whatever of the page is outside the expected article stays out: named teasers, and every
    // longer paragraph of the whole page that the article does not hold.
    const articleText = article.join(' ')
    const outside = paragraphsOf(readFileSync(source.path, 'utf8'), 'body').filter((paragraph) => paragraph.length >= 40 && !articleText.includes(paragraph))
    expect(outside.length).toBeGreaterThan(0)
    for (const paragraph of [...furniture, ...outside]) expect(text).not.toContain(paragraph)
    expect(document.warnings).toEqual([])
  })
})
