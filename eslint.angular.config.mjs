import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** Lint config of every portal (Angular) project: the workspace rules plus Angular's, prefix `kp`. */
export default [
  ...baseConfig,
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'kp', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'kp', style: 'kebab-case' }],
    },
  },
  {
    // The unit-test helpers (TestBed, testing HttpClient, node:fs) never reach production code.
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/src/test-setup.ts', '**/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@knotenpunkt/portal/shared/testing', message: 'Test helpers: import them only in *.spec.ts files (or src/testing/).' }] },
      ],
    },
  },
];
