/**
 * The packaged app's fuses: what the review asked for, and that applying them to an Electron
 * binary flips exactly those switches. Electron's binary is not installed here, so the binary is
 * a stand-in holding the fuse wire as Electron lays it out (a sentinel, the wire's version and
 * length, then one byte per fuse).
 */
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { applyFuses, CASEBOOK_FUSES, fuseConfig } from '../../../electron/build/fuses'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ON = '1'.charCodeAt(0)
const OFF = '0'.charCodeAt(0)
/** Electron's defaults, in wire order, with one fuse more than @electron/fuses 1.x knows (as Electron 45 has). */
const DEFAULT_WIRE = '101100011'

const folder = mkdtempSync(join(tmpdir(), 'casebook-fuses-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function fakeElectron(): string {
  const file = join(folder, `electron-${Math.random().toString(36).slice(2)}`)
  const wire = Buffer.from([1, DEFAULT_WIRE.length, ...Buffer.from(DEFAULT_WIRE)])
  writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF...code...'), Buffer.from(SENTINEL), wire, Buffer.from('...more code')]))
  return file
}

describe('CASEBOOK_FUSES', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on cookie encryption, ASAR integrity and ASAR only', () => {
    expect(CASEBOOK_FUSES).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The page comes from app://casebook: file:// needs no extra privileges.
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('sets every fuse @electron/fuses knows, each at its own place in the wire', () => {
    const config = fuseConfig()
    expect(config.version).toBe(FuseVersion.V1)
    expect(config[FuseV1Options.RunAsNode]).toBe(false)
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(config[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false)
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
  })
})

describe('applyFuses', () => {
  it('flips the fuses in the binary and leaves a fuse it does not know, and the rest of the file, as they were', async () => {
    const binary = fakeElectron()
    const before = readFileSync(binary)
    await applyFuses(binary)
    const wire = await getCurrentFuseWire(binary)
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF)
    expect((wire as Record<number, number>)[8]).toBe(ON)

    const after = readFileSync(binary)
    expect(after.length).toBe(before.length)
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2
    expect(after.subarray(0, wireStart)).toEqual(before.subarray(0, wireStart))
    expect(after.subarray(wireStart + DEFAULT_WIRE.length)).toEqual(before.subarray(wireStart + DEFAULT_WIRE.length))
  })

  it('refuses a file that is not an Electron binary, saying so', async () => {
    const notElectron = join(folder, 'not-electron')
    writeFileSync(notElectron, 'just text')
    await expect(applyFuses(notElectron)).rejects.toThrow(/sentinel/)
  })
})
