/**
 * A saved web page: the article, not the menus, adverts and teasers around it. Mozilla
 * Readability (the Firefox Reader View's engine) finds the article in a linkedom document;
 * where it finds none, the page's visible text is kept without its navigation, and a warning
 * says so. linkedom only parses: it never runs the page's scripts or fetches anything it names.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { ApiError } from '../errors'
import type { ExtractedDocument } from './extracted'
import { blocksOf } from './html/blocks'
import { decodeHtml } from './html/decode'
import type { HtmlDocument, HtmlElement } from './html/dom'
import { htmlMetadata } from './html/metadata'
import { paragraphUnits, withoutOpeningTitle, type TextBlock } from './paragraph-units'
import { peopleFromNames } from './people'
import { textLooksGarbled } from './quality'

/** Page furniture left out when there is no article to take. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form'])
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary'])

export async function extractHtml(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const html = decodeHtml(bytes)
  const warnings: string[] = []
  const document = parsePage(html)
  if (!document.documentElement) throw new ApiError('invalid_input', `${fileName} is not a web page: no HTML could be read from it`)
  // Metadata first: Readability rewrites the document as it works.
  const metadata = htmlMetadata(document, warnings)
  const article = readArticle(document)
  let blocks = article.blocks
  // Last for authors: the byline Readability finds on the page ("By Erin Cunningham").
  if (!metadata.authors && article.byline) {
    const people = peopleFromNames(article.byline, { institutionNames: [metadata.container?.value ?? ''].filter(Boolean) })
    if (people.length > 0) metadata.authors = { value: people.slice(0, 100), from: 'the byline on the page' }
  }
  if (!blocks.some((block) => !block.heading)) {
    // Readability changed the document it read: read the page again for its whole text.
    const page = parsePage(html)
    const body = page.body && page.body.childNodes.length > 0 ? page.body : (page.documentElement ?? document.documentElement)
    blocks = blocksOf(body, isFurniture)
    if (blocks.some((block) => !block.heading)) {
      warnings.push('No article was found in this page, so its visible text was kept, less its navigation, header and footer: check it before cutting cards.')
    }
  }
  const units = paragraphUnits(withoutOpeningTitle(blocks, metadata.title?.value))
  if (units.length === 0) throw new ApiError('invalid_input', `${fileName} has no text a reader would see`)
  return {
    kind: 'html',
    units,
    metadata,
    textQuality: textLooksGarbled(units.map((unit) => unit.text).join('\n')) ? 'suspect' : 'good',
    warnings
  }
}

/** The article's headings and paragraphs and its byline; no blocks when there is no article to find. */
function readArticle(document: HtmlDocument): { blocks: TextBlock[]; byline?: string } {
  let article: ReturnType<Readability<HtmlElement>['parse']>
  try {
    // Firefox's test for offering Reader View: without a run of real paragraphs, what
    // Readability returns is a guess, and the page's own text (less its furniture) is safer.
    if (!isProbablyReaderable(document as unknown as Document)) return { blocks: [] }
    article = new Readability<HtmlElement>(document as unknown as Document, { serializer: (node) => node as unknown as HtmlElement }).parse()
  } catch {
    return { blocks: [] }
  }
  const content = article?.content
  const byline = article?.byline?.replace(/\s+/gu, ' ').trim()
  return { blocks: content ? blocksOf(content) : [], ...(byline ? { byline } : {}) }
}

function parsePage(html: string): HtmlDocument {
  // linkedom, unlike a browser, adds no <html> or <body> around a page that leaves them out.
  const whole = /<html[\s>]/iu.test(html) ? html : `<html>${/<body[\s>]/iu.test(html) ? html : `<body>${html}</body>`}</html>`
  return (parseHTML(whole) as unknown as { document: HtmlDocument }).document
}

function isFurniture(element: HtmlElement): boolean {
  return FURNITURE.has(element.tagName.toLowerCase()) || FURNITURE_ROLES.has((element.getAttribute('role') ?? '').toLowerCase())
}
