import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from '../support/chromium'

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e-artifacts',
  globalSetup: './build.setup.ts',
  timeout: 60_000,
  workers: 1,
  // In CI a test that fails once is run again; one that then passes counts as passed but is named
  // under "flaky test:" in npm test's Results (scripts/test-outcomes.mjs), so it is seen and mended.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-report.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure'
  }
})
