/**
 * The little of the DOM the page readers use, typed here so shared/ compiles without the
 * browser's DOM types (the document comes from linkedom on the parse worker).
 */
export interface HtmlNode {
  nodeType: number
  nodeName: string
  childNodes: ArrayLike<HtmlNode>
  textContent: string | null
}

export interface HtmlElement extends HtmlNode {
  tagName: string
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelectorAll(selector: string): ArrayLike<HtmlElement>
  remove(): void
}

export interface HtmlDocument {
  documentElement: HtmlElement | null
  head: HtmlElement | null
  body: HtmlElement | null
  querySelectorAll(selector: string): ArrayLike<HtmlElement>
  createElement(name: string): HtmlElement & { innerHTML: string }
}

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
export const CDATA_SECTION_NODE = 4
