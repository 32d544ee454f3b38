/**
 * The body of word/document.xml as paragraphs, in reading order and as Word shows them: runs'
 * text with w:tab as a tab and w:br/w:cr as a line break, symbols, fields' displayed results
 * (not their codes), hyperlinks' text, insertions kept and deletions left out (the document as
 * it reads with tracked changes accepted), hidden text (w:vanish) left out, tables cell by cell,
 * text boxes after the paragraph that anchors them, a list paragraph's number or bullet as Word
 * draws it (./numbering.ts). Footnotes and comments are not body text.
 */
import type { XmlDocument } from '../docx-package'
import { W_NS } from '../docx-package'
import type { TextBlock } from '../paragraph-units'
import type { ListLabels } from './numbering'
import { directLevel, listPlace, type ParagraphStyles } from './styles'
import { symbolCharacter } from './symbols'
import { childElements, isOn, isW, wAttr, wChild, type XmlElement } from './xml'

const MATH_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math'
const MARKUP_COMPATIBILITY_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** Elements whose children are more paragraph content (runs, links, fields, content controls, insertions). */
const INLINE_WRAPPERS = new Set(['hyperlink', 'smartTag', 'customXml', 'ins', 'moveTo', 'fldSimple', 'dir', 'bdo', 'sdtContent'])
/** Block-level containers whose children are more paragraphs and tables. */
const BLOCK_WRAPPERS = new Set(['sdtContent', 'customXml', 'ins', 'moveTo'])

interface Context {
  styles: ParagraphStyles
  lists: ListLabels
}

export function documentBlocks(documentXml: XmlDocument, styles: ParagraphStyles, lists: ListLabels): TextBlock[] {
  const body = documentXml.documentElement && wChild(documentXml.documentElement, 'body')
  const blocks: TextBlock[] = []
  if (body) readBlocks(body, { styles, lists }, blocks)
  return blocks
}

function readBlocks(container: XmlElement, context: Context, blocks: TextBlock[]): void {
  for (const child of childElements(container)) {
    if (child.namespaceURI !== W_NS) continue
    if (child.localName === 'p') readParagraph(child, context, blocks)
    else if (child.localName === 'tbl') {
      for (const row of childElements(child).filter((element) => isW(element, 'tr'))) {
        for (const cell of cellsOf(row)) readBlocks(cell, context, blocks)
      }
    } else if (child.localName === 'sdt') {
      const content = wChild(child, 'sdtContent')
      if (content) readBlocks(content, context, blocks)
    } else if (BLOCK_WRAPPERS.has(child.localName ?? '')) readBlocks(child, context, blocks)
  }
}

/** A row's cells, including those inside content controls and custom XML around them. */
function cellsOf(row: XmlElement): XmlElement[] {
  return childElements(row).flatMap((element) => {
    if (isW(element, 'tc')) return [element]
    if (isW(element, 'sdt')) {
      const content = wChild(element, 'sdtContent')
      return content ? cellsOf(content) : []
    }
    return isW(element, 'customXml') ? cellsOf(element) : []
  })
}

function readParagraph(paragraph: XmlElement, context: Context, blocks: TextBlock[]): void {
  const properties = wChild(paragraph, 'pPr')
  const style = wAttr(properties && wChild(properties, 'pStyle'))
  const direct = directLevel(properties)
  const level = direct !== null ? direct : context.styles.levelOf(style)
  const textBoxes: XmlElement[] = []
  const label = listLabel(properties, style, context)
  const text = inlineText(paragraph, textBoxes).trim()
  if (text) blocks.push(level !== undefined ? { text: label + text, heading: true } : { text: label + text })
  for (const box of textBoxes) readBlocks(box, context, blocks)
}

/** The number or bullet Word draws before a list paragraph (counted even when the paragraph is empty, as Word counts it). */
function listLabel(properties: XmlElement | undefined, style: string | null, context: Context): string {
  const own = listPlace(properties)
  const styled = context.styles.numberingOf(style)
  const numId = own?.numId ?? styled?.numId ?? null
  // numId 0 is "no list", a paragraph taking itself out of its style's list.
  if (numId === null || numId === '0') return ''
  return context.lists.next(numId, own?.level ?? styled?.level ?? 0)
}

function inlineText(container: XmlElement, textBoxes: XmlElement[]): string {
  let text = ''
  for (const child of childElements(container)) {
    if (child.namespaceURI === MATH_NS) {
      if (child.localName === 'oMath' || child.localName === 'oMathPara') text += mathText(child)
      continue
    }
    if (child.namespaceURI !== W_NS) continue
    if (child.localName === 'r') text += runText(child, textBoxes)
    else if (child.localName === 'sdt') {
      const content = wChild(child, 'sdtContent')
      if (content) text += inlineText(content, textBoxes)
    } else if (INLINE_WRAPPERS.has(child.localName ?? '')) text += inlineText(child, textBoxes)
    // w:del and w:moveFrom are deleted text; w:pPr, bookmarks and comment marks hold none.
  }
  return text
}

function runText(run: XmlElement, textBoxes: XmlElement[]): string {
  const properties = wChild(run, 'rPr')
  if (properties && (isOn(wChild(properties, 'vanish')) || isOn(wChild(properties, 'webHidden')))) return ''
  let text = ''
  for (const child of childElements(run)) {
    if (child.namespaceURI === MARKUP_COMPATIBILITY_NS && child.localName === 'AlternateContent') {
      // Word writes a drawing twice (new form in mc:Choice, old in mc:Fallback): read one.
      const choice = childElements(child).find((element) => element.localName === 'Choice') ?? childElements(child).find((element) => element.localName === 'Fallback')
      if (choice) textBoxes.push(...outerTextBoxes(choice))
      continue
    }
    if (child.namespaceURI !== W_NS) continue
    switch (child.localName) {
      case 't':
        text += child.textContent ?? ''
        break
      case 'tab':
      case 'ptab':
        text += '\t'
        break
      case 'br':
      case 'cr':
        text += '\n'
        break
      case 'noBreakHyphen':
        // Drawn as a hyphen; a reader types one to find it.
        text += '-'
        break
      case 'sym':
        text += symbolCharacter(wAttr(child, 'font'), wAttr(child, 'char'))
        break
      case 'drawing':
      case 'pict':
      case 'object':
        textBoxes.push(...outerTextBoxes(child))
        break
      // w:instrText (a field's code), w:delText, w:softHyphen (drawn only at a line end),
      // footnote and endnote references: nothing a reader sees in the body's text.
    }
  }
  return text
}

/** Text boxes inside a drawing, not counting boxes nested in other boxes (those come with their box). */
function outerTextBoxes(drawing: XmlElement): XmlElement[] {
  const all = Array.from(drawing.getElementsByTagNameNS(W_NS, 'txbxContent')) as XmlElement[]
  return all.filter((box) => !all.some((other) => other !== box && isAncestor(other, box)))
}

function isAncestor(ancestor: XmlElement, node: XmlElement): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (parent === ancestor) return true
  return false
}

/** An equation's characters in order (m:t), as Word's plain-text copy gives them. */
function mathText(math: XmlElement): string {
  return (Array.from(math.getElementsByTagNameNS(MATH_NS, 't')) as XmlElement[]).map((t) => t.textContent ?? '').join('')
}
