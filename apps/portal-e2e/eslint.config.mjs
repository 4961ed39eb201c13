import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // This file extends the workspace config by path, which is how flat configs compose.
  { files: ['**/eslint.config.mjs'], rules: { '@nx/enforce-module-boundaries': 'off' } },
];
