// Starts the app `npm run dist` packaged (on a release runner, where it can run) on a new data
// folder, and passes once the app has written its library with the starter pack in it: the
// packaged app started, found data/ among its resources, and opened its store. Playwright
// cannot drive the packaged app: its fuses turn off the inspector Playwright attaches through.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const EXECUTABLES = {
  linux: 'dist/linux-unpacked/casebook',
  darwin: 'dist/mac-universal/Casebook.app/Contents/MacOS/Casebook',
  win32: 'dist/win-unpacked/Casebook.exe'
}
const executable = EXECUTABLES[process.platform]
if (!executable || !existsSync(executable)) {
  console.error(`smoke-packaged: no packaged app at ${executable}; run npm run dist first`)
  process.exit(1)
}

const dataDir = mkdtempSync(join(tmpdir(), 'casebook-smoke-'))
const app = spawn(executable, ['--data', dataDir], { stdio: 'inherit' })
let exited = null
app.on('exit', (code) => (exited = code))

const library = join(dataDir, 'casebook.json')
const deadline = Date.now() + 60_000
let ok = false
while (Date.now() < deadline && exited === null) {
  if (existsSync(library) && readFileSync(library, 'utf8').includes('"california-secession"')) {
    ok = true
    break
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
app.kill()
rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
if (!ok) {
  console.error(exited === null ? 'smoke-packaged: no library with the starter pack after 60 s' : `smoke-packaged: the app exited with ${exited}`)
  process.exit(1)
}
console.log('smoke-packaged: the packaged app opened a new library with the starter pack')
