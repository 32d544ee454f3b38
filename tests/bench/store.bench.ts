/**
 * The store on a 10,000-claim motion: time to open, and time from an edit to the data being
 * on disk (synced: temporary file, fsync, rename, fsync of the folder), next to a program that
 * writes the same library as carefully but plainly: JSON.stringify + write + fsync. Targets:
 * open <= 300 ms; edit-to-disk p95 <= 1.5 x that. The same write without fsync is printed
 * too, to show what the fsync itself costs on this disk.
 *
 * Then edit-to-disk through the app's API on a 1,000-claim library with 50 imported documents
 * (their texts ~70 KB each in texts/) and on the same library without them, edits alternating
 * between the two so the machine's load weighs on both alike. Target: the p95 unchanged within
 * noise (a bootstrap interval of the difference that holds 0).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, bench, describe } from 'vitest'
import { createApi, type Api } from '../../electron/main/api'
import { createLibrarySerializer } from '../../electron/main/store/serialize'
import { Store } from '../../electron/main/store/store'
import { PRIVATE_FILE, writeFileAtomic } from '../../electron/write-whole'
import { systemEnv } from '../../shared/operations/change'
import { editClaim } from '../../shared/operations/claims'
import { generateLibrary } from '../support/generate'
import { ms, quantile, quantileDifferenceInterval } from '../support/stats'
import { writeAndSync } from '../support/synced-write'
import { generatedDocument } from './generated-documents'

const CLAIMS = 10_000
const library = generateLibrary(CLAIMS)
// The exact text the store writes, so the plain write below is of the same bytes.
const json = createLibrarySerializer()(library)
const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-'))
writeFileSync(join(dir, 'casebook.json'), json)

const samples = {
  open: [] as number[],
  edit: [] as number[],
  plain: [] as number[],
  stringifyAndWrite: [] as number[],
  stringifyWriteSync: [] as number[],
  atomicSynced: [] as number[]
}

let store: Store | null = null
let edits = 0

describe(`store, one motion of ${CLAIMS.toLocaleString('en')} claims (${(json.length / 1e6).toFixed(1)} MB)`, () => {
  bench(
    'open the store (parse, validate, back up)',
    async () => {
      const started = performance.now()
      const opened = await Store.open(dir, { holder: 'cli' })
      samples.open.push(performance.now() - started)
      await opened.close()
    },
    { iterations: 10, warmupIterations: 2 }
  )

  bench(
    'edit a claim, until it is on disk',
    async () => {
      store ??= await Store.open(dir, { holder: 'cli' })
      const claimId = `claim-${(edits++ * 7919) % CLAIMS}`
      const started = performance.now()
      await store.update((current) => editClaim(current, { claimId, title: `Edited ${edits}` }, systemEnv))
      samples.edit.push(performance.now() - started)
    },
    { iterations: 60, warmupIterations: 5 }
  )

  bench(
    'plain fs.writeFile of the same JSON',
    async () => {
      const started = performance.now()
      await writeFile(join(dir, 'plain.json'), json)
      samples.plain.push(performance.now() - started)
    },
    { iterations: 60, warmupIterations: 5 }
  )

  bench(
    'JSON.stringify + fs.writeFile of the same data (not synced)',
    async () => {
      const started = performance.now()
      await writeFile(join(dir, 'plain.json'), JSON.stringify(library, null, 2))
      samples.stringifyAndWrite.push(performance.now() - started)
    },
    { iterations: 60, warmupIterations: 5 }
  )

  bench(
    'JSON.stringify + write + fsync of the same data',
    async () => {
      const started = performance.now()
      await writeAndSync(join(dir, 'plain.json'), JSON.stringify(library, null, 2))
      samples.stringifyWriteSync.push(performance.now() - started)
    },
    { iterations: 60, warmupIterations: 5 }
  )

  bench(
    'the store’s way with ready JSON: temporary file, fsync, rename, fsync of the folder',
    async () => {
      const started = performance.now()
      await writeFileAtomic(join(dir, 'atomic.json'), json, { mode: PRIVATE_FILE })
      samples.atomicSynced.push(performance.now() - started)
    },
    { iterations: 60, warmupIterations: 5 }
  )
})

afterAll(async () => {
  await store?.close()
  rmSync(dir, { recursive: true, force: true })
  const openMedian = quantile(samples.open, 0.5)
  const editP95 = quantile(samples.edit, 0.95)
  const syncedP95 = quantile(samples.stringifyWriteSync, 0.95)
  const spread = (list: number[]) => `median ${ms(quantile(list, 0.5))}, p95 ${ms(quantile(list, 0.95))}`
  const fsyncCost = quantile(samples.stringifyWriteSync, 0.5) - quantile(samples.stringifyAndWrite, 0.5)
  console.log(
    [
      '',
      `Store benchmark (${CLAIMS.toLocaleString('en')} claims)`,
      `  open:                         median ${ms(openMedian)}, max ${ms(Math.max(...samples.open))}   (target <= 300 ms: ${openMedian <= 300 ? 'met' : 'NOT MET'})`,
      `  edit -> synced on disk:            ${spread(samples.edit)}`,
      `  plain writeFile (ready JSON):      ${spread(samples.plain)}`,
      `  stringify + writeFile, no fsync:   ${spread(samples.stringifyAndWrite)}`,
      `  stringify + write + fsync:         ${spread(samples.stringifyWriteSync)}`,
      `  ready JSON, temp + fsync + rename + folder fsync: ${spread(samples.atomicSynced)}`,
      `  the fsync costs about ${ms(fsyncCost)} a write on this disk (median, stringify + write with and without it)`,
      `  edit p95 / (stringify + write + fsync) p95 = ${(editP95 / syncedP95).toFixed(2)}   (target <= 1.5: ${editP95 <= 1.5 * syncedP95 ? 'met' : 'NOT MET'})`,
      ''
    ].join('\n')
  )
})

const DOCUMENTS = 50
const SMALLER_CLAIMS = 1_000
const withDocuments = { edit: [] as number[], dir: '', store: null as Store | null, api: null as Api | null, textBytes: 0 }
const without = { edit: [] as number[], dir: '', store: null as Store | null, api: null as Api | null }

async function openLibrary(into: typeof without): Promise<Api> {
  into.dir = mkdtempSync(join(tmpdir(), 'casebook-bench-documents-'))
  writeFileSync(join(into.dir, 'casebook.json'), createLibrarySerializer()(generateLibrary(SMALLER_CLAIMS)))
  into.store = await Store.open(into.dir, { holder: 'cli' })
  into.api = createApi({ store: into.store, env: systemEnv, appVersion: '0' })
  return into.api
}

async function timedEdit(api: Api, samples: number[], title: string): Promise<void> {
  const started = performance.now()
  const outcome = await api('claim.edit', { claimId: `claim-${(samples.length * 7919) % SMALLER_CLAIMS}`, title })
  samples.push(performance.now() - started)
  if (!outcome.ok) throw new Error(`claim.edit failed: ${outcome.error.message}`)
}

// Vitest's bench mode runs hooks at the file's level only.
beforeAll(async () => {
  await openLibrary(without)
  const api = await openLibrary(withDocuments)
  for (let index = 0; index < DOCUMENTS; index++) {
    const text = generatedDocument(index)
    withDocuments.textBytes += text.length
    const outcome = await api('source.importDocument', { fileName: `report-${index}.md`, base64: Buffer.from(text).toString('base64') })
    if (!outcome.ok) throw new Error(`importing document ${index} failed: ${outcome.error.message}`)
  }
}, 600_000)

describe(`edit-to-disk with ${DOCUMENTS} imported documents (${SMALLER_CLAIMS.toLocaleString('en')} claims)`, () => {
  bench(
    'edit a claim through the API, until it is on disk, with and without the documents in turn',
    async () => {
      const round = withDocuments.edit.length
      const pair: [typeof without, typeof without] = round % 2 === 0 ? [withDocuments, without] : [without, withDocuments]
      for (const side of pair) await timedEdit(side.api as Api, side.edit, `Edited ${round}`)
    },
    { iterations: 80, warmupIterations: 5 }
  )
})

afterAll(async () => {
  for (const side of [withDocuments, without]) {
    await side.store?.close()
    rmSync(side.dir, { recursive: true, force: true })
  }
  // The warm-up edits are not the steady state.
  const a = without.edit.slice(5)
  const b = withDocuments.edit.slice(5)
  const spread = (list: number[]) => `median ${ms(quantile(list, 0.5))}, p95 ${ms(quantile(list, 0.95))}`
  const difference = quantile(b, 0.95) - quantile(a, 0.95)
  const { low, high } = quantileDifferenceInterval(a, b, 0.95)
  const withinNoise = low <= 0 && high >= 0
  const kb = Math.round(withDocuments.textBytes / DOCUMENTS / 1024)
  console.log(
    [
      '',
      `Edit-to-disk with imported documents (${SMALLER_CLAIMS.toLocaleString('en')} claims; load average ${loadavg().map((load) => load.toFixed(2)).join(' ')} on ${availableParallelism()} processors)`,
      `  without documents:                        ${spread(a)}   (${a.length} edits)`,
      `  with ${DOCUMENTS} imported documents (~${kb} KB each): ${spread(b)}   (${b.length} edits)`,
      `  p95 difference ${ms(difference)}, 95% interval by chance ${ms(low)} to ${ms(high)}   (target: unchanged within noise: ${withinNoise ? 'met' : 'NOT MET'})`,
      ''
    ].join('\n')
  )
})
