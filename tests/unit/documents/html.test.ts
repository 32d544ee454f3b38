/**
 * Saved web pages: the article's text as a reader sees it, nothing of the page run or fetched,
 * the page furniture left out, and the metadata pages state (malformed JSON-LD included).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { extractHtml } from '../../../shared/documents/html'

const page = (html: string) => extractHtml(new TextEncoder().encode(html), 'page.html')
const texts = async (html: string) => (await page(html)).units.map((unit) => unit.text)

/** Enough prose for Readability to take the element holding it as the article. */
const PROSE = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1} of the article argues, at some length and with evidence, that the union of the states is perpetual, as the Court held in 1869.</p>`).join('\n')

describe('the text as a reader sees it', () => {
  it('collapses white space within a paragraph, keeps <br> as a line break, decodes entities', async () => {
    const units = await texts(`<html><body><article>
      <h1>The   heading</h1>
      <p>  Words\n   across   <b>inline</b><i> elements</i>,&nbsp;entities &amp; &#8220;quotes&#8221;,<br>  a second line.  </p>
      <p>Soft&shy;hyphen and zero&#8203;width are never drawn.</p>
      <pre>  keep   this
    spacing</pre>
      <ul><li>one item</li><li><p>a paragraph in an item</p></li></ul>
      <blockquote>A quoted block.</blockquote>
      <table><tr><td>cell one</td><td>cell two</td></tr></table>
    </article></body></html>`)
    expect(units).toEqual([
      'Words across inline elements, entities & “quotes”,\na second line.',
      'Softhyphen and zerowidth are never drawn.',
      '  keep   this\n    spacing',
      'one item',
      'a paragraph in an item',
      'A quoted block.',
      'cell one',
      'cell two'
    ])
  })

  it('headings name the paragraphs beneath them, and are not paragraphs', async () => {
    const document = await page(`<body><h2>Facts</h2><p>One.</p><h3>More <em>facts</em></h3><p>Two.</p></body>`)
    expect(document.units).toEqual([
      { id: 'para-1', label: '¶ 1', heading: 'Facts', text: 'One.' },
      { id: 'para-2', label: '¶ 2', heading: 'More facts', text: 'Two.' }
    ])
  })
})

describe('nothing in the page runs or loads', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    delete (globalThis as { pageScriptRan?: boolean }).pageScriptRan
  })

  it('scripts, handlers, images and frames are never run or fetched, and their text is not kept', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network')))
    vi.stubGlobal('fetch', fetchSpy)
    const units = await texts(`<html><head><script>globalThis.pageScriptRan = true</script>
      <link rel="stylesheet" href="https://example.org/a.css"></head>
      <body onload="globalThis.pageScriptRan = true"><article>${PROSE}
      <img src="https://example.org/tracker.png" onerror="globalThis.pageScriptRan = true">
      <iframe src="https://example.org/ad.html"></iframe>
      <script>document.write('injected text')</script><noscript>Enable JavaScript</noscript>
      </article></body></html>`)
    expect((globalThis as { pageScriptRan?: boolean }).pageScriptRan).toBeUndefined()
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(units.join(' ')).not.toMatch(/injected text|Enable JavaScript|pageScriptRan/u)
    expect(units).toHaveLength(6)
  })
})

describe('the article, not the page around it', () => {
  it('leaves out menus, teasers and footers around an article', async () => {
    const units = await texts(`<body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <header><p>Subscribe to our newsletter for the latest stories</p></header>
      <main><article>${PROSE}</article></main>
      <aside class="related"><h3>Most read</h3><ul><li><a href="/x">Celebrity does a thing you will not believe</a></li></ul></aside>
      <footer><p>Copyright 2025 Example Media. All rights reserved.</p></footer></body>`)
    expect(units).toHaveLength(6)
    expect(units.join(' ')).not.toMatch(/Home|Subscribe|Most read|Celebrity|Copyright/u)
  })

  it('with no article to find, keeps the visible text without navigation, and says so', async () => {
    const document = await page(`<body><nav>Home | About</nav><div>Short note.</div><footer>Footer text</footer></body>`)
    expect(document.units.map((unit) => unit.text)).toEqual(['Short note.'])
    expect(document.warnings).toEqual(['No article was found in this page, so its visible text was kept, less its navigation, header and footer: check it before cutting cards.'])
  })

  it('refuses a page with no visible text, naming the file', async () => {
    await expect(page('<html><head><title>Empty</title><script>x()</script></head><body> </body></html>')).rejects.toThrow('page.html has no text a reader would see')
  })
})

describe('metadata', () => {
  const withHead = (head: string) => page(`<html><head>${head}</head><body><article>${PROSE}</article></body></html>`)

  it('reads JSON-LD with trailing commas, raw line breaks, comments, several objects and an @graph of references', async () => {
    const { metadata, warnings } = await withHead(`<script type="application/ld+json"><!--
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "The Example Times",},
        {"@type": ["NewsArticle"], "headline": "Line one
and line two", "author": {"@id": "#jane"}, "datePublished": "2024-02-29T23:30:00-05:00", "publisher": {"@id": "#org"},},
        {"@type": "Person", "@id": "#jane", "name": "Jane van der Berg"},
        {"@type": "Organization", "@id": "#org", "name": "Example Media Group"},
      ]}
      {"@type": "BreadcrumbList"}
    --></script>`)
    expect(warnings).toEqual([])
    expect(metadata.title).toEqual({ value: 'Line one and line two', from: 'JSON-LD headline' })
    expect(metadata.authors).toEqual({ value: [{ given: 'Jane', family: 'van der Berg' }], from: 'JSON-LD author' })
    // The day the page states, not the day in UTC.
    expect(metadata.date).toEqual({ value: '2024-02-29', from: 'JSON-LD datePublished' })
    expect(metadata.publisher).toEqual({ value: 'Example Media Group', from: 'JSON-LD publisher' })
    expect(metadata.kind).toEqual({ value: 'article', from: 'JSON-LD @type NewsArticle' })
  })

  it('reads HTML entities written into JSON-LD strings as the characters they stand for', async () => {
    const { metadata } = await withHead('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "It&#8217;s &quot;done&quot; &amp; dusted &#x2014; or not", "author": "Jane Doe"}</script>')
    expect(metadata.title).toEqual({ value: 'It’s "done" & dusted — or not', from: 'JSON-LD headline' })
  })

  it('JSON-LD that cannot be read is a warning, never an error: the page and its other fields still come in', async () => {
    const document = await withHead(`<title>Plain title | Example</title><meta property="og:site_name" content="Example">
      <script type="application/ld+json">{"@type": "Article", "headline": "Not used"} trailing ) junk</script>`)
    expect(document.warnings).toEqual(["A block of the page's JSON-LD metadata could not be read, so the fields in it were not used."])
    expect(document.metadata.title).toEqual({ value: 'Plain title', from: '<title>' })
    expect(document.units).toHaveLength(6)
  })

  it('authors: "Family, Given" and "Given Family" split; organisations kept whole', async () => {
    const { metadata } = await withHead(`<meta name="citation_author" content="Gillmor, Daniel Kahn"><meta name="citation_author" content="Ruth Bader Ginsburg"><meta name="citation_author" content="World Health Organization">`)
    expect(metadata.authors?.value).toEqual([{ family: 'Gillmor', given: 'Daniel Kahn' }, { given: 'Ruth Bader', family: 'Ginsburg' }, { literal: 'World Health Organization' }])
    const byline = await withHead(`<meta name="author" content="Jane Doe and John Smith"><meta property="article:author" content="https://www.facebook.com/someone">`)
    expect(byline.metadata.authors).toEqual({ value: [{ given: 'Jane', family: 'Doe' }, { given: 'John', family: 'Smith' }], from: 'meta author' })
  })

  it('Dublin Core and OpenGraph when there are no citation tags; a site suffix leaves the title', async () => {
    const { metadata } = await withHead(`<meta name="DC.title" content="A Dublin Core title"><meta name="dc.creator" content="Doe, Jane"><meta name="dc.date" content="2020-05-01">
      <meta property="og:url" content="https://example.org/a"><meta property="og:site_name" content="Nature"><title>Ignored | Nature</title>`)
    expect(metadata.title).toEqual({ value: 'A Dublin Core title', from: 'meta dc.title' })
    expect(metadata.authors).toEqual({ value: [{ family: 'Doe', given: 'Jane' }], from: 'meta dc.creator' })
    expect(metadata.date).toEqual({ value: '2020-05-01', from: 'meta dc.date' })
    expect(metadata.url).toEqual({ value: 'https://example.org/a', from: 'og:url' })
    const og = await withHead(`<meta property="og:title" content="Story — The Guardian"><meta property="og:site_name" content="The Guardian"><meta property="article:published_time" content="2019-01-02T03:04:05Z">`)
    expect(og.metadata.title).toEqual({ value: 'Story', from: 'og:title' })
    expect(og.metadata.date).toEqual({ value: '2019-01-02', from: 'article:published_time' })
    expect(og.metadata.container).toEqual({ value: 'The Guardian', from: 'og:site_name' })
  })

  it("Parse.ly tags when nothing else states a field; the page's own byline as the last resort for authors", async () => {
    const parsely = await withHead('<meta name="parsely-title" content="Some Other Title"><meta name="parsely-author" content="Jane Doe"><meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">')
    expect(parsely.metadata.title).toEqual({ value: 'Some Other Title', from: 'meta parsely-title' })
    expect(parsely.metadata.authors).toEqual({ value: [{ given: 'Jane', family: 'Doe' }], from: 'meta parsely-author' })
    expect(parsely.metadata.date).toEqual({ value: '2024-04-20', from: 'meta parsely-pub-date' })
    const byline = await page(`<html><head><title>Attack</title></head><body><article><div class="byline">By Erin Cunningham</div>${PROSE}</article></body></html>`)
    expect(byline.metadata.authors).toEqual({ value: [{ given: 'Erin', family: 'Cunningham' }], from: 'the byline on the page' })
    expect(byline.units.map((unit) => unit.text).join(' ')).not.toContain('Erin Cunningham')
  })

  it('reads the encoding the page declares', async () => {
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body><p>')
    const tail = new TextEncoder().encode('</p></body></html>')
    const bytes = new Uint8Array([...head, 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, ...tail])
    expect((await extractHtml(bytes, 'old.htm')).units[0]?.text).toBe('“Café”')
  })
})
