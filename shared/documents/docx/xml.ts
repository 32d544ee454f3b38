/** Small helpers over @xmldom/xmldom's DOM for WordprocessingML (w:*) elements. */
import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom'
import { W_NS } from '../docx-package'

export type { XmlElement }

export const ELEMENT_NODE = 1

/** The element children of a node, in order. */
export function childElements(node: XmlNode): XmlElement[] {
  const out: XmlElement[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) out.push(child as XmlElement)
  }
  return out
}

/** The first w:<name> child. */
export function wChild(node: XmlNode, name: string): XmlElement | undefined {
  return childElements(node).find((child) => child.namespaceURI === W_NS && child.localName === name)
}

/** A w:val-style attribute (w:<name>), or null. */
export function wAttr(element: XmlElement | undefined, name = 'val'): string | null {
  if (!element) return null
  return element.getAttributeNS(W_NS, name) || element.getAttribute(`w:${name}`) || null
}

export function isW(node: XmlElement, name: string): boolean {
  return node.namespaceURI === W_NS && node.localName === name
}

/** An on/off property (w:vanish, w:b): present and not turned off with val="0"/"false". */
export function isOn(property: XmlElement | undefined): boolean {
  if (!property) return false
  const value = wAttr(property)
  return value === null || !['0', 'false', 'off'].includes(value)
}
