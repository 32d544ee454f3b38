import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../shared/brief/docx'
import { BRIEF_CSS, escapeHtml, renderHtml } from '../../../shared/brief/html'
import { escapeMarkdown, MARKDOWN_HEADER, quoteMarked, quoteVerbatim, renderMarkdown } from '../../../shared/brief/markdown'
import { docxParagraphs, docxPart, htmlText } from './extract'
import { sampleCard, sampleClaim, sampleDocument } from './sample'

describe('Markdown', () => {
  it('escapes what would change the meaning of the user’s words', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) <e> `f` # g | h ~i~ & \\')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\# g \\| h \\~i\\~ \\& \\\\')
    expect(['- x', '+ x', '= x', '12. x', '3) x', '  - x'].map(escapeMarkdown)).toEqual(['\\- x', '\\+ x', '\\= x', '12\\. x', '3\\) x', '  \\- x'])
    // Harmless in the middle of a line: left alone, so ordinary text stays readable.
    expect(escapeMarkdown('Art. IV, § 3 — 1.5 - 2 + 3 = 6')).toBe('Art. IV, § 3 — 1.5 - 2 + 3 = 6')
  })

  it('quotes card text verbatim, one "> " per line and ">" for an empty one', () => {
    expect(quoteVerbatim('*a*\n\n# b\n  c')).toBe('> *a*\n>\n> # b\n>   c')
  })

  it('keeps a pack’s markup as text when the .md is rendered, card text included, and shows it as written', () => {
    const attacks = ['<svg onload=alert(1)>', '<img src=x onerror=alert(2)>', '<script>alert(3)</script>']
    const cardText = `${attacks[0]}\n\n${attacks[1]} &amp; &lt;b&gt; mid-line\n> ${attacks[2]}`
    const card = sampleCard({ tag: attacks[1]!, note: attacks[2]!, text: [{ text: cardText, underline: false, highlight: false }] })
    const doc = sampleDocument({ title: { ...sampleDocument().title, motion: attacks[0]!, author: attacks[1]! } })
    doc.sections[0]!.contentions = [sampleClaim({ tag: attacks[2]!, body: attacks[0]!, notes: attacks[1]!, cards: [card] })]
    // marked, like most renderers, passes raw HTML through: only escaping keeps it text.
    const html = marked.parse(renderMarkdown(doc), { async: false })
    expect(html).not.toMatch(/<(svg|img|script)/i)
    const shown = htmlText(`<body>${html}</body>`)
    for (const attack of attacks) expect(shown).toContain(attack)
    // The card's lines, as a renderer shows them: the stored characters, entities and ">" included.
    for (const line of cardText.split('\n').filter(Boolean)) expect(shown).toContain(line)
  })

  it('lays out the brief: title, side, numbered contentions, nested claims, blocks, bibliography', () => {
    const md = renderMarkdown(sampleDocument())
    expect(md.split('\n\n')).toEqual([
      MARKDOWN_HEADER,
      '# THBT states may secede',
      'Lincoln-Douglas · Aff',
      'Prepared by Zoë Ng',
      '14 March 2026',
      '---',
      '# Aff: for the motion',
      '## Contention 1: Consent',
      'Why it holds.',
      '**Consent can be withdrawn**',
      '**Smith 2024** \\[Ann Smith, Professor of Law, “On Consent”, Law Review, 2024-05-01, p. 4\\]',
      '> The people <mark><u>may withdraw</u></mark><u> what they </u>gave.',
      '### Locke agrees',
      '#### Second Treatise',
      '## Contention 2: Self-determination',
      '## Blocks',
      '### AT: The union is perpetual',
      '#### Perpetual is not forever',
      '**Consent can be withdrawn**',
      '**Smith 2024** \\[Ann Smith, Professor of Law, “On Consent”, Law Review, 2024-05-01, p. 4\\]',
      '*Altered: this card’s text differs from its source*',
      '> The people <mark><u>may withdraw</u></mark><u> what they </u>gave.',
      '# References',
      '- Smith, A. (2024). On consent. Law Review.',
      '## Constitutions, cases and statutes',
      '- U.S. Const.\n'
    ])
  })

  it('writes underline as <u>, highlight as <mark>, closed at each line’s end, and says so in its first line', () => {
    const doc = sampleDocument()
    const text = [
      { text: 'Read ', underline: false, highlight: false },
      { text: 'this <b> part', underline: true, highlight: false },
      { text: ' and\n\nthis', underline: true, highlight: true },
      { text: ' too.', underline: false, highlight: false }
    ]
    doc.sections[0]!.contentions = [sampleClaim({ cards: [sampleCard({ text })] })]
    doc.sections[0]!.blocks = null
    const md = renderMarkdown(doc)
    expect(md.split('\n')[0]).toMatch(/^<!-- .*<u>like this<\/u>.*<mark>like this<\/mark>.* -->$/)
    expect(md).toContain('> Read <u>this &lt;b&gt; part</u><mark><u> and</u></mark>\n>\n> <mark><u>this</u></mark> too.')
    // A renderer shows the marks as underline and highlight, and the card's own "<b>" as text.
    const html = marked.parse(md, { async: false })
    expect(html).toContain('<u>this &lt;b&gt; part</u>')
    expect(html).toContain('<mark><u>this</u></mark> too.')
  })

  it('writes stressed words as <b>, words not read as <small>, and a highlight’s colour as its title', () => {
    const md = quoteMarked([
      { text: 'Not read ', underline: false, highlight: false, shrunk: true },
      { text: 'stressed', underline: true, highlight: true, emphasis: true, color: 'cyan' },
      { text: ' yellow', underline: false, highlight: true }
    ])
    expect(md).toBe('> <small>Not read </small><mark title="cyan"><u><b>stressed</b></u></mark><mark> yellow</mark>')
    expect(MARKDOWN_HEADER).toMatch(/<b>like this<\/b>.*<small>like this<\/small>/)
  })

  it('marks a block the brief has no answer to yet as unanswered', () => {
    const doc = sampleDocument()
    doc.sections[0]!.blocks = [{ answering: { id: 'x2', tag: 'Secession is treason' }, answers: [], unanswered: true }]
    expect(renderMarkdown(doc)).toContain('### AT: Secession is treason (unanswered)')
    expect(htmlText(renderHtml(doc))).toContain('AT: Secession is treason (unanswered)')
  })

  it('prints tag and cite alone without card text, and notes when there are some', () => {
    const doc = sampleDocument()
    const section = doc.sections[0]!
    section.contentions = [sampleClaim({ notes: 'Lead with this.', cards: [sampleCard({ text: null, note: 'Read slowly.' })] })]
    section.blocks = null
    const md = renderMarkdown(doc)
    expect(md).not.toContain('\n> ')
    expect(md).toContain('**Consent can be withdrawn**\n\n**Smith 2024**')
    expect(md).toContain('*Notes:* Lead with this.')
    expect(md).toContain('*Notes:* Read slowly.')
  })

  it('makes claims deeper than six levels bold lines, as Markdown has no seventh heading', () => {
    let claim = sampleClaim({ id: 'deep', tag: 'Deepest' })
    for (let level = 6; level >= 1; level--) claim = sampleClaim({ id: `d${level}`, tag: `Level ${level}`, children: [claim] })
    const md = renderMarkdown(sampleDocument({ sections: [{ ...sampleDocument().sections[0]!, contentions: [claim], blocks: null }] }))
    expect(md).toContain('###### Level 5')
    expect(md).toContain('**Level 6**')
    expect(md).toContain('**Deepest**')
  })
})

describe('HTML', () => {
  it('escapes every character HTML gives meaning, and a carriage return the parser would change', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\r`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;&#13;')
  })

  it('is one page with its own CSS, no scripts and a policy forbidding any', () => {
    const html = renderHtml(sampleDocument())
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).not.toMatch(/<script|<link|src=|url\(/i)
  })

  it('keeps a tag with its cite and headings with what follows when printed, and numbers the pages', () => {
    expect(BRIEF_CSS).toMatch(/\.card-head \{[^}]*break-inside: avoid[^}]*break-after: avoid/)
    expect(BRIEF_CSS).toMatch(/\.tag \{[^}]*break-after: avoid/)
    expect(BRIEF_CSS).toMatch(/\.cite \{[^}]*break-after: avoid/)
    expect(BRIEF_CSS).toMatch(/h1, h2, h3, h4, h5, h6 \{[^}]*break-after: avoid/)
    expect(BRIEF_CSS).toMatch(/@page \{[^@]*@bottom-center \{ content: counter\(page\)/)
    const html = renderHtml(sampleDocument())
    expect(html).toContain('<div class="card-head">\n<p class="tag">Consent can be withdrawn</p>\n<p class="cite"><strong>Smith 2024</strong> [Ann Smith')
  })

  it('marks underlined and highlighted runs, with nothing added inside the card text', () => {
    const html = renderHtml(sampleDocument())
    expect(html).toContain('<p class="text">The people <u><mark>may withdraw</mark></u><u> what they </u>gave.</p>')
    expect(html).toContain('<p class="altered">Altered: this card’s text differs from its source</p>')
  })

  it('marks stressed words, colours and shrunk words, and makes unread words small only in a shrinking brief', () => {
    const doc = sampleDocument()
    const text = [
      { text: 'Not read ', underline: false, highlight: false },
      { text: 'stressed', underline: true, highlight: true, emphasis: true as const, color: 'green' },
      { text: ' small', underline: false, highlight: false, shrunk: true as const }
    ]
    doc.sections[0]!.contentions = [sampleClaim({ cards: [sampleCard({ text })] })]
    expect(renderHtml(doc)).toContain('<p class="text">Not read <u><mark class="hl-green"><strong class="emphasis">stressed</strong></mark></u><small class="shrunk"> small</small></p>')
    doc.options = { ...doc.options, shrinkUnreadTo: 7 }
    const html = renderHtml(doc)
    expect(html).toContain('<p class="text shrink-7"><span class="unread">Not read </span><u>')
    expect(html).toMatch(/\.text\.shrink-7 \.unread[^{]*\{ font-size: 7pt; \}/)
    expect(htmlText(html)).toContain('Not read stressed small')
  })

  it('shows user text as text: a tag that looks like markup stays words', () => {
    const doc = sampleDocument()
    doc.title.motion = '<img src=x onerror=alert(1)> & “quotes”'
    doc.sections[0]!.contentions[0]!.cards[0]!.tag = '</p><script>alert(2)</script>'
    const html = renderHtml(doc)
    expect(html).not.toMatch(/<img|<script/)
    expect(htmlText(html)).toContain('<img src=x onerror=alert(1)> & “quotes”')
    expect(htmlText(html)).toContain('</p><script>alert(2)</script>')
  })
})

describe('DOCX', () => {
  it('uses Verbatim’s levels: side a Pocket, contentions and "Blocks" Hats, claims beneath them and each block Blocks', async () => {
    const xml = docxPart(await renderDocx(sampleDocument()), 'word/document.xml')
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d)"\/>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((m) => [
      m[1],
      docxParagraphs(m[0])[0]
    ])
    expect(headings).toEqual([
      ['Heading1', 'Aff: for the motion'],
      ['Heading2', 'Contention 1: Consent'],
      ['Heading4', 'Consent can be withdrawn'],
      ['Heading3', 'Locke agrees'],
      ['Heading3', 'Second Treatise'],
      ['Heading2', 'Contention 2: Self-determination'],
      ['Heading2', 'Blocks'],
      ['Heading3', 'AT: The union is perpetual'],
      ['Heading3', 'Perpetual is not forever'],
      ['Heading4', 'Consent can be withdrawn'],
      ['Heading1', 'References'],
      ['Heading2', 'Constitutions, cases and statutes']
    ])
  })

  it('sets the tag as a Tag, the author and date in the Cite style, and keeps the cite with the card', async () => {
    const xml = docxPart(await renderDocx(sampleDocument()), 'word/document.xml')
    expect(xml).toContain('<w:p><w:pPr><w:pStyle w:val="Heading4"/></w:pPr><w:r><w:t xml:space="preserve">Consent can be withdrawn</w:t></w:r></w:p>')
    expect(xml).toContain(
      '<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:rPr><w:rStyle w:val="Style13ptBold"/></w:rPr><w:t xml:space="preserve">Smith 2024</w:t></w:r><w:r><w:t xml:space="preserve"> [Ann Smith,'
    )
  })

  it('keeps underlined and highlighted runs of the card text, underline in Verbatim’s Underline style', async () => {
    const xml = docxPart(await renderDocx(sampleDocument()), 'word/document.xml')
    expect(xml).toContain('<w:r><w:rPr><w:rStyle w:val="StyleUnderline"/><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">may withdraw</w:t></w:r>')
    expect(xml).toContain('<w:r><w:rPr><w:rStyle w:val="StyleUnderline"/></w:rPr><w:t xml:space="preserve"> what they </w:t></w:r>')
  })

  it('opens with a title page and numbers the other pages in the footer', async () => {
    const bytes = await renderDocx(sampleDocument())
    const xml = docxPart(bytes, 'word/document.xml')
    expect(docxParagraphs(xml).slice(0, 5)).toEqual(['THBT states may secede', 'Lincoln-Douglas', 'Aff', 'Prepared by Zoë Ng', '14 March 2026'])
    expect(xml).toContain('<w:titlePg/>')
    // The side is a Pocket, whose style starts a new page.
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Aff: for the motion/)
    expect(docxPart(bytes, 'word/styles.xml')).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">(?:(?!<\/w:style>).)*<w:pageBreakBefore\/>/)
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((part) => docxPart(bytes, part))
    expect(footers.some((footer) => footer.includes('<w:instrText xml:space="preserve">PAGE</w:instrText>'))).toBe(true)
  })

  it('ends with the bibliography, each entry with a hanging indent', async () => {
    const xml = docxPart(await renderDocx(sampleDocument()), 'word/document.xml')
    const paragraphs = docxParagraphs(xml)
    expect(paragraphs.slice(-4)).toEqual(['References', 'Smith, A. (2024). On consent. Law Review.', 'Constitutions, cases and statutes', 'U.S. Const.'])
    expect(xml).toMatch(/<w:ind w:left="720" w:hanging="720"\/>(?:(?!<\/w:p>).)*Smith, A\. \(2024\)/)
  })

  it('writes one paragraph per line of card text, and leaves out only what XML cannot hold', async () => {
    const doc = sampleDocument()
    doc.sections[0]!.contentions = [
      sampleClaim({ cards: [sampleCard({ text: [{ text: 'one\n\nthree\u0007 & <four>', underline: false, highlight: false }] })] })
    ]
    const paragraphs = docxParagraphs(docxPart(await renderDocx(doc), 'word/document.xml'))
    const at = paragraphs.indexOf('one')
    expect(paragraphs.slice(at, at + 3)).toEqual(['one', '', 'three & <four>'])
  })
})
