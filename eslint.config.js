import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  {
    // Views read with useQuery and write with useMutation (renderer/src/data), never the client
    // itself: that is how every write refreshes what it changed, in every window.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: [
      'renderer/src/api/**',
      'renderer/src/data/**',
      // The map's one command runner (issue 16: every map edit a named command).
      'renderer/src/map/commands/queue.ts'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/client', '**/api/outcome'],
              importNames: ['invoke', 'call', 'invokeOver'],
              message: 'Read with useQuery and write with useMutation (renderer/src/data/hooks).'
            },
            { group: ['**/api/transport'], message: 'The bridge is the data layer’s: use renderer/src/data/hooks.' },
            { group: ['@tanstack/react-query', '@tanstack/query-core'], message: 'Use renderer/src/data/hooks, keyed by the contract’s operations.' }
          ]
        }
      ]
    }
  },
  {
    // shared/ runs on both sides: no Node, no DOM, no Electron.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'electron/*', 'react', 'react-dom'] }]
    }
  }
)
