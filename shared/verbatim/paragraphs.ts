/**
 * The body of a Word file as a list of paragraphs, each with its outline level, its exact text
 * and the reading marks its runs carry. Text is taken as Word shows it: w:t text, tabs and
 * breaks; deleted text (tracked changes), text boxes, field codes and other namespaces'
 * content (drawings, alternative content) are left out.
 *
 * document.xml is read as a stream (htmlparser2 in XML mode) rather than into a DOM: a team's
 * file runs to megabytes of XML, and building a DOM for it was the slowest step by far.
 */
import { Parser } from 'htmlparser2'
import { W_NS } from '../documents/docx-package'
import { addRunMarks, runMarks, type Mark } from './marks'
import { chainFormat, chainNames, formatFromProperties, outlineLevelOf, type RunFormat, type RunProperty, type StyleSheet } from './styles'

export interface Paragraph {
  /** 0 Pocket, 1 Hat, 2 Block, 3 Tag; null for ordinary text. */
  level: number | null
  styleNames: string[]
  text: string
  marks: Mark[]
  /** Where the first character in Verbatim's cite style (or bold, the old way) is, or -1. */
  firstBold: number
}

/** Elements whose content is not the paragraph's visible text. */
const SKIPPED = new Set(['del', 'moveFrom', 'txbxContent', 'instrText', 'delText', 'footnoteReference', 'endnoteReference'])
const CITE_STYLE = /^(cite|.*13 ?pt bold.*|style bold cite|tag cite)$/i

interface OpenParagraph {
  styleId: string | null
  level: string | null
  text: string
  marks: Mark[]
  open: Map<string, Mark>
  firstBold: number
}

interface OpenRun {
  styleId: string | null
  properties: RunProperty[]
  text: string
}

/** Every paragraph of document.xml's body in order, tables and content controls included. */
export function bodyParagraphs(documentXml: string, sheet: StyleSheet): Paragraph[] {
  const paragraphs: Paragraph[] = []
  // The prefix bound to WordprocessingML's namespace on the root (almost always "w").
  let w = 'w:'
  let rootSeen = false
  let skipDepth = 0
  let paragraph: OpenParagraph | null = null
  let run: OpenRun | null = null
  let inRunProperties = false
  let inParagraphProperties = false
  let inText = false

  const local = (name: string): string | null => (name.startsWith(w) ? name.slice(w.length) : null)
  const attrsOf = (attribs: Record<string, string>): Record<string, string> => {
    const attrs: Record<string, string> = {}
    for (const [key, value] of Object.entries(attribs)) {
      const name = local(key)
      if (name) attrs[name] = value
    }
    return attrs
  }

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!rootSeen) {
          rootSeen = true
          const bound = Object.entries(attribs).find(([key, value]) => key.startsWith('xmlns:') && value === W_NS)
          if (bound) w = `${bound[0].slice('xmlns:'.length)}:`
        }
        if (skipDepth > 0) {
          skipDepth++
          return
        }
        const tag = local(name)
        // Inside a paragraph, another namespace's element (mc:AlternateContent, a drawing) holds no card text.
        if (tag === null) {
          if (paragraph) skipDepth = 1
          return
        }
        if (SKIPPED.has(tag)) {
          skipDepth = 1
          return
        }
        if (tag === 'p' && !paragraph) {
          paragraph = { styleId: null, level: null, text: '', marks: [], open: new Map(), firstBold: -1 }
          return
        }
        if (!paragraph) return
        if (run) {
          if (tag === 'rPr') inRunProperties = true
          else if (inRunProperties) {
            if (tag === 'rStyle') run.styleId = attribs[`${w}val`] ?? null
            else run.properties.push({ name: tag, attrs: attrsOf(attribs) })
          } else if (tag === 't') inText = true
          else if (tag === 'tab' || tag === 'ptab') run.text += '\t'
          else if (tag === 'br' || tag === 'cr') run.text += '\n'
          else if (tag === 'noBreakHyphen') run.text += '\u2011'
          return
        }
        if (tag === 'pPr') inParagraphProperties = true
        else if (inParagraphProperties) {
          // The paragraph mark's own run properties do not format the text.
          if (tag === 'rPr') skipDepth = 1
          else if (tag === 'pStyle') paragraph.styleId = attribs[`${w}val`] ?? null
          else if (tag === 'outlineLvl') paragraph.level = attribs[`${w}val`] ?? null
        } else if (tag === 'r') run = { styleId: null, properties: [], text: '' }
      },
      ontext(text) {
        if (skipDepth === 0 && inText && run) run.text += text
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--
          return
        }
        const tag = local(name)
        if (tag === null || !paragraph) return
        if (run) {
          if (tag === 'rPr') inRunProperties = false
          else if (tag === 't') inText = false
          else if (tag === 'r') {
            finishRun(paragraph, run, sheet)
            run = null
          }
          return
        }
        if (tag === 'pPr') inParagraphProperties = false
        else if (tag === 'p') {
          paragraphs.push(finishParagraph(paragraph, sheet))
          paragraph = null
        }
      }
    },
    { xmlMode: true, decodeEntities: true }
  )
  parser.write(documentXml)
  parser.end()
  return paragraphs
}

function finishRun(paragraph: OpenParagraph, run: OpenRun, sheet: StyleSheet): void {
  if (run.text === '') return
  const direct = formatFromProperties(run.properties)
  const paragraphStyle = resolved(sheet, paragraph.styleId ?? defaultParagraphStyle(sheet))
  const style = resolved(sheet, run.styleId)
  const effective: RunFormat = { ...sheet.defaults, ...paragraphStyle.format, ...style.format, ...direct }
  const start = paragraph.text.length
  paragraph.text += run.text
  addRunMarks(paragraph.marks, paragraph.open, start, paragraph.text.length, runMarks(effective, direct, style.names))
  if ((style.cite || effective.bold === true) && paragraph.firstBold < 0 && run.text.trim() !== '') {
    paragraph.firstBold = start + (run.text.length - run.text.trimStart().length)
  }
}

function finishParagraph(paragraph: OpenParagraph, sheet: StyleSheet): Paragraph {
  const styleId = paragraph.styleId ?? defaultParagraphStyle(sheet)
  const level = paragraph.level !== null ? Number(paragraph.level) : outlineLevelOf(sheet, styleId)
  return {
    level: level !== null && Number.isInteger(level) && level >= 0 && level <= 3 ? level : null,
    styleNames: resolved(sheet, styleId).names,
    text: paragraph.text,
    marks: paragraph.marks,
    firstBold: paragraph.firstBold
  }
}

interface ResolvedStyle {
  format: RunFormat
  names: string[]
  cite: boolean
}

/** A style's chain worked out once per style sheet, not once per run: a 400-card file has ~100,000 runs. */
const resolvedStyles = new WeakMap<StyleSheet, Map<string, ResolvedStyle>>()

function resolved(sheet: StyleSheet, styleId: string | null): ResolvedStyle {
  let cache = resolvedStyles.get(sheet)
  if (!cache) resolvedStyles.set(sheet, (cache = new Map()))
  const key = styleId ?? ''
  let style = cache.get(key)
  if (!style) {
    const names = chainNames(sheet, styleId)
    style = { format: chainFormat(sheet, styleId), names, cite: names.some((name) => CITE_STYLE.test(name)) }
    cache.set(key, style)
  }
  return style
}

/** Word's default paragraph style: the one marked w:default, which is "Normal" in practice. */
function defaultParagraphStyle(sheet: StyleSheet): string | null {
  return sheet.byId.has('Normal') ? 'Normal' : null
}
