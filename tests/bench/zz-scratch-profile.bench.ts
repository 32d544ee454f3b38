// Scratch: not part of the deliverable (deleted after use).
import { chromium } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bench } from 'vitest'
import { createLibrarySerializer } from '../../electron/main/store/serialize'
import { chromiumLaunchOptions } from '../support/chromium'
import { generateLibrary } from '../support/generate'
import { startWebMode, tempDataDir } from '../support/web-mode'

bench('profile', async () => {
  const dir = tempDataDir('casebook-prof-')
  writeFileSync(join(dir, 'casebook.json'), createLibrarySerializer()(generateLibrary(5000)))
  const server = await startWebMode(dir)
  const browser = await chromium.launch(chromiumLaunchOptions())
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(server.url)
  await page.locator('[role="treeitem"]').first().click()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
  await cdp.send('Profiler.start')
  const times = await page.evaluate(`(async () => {
    const tree = document.querySelector('[role="tree"]'); const out = []
    for (let i = 0; i < 150; i++) {
      const ch = new MessageChannel(); const p = new Promise(r => ch.port1.onmessage = r)
      const t0 = performance.now()
      tree.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }))
      ch.port2.postMessage(null); await p; out.push(performance.now() - t0)
      await new Promise(r => setTimeout(r, 20))
    }
    return out })()`) as number[]
  const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }[]; samples: number[]; timeDeltas: number[] } }
  const self = new Map<string, number>()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const total = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    const n = byId.get(id)!
    const key = (x: typeof n) => `${x.callFrame.functionName || '(anon)'}:${x.callFrame.lineNumber}`
    self.set(key(n), (self.get(key(n)) ?? 0) + dt)
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!)
      if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + dt) }
    }
  })
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1).padStart(8)} ${k}`).join('\n')
  const sorted = [...times].sort((a, b) => a - b)
  console.log('median', sorted[75], 'p95', sorted[142], 'max', sorted[149])
  console.log('SELF\n' + top(self) + '\nTOTAL\n' + top(total))
  await browser.close(); await server.stop()
}, { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 })
