/**
 * A saved web page: the article, not the menus, adverts and teasers around it. Mozilla
 * Readability (the Firefox Reader View's engine) finds the article in a linkedom document;
 * where it finds none, the page's visible text is kept without its navigation, and a warning
 * says so. linkedom only parses: it never runs the page's scripts or fetches anything it names.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { ApiError } from '../errors'
import type { ExtractedDocument } from './extracted'
import { blocksOf } from './html/blocks'
import { decodeHtml } from './html/decode'
import type { HtmlDocument, HtmlElement } from './html/dom'
import { htmlMetadata } from './html/metadata'
import { paragraphUnits, type TextBlock } from './paragraph-units'
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
  let blocks = articleBlocks(document)
  if (blocks.length === 0) {
    // Readability changed the document it read: read the page again for its whole text.
    const page = parsePage(html)
    const body = page.body ?? page.documentElement ?? document.documentElement
    blocks = blocksOf(body, isFurniture)
    if (blocks.some((block) => !block.heading)) {
      warnings.push('No article was found in this page, so all of its visible text was kept (menus and links included): check it before cutting cards.')
    }
  }
  const units = paragraphUnits(blocks)
  if (units.length === 0) throw new ApiError('invalid_input', `${fileName} has no text a reader would see`)
  return {
    kind: 'html',
    units,
    metadata,
    textQuality: textLooksGarbled(units.map((unit) => unit.text).join('\n')) ? 'suspect' : 'good',
    warnings
  }
}

/** The article's paragraphs, or none when Readability finds no article. */
function articleBlocks(document: HtmlDocument): TextBlock[] {
  let article: ReturnType<Readability<HtmlElement>['parse']>
  try {
    article = new Readability<HtmlElement>(document as unknown as Document, { serializer: (node) => node as unknown as HtmlElement }).parse()
  } catch {
    return []
  }
  const content = article?.content
  return content ? blocksOf(content) : []
}

function parsePage(html: string): HtmlDocument {
  return (parseHTML(html) as unknown as { document: HtmlDocument }).document
}

function isFurniture(element: HtmlElement): boolean {
  return FURNITURE.has(element.tagName.toLowerCase()) || FURNITURE_ROLES.has((element.getAttribute('role') ?? '').toLowerCase())
}
