/**
 * The brief builder in the web mode: opened from a motion's header, its options change the live
 * preview, and Word, PDF and Markdown download with every card's text exactly as stored. The
 * downloaded files are read the way an outside tool reads them (unzip, pdftotext), and the PDF's
 * first pages are rendered to test-results/brief/ for a person to look at.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Download, type Page } from '@playwright/test'
import { screensAllSizes } from '../support/screens'
import { watchConsole, watchDialogs } from '../support/slice'
import { startWebMode, tempDataDir } from '../support/web-mode'

const BP = 'This House believes California should secede from the United States.'
const OUT = 'test-results/brief'

interface PackFile {
  claims: Array<{ motionId: string; evidence?: string[] }>
  quotes: Array<{ id: string; text: string }>
}

/** The BP motion's card texts, read from the starter pack file itself. */
function bpCardTexts(): string[] {
  const pack = JSON.parse(readFileSync('data/packs/california-secession.casebook', 'utf8')) as PackFile
  const ids = new Set(pack.claims.filter((c) => c.motionId === 'bp-secede').flatMap((c) => c.evidence ?? []))
  return pack.quotes.filter((q) => ids.has(q.id)).map((q) => q.text)
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** word/document.xml's text, a paragraph a line, as unzip and the XML give it. */
function docxText(file: string): string {
  const xml = execFileSync('/usr/bin/unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8')
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
  return paragraphs
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => m[1] as string).join(''))
    .join('\n')
    .replace(/&(#\d+|[a-z]+);/g, (all, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? all)))
}

/** PDF text and card text made comparable: page-number lines and all whitespace (line wrapping) dropped. */
function comparable(text: string): string {
  return text.replace(/^\s*\d+\s*$/gm, '').replace(/\s+/g, '').normalize('NFC')
}

async function download(page: Page, button: string, saveAs: string): Promise<{ file: string; download: Download }> {
  const builder = page.getByRole('dialog', { name: 'Brief' })
  const waiting = page.waitForEvent('download', { timeout: 60_000 })
  await builder.getByRole('group', { name: 'Export' }).getByRole('button', { name: button, exact: true }).click()
  const done = await waiting
  const file = `${OUT}/${saveAs}`
  await done.saveAs(file)
  return { file, download: done }
}

/**
 * Console errors of the app. Playwright's own script, injected into the preview's frame to find
 * elements there, is refused by the frame's sandbox and says so; that refusal is the sandbox
 * working (what the preview itself holds is checked element by element below).
 */
function appErrors(errors: string[]): string[] {
  return errors.filter((e) => !e.startsWith("Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed"))
}

/** Calls the API as the page does, with the session cookie the printed address gave. */
async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, input]) => {
      const response = await fetch('/api/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, input }) })
      const outcome = await response.json()
      if (!outcome.ok) throw new Error(outcome.error.message)
      return outcome.data
    },
    [name, input] as const
  ) as Promise<T>
}

test('the brief builder previews what it will export, and Word, PDF and Markdown hold every card exactly', async ({ page }) => {
  test.setTimeout(180_000)
  mkdirSync(OUT, { recursive: true })
  const server = await startWebMode(tempDataDir(), [], { starterPack: true })
  const errors = watchConsole(page)
  await page.goto(server.url)
  await page.getByRole('navigation', { name: 'Motions' }).getByRole('button', { name: new RegExp(BP.slice(0, 40)) }).click()
  await page.getByRole('button', { name: 'Brief…' }).click()

  const builder = page.getByRole('dialog', { name: 'Brief' })
  await expect(builder).toBeVisible()
  const frame = builder.locator('iframe[title="Brief preview"]')
  await expect(frame).toHaveAttribute('sandbox', '')
  const preview = frame.contentFrame()
  const texts = bpCardTexts()
  const sample = texts[0] as string

  // Both sides, with card text, blocks and a bibliography, by default.
  await expect(preview.getByRole('heading', { level: 1, name: 'Gov: for the motion' })).toBeVisible()
  await expect(preview.getByRole('heading', { level: 1, name: 'Opp: against the motion' })).toBeAttached()
  await expect(preview.locator('p.text').filter({ hasText: sample }).first()).toBeAttached()
  await expect(preview.getByRole('heading', { level: 1, name: 'References' })).toBeAttached()
  const counts = builder.locator('.brief-counts')
  const bothCounts = await counts.textContent()

  // One side: the other side's section goes, and the counts follow.
  await builder.getByRole('radio', { name: /^Opp: against the motion/ }).check()
  await expect(preview.getByRole('heading', { level: 1, name: 'Gov: for the motion' })).toHaveCount(0)
  await expect(preview.getByRole('heading', { level: 1, name: 'Opp: against the motion' })).toBeVisible()
  await expect(counts).not.toHaveText(bothCounts ?? '')
  await builder.getByRole('radio', { name: /^Both: Gov and Opp/ }).check()

  // Tags and cites only, then card text back; MLA; the author on the title page.
  await builder.getByRole('checkbox', { name: /^Card text/ }).uncheck()
  await expect(preview.locator('p.text')).toHaveCount(0)
  await expect(preview.locator('p.cite').first()).toBeAttached()
  await builder.getByRole('checkbox', { name: /^Card text/ }).check()
  await expect(preview.locator('p.text').first()).toBeAttached()
  await builder.getByRole('combobox', { name: /^Citation style/ }).selectOption('mla')
  await expect(preview.getByRole('heading', { level: 1, name: 'Works Cited' })).toBeAttached()
  await builder.getByLabel('Author', { exact: true }).fill('Ada Okafor')
  await builder.getByLabel('Date', { exact: true }).fill('14 March 2026')
  await expect(preview.getByText('Prepared by Ada Okafor')).toBeVisible()
  await builder.getByRole('combobox', { name: /^Depth/ }).selectOption('1')
  await expect(preview.getByRole('heading', { level: 2, name: 'Blocks' })).toHaveCount(0)
  await builder.getByRole('combobox', { name: /^Depth/ }).selectOption('all')
  await expect(preview.getByRole('heading', { level: 2, name: 'Blocks' }).first()).toBeAttached()
  await screensAllSizes(page, 'brief-builder')

  // Word: the card texts in word/document.xml.
  const word = await download(page, 'Word', 'starter-bp.docx')
  expect(word.download.suggestedFilename()).toMatch(/^This-House-believes-California.*-Gov-and-Opp\.docx$/)
  const docx = docxText(word.file)
  for (const text of texts) expect(docx.includes(text), text.slice(0, 60)).toBe(true)
  expect(docx).toContain('Prepared by Ada Okafor')

  // Markdown: every card text exactly, once the blockquotes are opened and HTML's three characters decoded.
  const md = await download(page, 'Markdown', 'starter-bp.md')
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' }
  const markdown = readFileSync(md.file, 'utf8')
    .replace(/^> ?/gm, '')
    .replace(/&(amp|lt|gt);/g, (entity) => entities[entity]!)
  for (const text of texts) expect(markdown.includes(text), text.slice(0, 60)).toBe(true)

  // PDF, printed by headless Chromium behind the web mode; read back by pdftotext in drawing order (-raw).
  const pdf = await download(page, 'PDF', 'starter-bp.pdf')
  expect(readFileSync(pdf.file).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pdfText = comparable(execFileSync('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', pdf.file, '-']).toString('utf8'))
  for (const text of texts) expect(pdfText.includes(comparable(text)), text.slice(0, 60)).toBe(true)
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf.file, `${OUT}/starter-bp`])

  // The web mode lists its downloads, with no "Show in folder" (there is no file manager to ask).
  const downloads = builder.getByRole('list', { name: 'Downloaded this session' })
  await expect(downloads.getByRole('listitem')).toHaveCount(3)
  await expect(downloads.getByRole('listitem').first()).toContainText('-Gov-and-Opp.pdf')
  await expect(builder.getByRole('button', { name: /Show .* in folder/ })).toHaveCount(0)
  await expect(builder.getByRole('status')).toContainText('Downloaded')
  // The preview scrolled to the first cards, to see them as they will print.
  await preview.getByRole('heading', { name: /^Contention 1:/ }).first().evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
  await downloads.scrollIntoViewIfNeeded()
  await screensAllSizes(page, 'brief-builder-exported')

  await page.keyboard.press('Escape')
  await expect(builder).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Brief…' })).toBeFocused()
  expect(appErrors(errors)).toEqual([])
  await server.stop()
})

test('markup in a motion’s text is shown as text in the preview, and nothing in it runs', async ({ page }) => {
  const server = await startWebMode(tempDataDir())
  const errors = watchConsole(page)
  const dialogs = watchDialogs(page)
  await page.goto(server.url)
  const evil = '<img src=x onerror="parent.__pwned=1;alert(1)"><script>parent.__pwned=2</script>'
  const motion = await callApi<{ id: string }>(page, 'motion.create', { title: `Motion ${evil}` })
  const claim = await callApi<{ claimId: string }>(page, 'claim.add', { motionId: motion.id, parentId: null, stance: 'pro', title: `Claim ${evil}`, body: evil })
  const source = await callApi<{ id: string }>(page, 'source.create', { kind: 'web', title: `Source ${evil}` })
  const quote = await callApi<{ id: string }>(page, 'quote.create', { sourceId: source.id, text: `Card ${evil}`, tag: `Tag ${evil}` })
  await callApi(page, 'claim.link', { claimId: claim.claimId, quoteId: quote.id, linked: true })
  await page.reload()
  await page.getByRole('navigation', { name: 'Motions' }).getByRole('button', { name: /^Motion </ }).click()
  await page.getByRole('button', { name: 'Brief…' }).click()
  const preview = page.getByRole('dialog', { name: 'Brief' }).locator('iframe[title="Brief preview"]').contentFrame()
  await expect(preview.getByRole('heading', { level: 1, name: `Motion ${evil}` })).toBeVisible()
  await expect(preview.locator('p.text')).toHaveText(`Card ${evil}`)
  await expect(preview.locator('p.tag')).toHaveText(`Tag ${evil}`)
  expect(await preview.locator('img, script').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
  expect(appErrors(errors)).toEqual([])
  await server.stop()
})
