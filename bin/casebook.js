#!/usr/bin/env node
// The `casebook` command: runs the built CLI (electron-vite builds it with the app).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  console.error('casebook: the CLI is not built yet. Run "npm run build" in the Casebook folder first.')
  process.exit(1)
}
await import(pathToFileURL(cli).href)
