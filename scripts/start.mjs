// `npm start`: the Electron app, or the web mode where Electron's binary is not installed.
import { spawn } from 'node:child_process'
import { findElectronBinary } from './electron-binary.mjs'

const args = process.argv.slice(2)
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32' })
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
}

if (findElectronBinary()) {
  run(npx, ['electron-vite', 'preview', ...(args.length ? ['--', ...args] : [])])
} else {
  console.log('Electron is not installed on this machine (its binary was not downloaded); starting the web mode instead.')
  run(npm, ['run', '-s', 'web', '--', ...args])
}
