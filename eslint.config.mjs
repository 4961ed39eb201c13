import nx from '@nx/eslint-plugin';

/**
 * Module boundaries follow docs/architecture.md: the portal never imports server code, util
 * libraries import only util, and dependencies point inwards (app → feature → infra → util).
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.angular', '**/.data', '**/tmp', '**/coverage', '**/test-results'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          // Project configs extend the root ones (eslint.*config.mjs, jest.preset*.js) by relative import.
          allow: ['^.*/eslint(\\.[a-z]+)?\\.config\\.[cm]?js$', '^.*/jest\\.preset(\\.[a-z]+)?\\.js$'],
          depConstraints: [
            { sourceTag: 'scope:portal', onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:worker', 'scope:api', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // End-to-end tests start real api and portal pieces together.
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:portal', 'scope:api', 'scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:infra'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:app', 'type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:infra'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:infra'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='synchronize'][value.value=true]",
          message: 'synchronize stays off: write a migration instead (docs/architecture.md rule 7).',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'skip', message: 'No skipped tests: fix or delete the test.' },
        { object: 'describe', property: 'skip', message: 'No skipped tests: fix or delete the test.' },
        { object: 'it', property: 'only', message: 'No focused tests in the repository.' },
        { object: 'describe', property: 'only', message: 'No focused tests in the repository.' },
        { object: 'test', property: 'skip', message: 'No skipped tests: fix or delete the test.' },
        { object: 'test', property: 'only', message: 'No focused tests in the repository.' },
      ],
    },
  },
];
