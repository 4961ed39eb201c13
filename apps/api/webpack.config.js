const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

// node_modules stay external (installed next to dist in the image); type checking is the
// separate `typecheck` target, so the build only transpiles.
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'migrate', entryPath: './src/migrate.ts' },
        { entryName: 'load-regions', entryPath: './src/load-regions.ts' },
        { entryName: 'seed-demo', entryPath: './src/seed-demo.ts' },
        { entryName: 'manage', entryPath: './src/manage.ts' },
        { entryName: 'reindex', entryPath: './src/reindex.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      skipTypeChecking: true,
      sourceMap: true,
    }),
  ],
};
