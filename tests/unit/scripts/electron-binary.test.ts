import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../../scripts/electron-binary.mjs'

let electronDir: string
beforeEach(() => {
  electronDir = mkdtempSync(join(tmpdir(), 'casebook-electron-pkg-'))
})
afterEach(() => rmSync(electronDir, { recursive: true, force: true }))

describe('finding the Electron binary (npm start picks the app or the web mode by it)', () => {
  it('finds none when the package was installed without its binary', () => {
    expect(findElectronBinary({}, electronDir)).toBeNull()
  })

  it('finds none when path.txt names a binary that is not there', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    expect(findElectronBinary({}, electronDir)).toBeNull()
  })

  it('finds the binary that path.txt names inside dist/', () => {
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    mkdirSync(join(electronDir, 'dist'))
    writeFileSync(join(electronDir, 'dist', 'electron'), '')
    expect(findElectronBinary({}, electronDir)).toBe(join(electronDir, 'dist', 'electron'))
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = mkdtempSync(join(tmpdir(), 'casebook-electron-dist-'))
    writeFileSync(join(dist, 'electron'), '')
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist }, electronDir)).toBe(join(dist, 'electron'))
    rmSync(dist, { recursive: true, force: true })
  })
})
