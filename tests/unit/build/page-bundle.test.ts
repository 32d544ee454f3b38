/**
 * What the built page carries, from the module list the build writes (out/renderer-modules.json,
 * see electron.vite.config.ts): no zod (the schemas stay with the main process), and a first
 * screen small enough to start fast. `npm test` and `npm run bench` build first.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { firstScreen, readModuleList, MODULE_LIST } from '../../support/page-bundle'
import { runOnlyIf } from '../../support/skip'

const built = existsSync(MODULE_LIST)
const onlyBuilt = runOnlyIf(built, `${MODULE_LIST} is not there: build the app first (npm run build)`)

describe('the built page', () => {
  it('holds no module of zod, in any chunk', onlyBuilt, () => {
    const zod = readModuleList().chunks.flatMap((chunk) => chunk.modules.filter((id) => /node_modules\/zod\//.test(id)).map((id) => `${chunk.file}: ${id}`))
    expect(zod).toEqual([])
  })

  it('loads at most 350 KB of JavaScript (before compression) for the first screen', onlyBuilt, () => {
    const first = firstScreen(readModuleList())
    expect(first.bytes).toBeLessThanOrEqual(350 * 1024)
  })

  it('leaves the other screens to load when opened (sources, packs, practice, backups, briefs, the drawn map)', onlyBuilt, () => {
    const loaded = new Set(firstScreen(readModuleList()).modules)
    const later = ['renderer/src/sources/SourcesView.tsx', 'renderer/src/packs/PacksView.tsx', 'renderer/src/practice/PracticeView.tsx', 'renderer/src/backups/RestoreBackup.tsx', 'renderer/src/brief/BriefBuilder.tsx', 'renderer/src/map/graph/MapView.tsx']
    expect(later.filter((id) => loaded.has(id))).toEqual([])
  })
})
