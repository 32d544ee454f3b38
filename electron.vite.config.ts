import { writeFileSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/main/security/csp'

/** The built page carries a strict CSP; the dev server needs inline scripts for hot reload, so only builds get it. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'casebook:csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
      return html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${meta}`)
    }
  }
}

/**
 * Writes out/renderer-modules.json: each chunk of the page with the modules in it and the chunks
 * it loads, so a test can check what the page carries (no zod) and the bench can weigh the first screen.
 */
function moduleList(): Plugin {
  return {
    name: 'casebook:module-list',
    apply: 'build',
    // Beside the page's folder, not in it: the page has no use for it.
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk'
          ? [
              {
                file: item.fileName,
                isEntry: item.isEntry,
                imports: item.imports,
                dynamicImports: item.dynamicImports,
                bytes: Buffer.byteLength(item.code),
                modules: item.moduleIds.map((id) => relative(process.cwd(), id).split(sep).join('/'))
              }
            ]
          : []
      )
      writeFileSync(resolve(options.dir ?? 'out/renderer', '..', 'renderer-modules.json'), JSON.stringify({ chunks }, null, 1))
    }
  }
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // The Electron app, plus the web mode and the CLI, which reuse the same store and handlers under plain Node.
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('electron/web/index.ts'),
          cli: resolve('electron/cli/index.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'renderer',
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } }
    },
    plugins: [react(), contentSecurityPolicy(), moduleList()]
  }
})
