import { execFileSync } from 'node:child_process'

/** The web mode serves the built renderer, so every end-to-end run tests a fresh build. */
export default function buildOnce(): void {
  if (process.env.CASEBOOK_SKIP_BUILD === '1') return
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' })
}
