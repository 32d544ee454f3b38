/**
 * The Word brief's styles.xml, in Verbatim's conventions (Debate.dotm, as its users' files
 * carry it): Pocket, Hat, Block and Tag are Word's built-in Heading 1 to 4 under those aliases,
 * with their outline levels, so Verbatim's navigation pane and macros find them; the cite's
 * author and date are the "Style 13 pt Bold" character style under its alias Cite; read-aloud
 * words the "Style Underline" character style (alias Underline); stressed words Word's built-in
 * Emphasis, which Verbatim redefines as bold, underlined and boxed. Ids and names are the ones
 * Verbatim files use (Heading1…Heading4, Style13ptBold, StyleUnderline, Emphasis); the look
 * follows Verbatim's. Each style is defined once.
 */

/** Style ids a Verbatim file uses, and the brief writes. */
export const VERBATIM_STYLES = {
  pocket: 'Heading1',
  hat: 'Heading2',
  block: 'Heading3',
  tag: 'Heading4',
  cite: 'Style13ptBold',
  underline: 'StyleUnderline',
  emphasis: 'Emphasis'
} as const

const FONT = 'Calibri'

interface HeadingStyle {
  id: string
  name: string
  alias: string
  level: number
  /** Half-points. */
  size: number
  paragraph: string
  run: string
}

const HEADINGS: HeadingStyle[] = [
  {
    id: VERBATIM_STYLES.pocket,
    name: 'heading 1',
    alias: 'Pocket',
    level: 0,
    size: 52,
    paragraph:
      '<w:pageBreakBefore/><w:pBdr><w:top w:val="single" w:sz="24" w:space="1" w:color="auto"/><w:left w:val="single" w:sz="24" w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="24" w:space="1" w:color="auto"/><w:right w:val="single" w:sz="24" w:space="4" w:color="auto"/></w:pBdr><w:spacing w:before="240" w:after="0"/><w:jc w:val="center"/>',
    run: ''
  },
  { id: VERBATIM_STYLES.hat, name: 'heading 2', alias: 'Hat', level: 1, size: 44, paragraph: '<w:pageBreakBefore/><w:spacing w:before="40" w:after="0"/><w:jc w:val="center"/>', run: '<w:u w:val="double"/>' },
  { id: VERBATIM_STYLES.block, name: 'heading 3', alias: 'Block', level: 2, size: 32, paragraph: '<w:pageBreakBefore/><w:spacing w:before="40" w:after="0"/><w:jc w:val="center"/>', run: '<w:u w:val="single"/>' },
  { id: VERBATIM_STYLES.tag, name: 'heading 4', alias: 'Tag', level: 3, size: 26, paragraph: '<w:spacing w:before="40" w:after="0"/>', run: '' }
]

function headingStyle(h: HeadingStyle): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${h.id}"><w:name w:val="${h.name}"/><w:aliases w:val="${h.alias}"/>` +
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="${h.level + 1}"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/>${h.paragraph}<w:outlineLvl w:val="${h.level}"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:sz w:val="${h.size}"/><w:szCs w:val="${h.size}"/>${h.run}</w:rPr></w:style>`
  )
}

function characterStyle(id: string, name: string, alias: string | null, run: string): string {
  const aliases = alias ? `<w:aliases w:val="${alias}"/>` : ''
  return `<w:style w:type="character" w:customStyle="${id === VERBATIM_STYLES.emphasis ? 0 : 1}" w:styleId="${id}"><w:name w:val="${name}"/>${aliases}<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="5"/><w:qFormat/><w:rPr>${run}</w:rPr></w:style>`
}

/** Footers, tables and lists need Word's defaults; these are Word's own minimal definitions. */
const WORD_DEFAULTS = [
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
]

/** The whole styles part, as docx's `externalStyles` takes it. */
export function verbatimStylesXml(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`,
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:aliases w:val="Normal/Card"/><w:qFormat/></w:style>',
    ...HEADINGS.map(headingStyle),
    ...WORD_DEFAULTS,
    characterStyle(VERBATIM_STYLES.cite, 'Style 13 pt Bold', 'Cite', '<w:b/><w:bCs/><w:sz w:val="26"/><w:u w:val="none"/>'),
    characterStyle(VERBATIM_STYLES.underline, 'Style Underline', 'Underline', '<w:b w:val="0"/><w:sz w:val="22"/><w:u w:val="single"/>'),
    characterStyle(
      VERBATIM_STYLES.emphasis,
      'Emphasis',
      null,
      '<w:b/><w:bCs/><w:i w:val="0"/><w:sz w:val="22"/><w:u w:val="single"/><w:bdr w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    ),
    '</w:styles>'
  ].join('')
}
