/**
 * A page's text as a reader sees it, paragraph by paragraph: block elements (p, li, blockquote,
 * td, div…) end a paragraph; h1–h6 are headings; white space collapses inside a paragraph as
 * the browser renders it, <br> is a line break, <pre> keeps its spacing. Only text is taken:
 * nothing is rendered, so no image, frame or script of the page is ever loaded or run.
 */
import type { TextBlock } from '../paragraph-units'
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE, type HtmlElement, type HtmlNode } from './dom'

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'
])
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** Never text a reader sees. */
const UNSEEN = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'video', 'audio', 'img', 'picture', 'source', 'track', 'map', 'button', 'input', 'select', 'textarea', 'meta', 'link', 'title'
])

/** CSS's collapsible white space (not the no-break space, which a page uses to keep a space). */
const COLLAPSIBLE = /[ \t\n\r\f]+/gu

export function blocksOf(root: HtmlElement, skip: (element: HtmlElement) => boolean = () => false): TextBlock[] {
  const blocks: TextBlock[] = []
  let buffer = ''
  let preformatted = 0
  let inHeading = false

  const flush = (heading = false): void => {
    const text = finishFlowing(buffer)
    buffer = ''
    if (text) blocks.push(heading ? { text, heading } : { text })
  }

  const walk = (node: HtmlNode): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = node.textContent ?? ''
      buffer += preformatted > 0 ? data : data.replace(COLLAPSIBLE, ' ')
      return
    }
    if (node.nodeType !== ELEMENT_NODE) return
    const element = node as HtmlElement
    const name = element.tagName.toLowerCase()
    if (UNSEEN.has(name) || isHidden(element) || skip(element)) return
    if (name === 'br') {
      buffer += '\n'
      return
    }
    if (inHeading) {
      // A block inside a heading is still the heading's text.
      if (BLOCK_ELEMENTS.has(name)) buffer += ' '
      walkChildren(element)
      return
    }
    if (HEADINGS.has(name)) {
      flush()
      inHeading = true
      walkChildren(element)
      inHeading = false
      flush(true)
      return
    }
    if (name === 'pre' || name === 'listing' || name === 'plaintext' || name === 'xmp') {
      flush()
      preformatted += 1
      walkChildren(element)
      preformatted -= 1
      const text = finishPre(buffer)
      buffer = ''
      if (text) blocks.push({ text })
      return
    }
    if (BLOCK_ELEMENTS.has(name)) {
      flush()
      walkChildren(element)
      flush()
      return
    }
    walkChildren(element)
  }

  const walkChildren = (element: HtmlElement): void => {
    for (const child of Array.from(element.childNodes)) walk(child)
  }

  walk(root)
  flush()
  return blocks
}

/** Flowing text: white space collapsed as rendered, line breaks kept, invisible characters dropped. */
function finishFlowing(raw: string): string {
  return visible(raw.replace(/ {2,}/gu, ' ').replace(/ *\n */gu, '\n'))
    .replace(/\u00A0/gu, ' ')
    .replace(/^\n+|\n+$/gu, '')
    .trim()
}

/** Preformatted text: as written, less the line break that follows <pre> and trailing space. */
function finishPre(raw: string): string {
  return visible(raw.replace(/^\n/u, '')).replace(/\s+$/u, '')
}

/** Soft hyphens and zero-width spaces are never drawn, so a reader never sees or types them. */
function visible(text: string): string {
  return text.replace(/[\u00AD\u200B]/gu, '')
}

function isHidden(element: HtmlElement): boolean {
  if (element.hasAttribute('hidden')) return true
  const style = element.getAttribute('style')
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(style)
}
