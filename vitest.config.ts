import { defineConfig } from 'vitest/config'
import { modulePathForTests } from './tests/support/module-path.js'

export default defineConfig({
  // The parse worker (electron/main/parse) is its own built file, as in the app.
  plugins: [modulePathForTests()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-report.json' },
    benchmark: { include: ['tests/bench/**/*.bench.ts'] }
  }
})
