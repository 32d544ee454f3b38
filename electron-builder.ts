/**
 * How `npm run dist` packages Casebook (electron-builder): the built app (out/) in app.asar,
 * data/ beside it as resources, Electron's fuses flipped before signing, and the installers
 * each platform expects. Signing and notarisation come from the environment (see
 * .github/workflows/release.yml); without it the installers are unsigned.
 */
import type { Configuration } from 'electron-builder'
import { CASEBOOK_FUSES } from './electron/build/fuses'

/** Apple's notarisation needs all three; electron-builder reads them from the environment. */
const canNotarize = Boolean(process.env.APPLE_ID && process.env.APPLE_APP_SPECIFIC_PASSWORD && process.env.APPLE_TEAM_ID)

const config: Configuration = {
  appId: 'org.casebook.app',
  productName: 'Casebook',
  copyright: 'Copyright © Casebook contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // The app is what electron-vite built, nothing else: no sources, tests, source maps or tooling.
  // The page's libraries (React, d3, ...) are inside out/renderer, so they are devDependencies and
  // stay out; the main process's dependencies come along in node_modules.
  // Of the dependencies, only what runs: no source maps, type declarations, TypeScript sources or tests.
  files: [
    'out/**/*',
    '!out/**/*.map',
    'package.json',
    '!**/node_modules/**/*.{map,ts,mts,cts,tsx}',
    '!**/node_modules/**/{test,tests,__tests__}/**',
    '!**/node_modules/zod/src/**'
  ],
  // data/ is read at run time (electron/resources.ts finds it); its READMEs carry the texts'
  // provenance and the citation styles' licence.
  extraResources: [{ from: 'data', to: 'data', filter: ['**/*'] }],
  asar: true,
  // pdf.js reads its character maps and standard font data with fs on the parse worker, a path
  // only Electron's patched fs can read inside app.asar: unpacked beside it, a plain folder any
  // thread reads (shared/documents/pdf/package-folder.ts points there). Without them CJK PDFs lose text.
  asarUnpack: ['node_modules/pdfjs-dist/cmaps/**', 'node_modules/pdfjs-dist/standard_fonts/**'],
  // No native modules: nothing to rebuild for Electron.
  npmRebuild: false,
  // Flipped on the packaged binary before it is signed (see electron/build/fuses.ts);
  // the ad-hoc signature of an unsigned Apple Silicon build is renewed after the flip.
  electronFuses: { ...CASEBOOK_FUSES, resetAdHocDarwinSignature: true },
  // No auto-updater: the app stays offline. Releases are published by the workflow, not by electron-builder.
  publish: null,
  fileAssociations: [
    {
      ext: 'casebook',
      name: 'Casebook pack',
      description: 'Casebook pack',
      mimeType: 'application/x-casebook-pack',
      role: 'Viewer',
      rank: 'Owner'
    }
  ],
  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'build/icon.ico'
  },
  // The names README's Install section gives.
  artifactName: '${productName}-${version}.${ext}',
  nsis: {
    artifactName: '${productName} Setup ${version}.${ext}',
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    // The user's library lives in their data folder, not in the program's: uninstalling keeps it.
    deleteAppDataOnUninstall: false
  },
  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    category: 'public.app-category.education',
    icon: 'build/icon.icns',
    hardenedRuntime: true,
    notarize: canNotarize
  },
  dmg: { title: 'Casebook ${version}', artifactName: '${productName}-${version}-${arch}.${ext}' },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
  linux: {
    target: ['deb', 'AppImage'],
    executableName: 'casebook',
    category: 'Education',
    icon: 'build/icons',
    synopsis: 'Offline debate preparation',
    maintainer: 'Casebook contributors'
  }
}

export default config
