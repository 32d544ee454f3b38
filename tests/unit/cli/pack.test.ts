/** `casebook pack validate|import|export` end to end on a temp data folder. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Store } from '../../../electron/main/store/store'
import { STORE_FILE } from '../../../electron/main/store/data-folder'
import { json, smallPack } from '../packs/fixtures'
import { run } from './run-cli'

let dir: string
let data: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-cli-pack-'))
  data = join(dir, 'data')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function packFile(content: unknown, name = 'unit.casebook'): string {
  const file = join(dir, name)
  writeFileSync(file, typeof content === 'string' ? content : json(content))
  return file
}

describe('casebook pack', () => {
  it('validates a good pack with a summary, and the starter pack', async () => {
    const result = await run('pack', 'validate', packFile(smallPack()))
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('a valid pack, “Civics unit” version 1.0 by Ms Rivera (teacher edition): 1 motions, 2 claims') })
    expect((await run('pack', 'validate', 'data/packs/california-secession.casebook')).code).toBe(0)
  })

  it('refuses a bad pack with exit 1 and the first problem by path, in one line', async () => {
    const bad = { ...smallPack(), drills: [{ id: 'd1', motionId: 'm404', title: 'x', prompt: 'y' }] }
    const result = await run('pack', 'validate', packFile(bad))
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/^casebook pack: .*unit\.casebook is not a valid pack: Drill 1: no motion "m404" in the pack \(in the file: drills\[0\]\.motionId\)$/)
    expect((await run('pack', 'validate', join(dir, 'missing.casebook'))).err).toMatch(/no such file/)
  })

  it('imports into the data folder, then updates it with a newer version', async () => {
    expect(await run('pack', 'import', packFile(smallPack()), '--data', data)).toMatchObject({ code: 0, out: expect.stringContaining('Imported “Civics unit” version 1.0') })
    const update = await run('pack', 'import', packFile(smallPack('1.1'), 'v2.casebook'), '--data', data)
    expect(update.out).toContain('Updated to “Civics unit” version 1.1 (was 1.0)')
    expect(JSON.parse(readFileSync(join(data, STORE_FILE), 'utf8')).packs[0].version).toBe('1.1')
  })

  it('refuses an older version without --older, and leaves the store as it was', async () => {
    await run('pack', 'import', packFile(smallPack('2.0')), '--data', data)
    const before = readFileSync(join(data, STORE_FILE), 'utf8')
    const older = await run('pack', 'import', packFile(smallPack('1.0'), 'old.casebook'), '--data', data)
    expect(older).toMatchObject({ code: 1, err: expect.stringContaining('(use --older)') })
    expect(readFileSync(join(data, STORE_FILE), 'utf8')).toBe(before)
    expect((await run('pack', 'import', join(dir, 'old.casebook'), '--older', '--data', data)).code).toBe(0)
  })

  it('refuses a pack by another author under an installed pack’s id without --accept-new-author, and says why', async () => {
    await run('pack', 'import', packFile(smallPack()), '--data', data)
    const before = readFileSync(join(data, STORE_FILE), 'utf8')
    const stranger = packFile({ ...smallPack('2.0'), meta: { ...smallPack().meta, version: '2.0', author: 'A stranger' } }, 'stranger.casebook')
    const refused = await run('pack', 'import', stranger, '--data', data)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/made by “Ms Rivera”, but it was made by “A stranger”\. .*only if you trust who sent it\. \(use --accept-new-author\)$/)
    expect(readFileSync(join(data, STORE_FILE), 'utf8')).toBe(before)
    const accepted = await run('pack', 'import', stranger, '--accept-new-author', '--data', data)
    expect(accepted).toMatchObject({ code: 0, out: expect.stringContaining('Now by “A stranger”, no longer by “Ms Rivera”.') })
  })

  it('says so when opening the library had to move a damaged file aside', async () => {
    mkdirSync(data, { recursive: true })
    writeFileSync(join(data, STORE_FILE), '{ not json')
    const result = await run('pack', 'import', packFile(smallPack()), '--data', data)
    expect(result.code).toBe(0)
    expect(result.err).toMatch(/^casebook: Your library file could not be opened .* It was moved to .*casebook\.damaged-/)
  })

  it('says so when the app holds the data folder', async () => {
    const store = await Store.open(data, { holder: 'app' })
    try {
      const result = await run('pack', 'import', packFile(smallPack()), '--data', data)
      expect(result).toMatchObject({ code: 1, err: expect.stringMatching(/in use by the Casebook app/) })
    } finally {
      await store.close()
    }
  })

  it('exports a motion by title, as a student edition, written whole', async () => {
    await run('pack', 'import', packFile(smallPack()), '--data', data)
    const out = join(dir, 'out.casebook')
    const result = await run('pack', 'export', '--motion', 'THW abolish the electoral college', '--out', out, '--student', '--data', data)
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining('2 claims, 1 card (student edition)') })
    const written = JSON.parse(readFileSync(out, 'utf8'))
    expect(written.meta).toMatchObject({ id: 'civics-unit', edition: 'student' })
    expect(written.claims[0].notes).toBe('')
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses to write the pack inside the data folder, by any spelling of the path, and leaves the library as it was', async () => {
    await run('pack', 'import', packFile(smallPack()), '--data', data)
    const library = readFileSync(join(data, STORE_FILE), 'utf8')
    symlinkSync(data, join(dir, 'alias'))
    const targets = [join(data, STORE_FILE), `${dir}/./out/../data//${STORE_FILE}`, join(dir, 'alias', STORE_FILE), join(data, 'backups', 'x.casebook')]
    for (const target of targets) {
      const result = await run('pack', 'export', '--motion', 'civics-unit__m1', '--out', target, '--data', data)
      expect(result.code, target).toBe(1)
      expect(result.err).toContain(`cannot write ${target}: it is inside the data folder ${data}`)
    }
    expect(readFileSync(join(data, STORE_FILE), 'utf8')).toBe(library)
    expect(existsSync(join(data, 'backups', 'x.casebook'))).toBe(false)
  })

  it('gives one line and a non-zero exit for a missing motion, an unwritable path, a wrong flag', async () => {
    await run('pack', 'import', packFile(smallPack()), '--data', data)
    expect(await run('pack', 'export', '--motion', 'Nope', '--out', join(dir, 'x.casebook'), '--data', data)).toMatchObject({ code: 1, err: expect.stringContaining('no motion with the id or exact title "Nope"') })
    const unwritable = await run('pack', 'export', '--motion', 'civics-unit__m1', '--out', join(dir, 'no/such/folder/x.casebook'), '--data', data)
    expect(unwritable).toMatchObject({ code: 1, err: expect.stringContaining('its folder does not exist') })
    expect(existsSync(join(dir, 'no'))).toBe(false)
    const flag = await run('pack', 'import', '--colour')
    expect(flag.code).toBe(2)
    expect(flag.err.split('\n')).toHaveLength(1)
    expect((await run('pack', 'explode')).err).toContain('"pack" takes validate, import or export')
  })
})
