#!/usr/bin/env bash
# Scaffolds a server-side or shared TypeScript library: new-lib.sh <dir> <name> <tags,comma,separated> [jest-env]
set -euo pipefail
dir=$1; name=$2; tags=$3; env=${4:-node}
depth=$(echo "$dir" | awk -F/ '{print NF}'); up=$(printf '../%.0s' $(seq 1 "$depth"))
mkdir -p "$dir/src"
tagjson=$(echo "$tags" | sed 's/\([^,]*\)/"\1"/g')
cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": [$tagjson],
  "targets": {
    "lint": { "executor": "nx:run-commands", "options": { "cwd": "{projectRoot}", "command": "eslint . --max-warnings=0" } },
    "typecheck": {
      "executor": "nx:run-commands",
      "options": { "command": "tsc -p $dir/tsconfig.lib.json --noEmit && tsc -p $dir/tsconfig.spec.json --noEmit" }
    },
    "test": {
      "executor": "@nx/jest:jest",
      "outputs": ["{workspaceRoot}/coverage/{projectRoot}"],
      "options": { "jestConfig": "$dir/jest.config.cjs" }
    }
  }
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "${up}tsconfig.base.json",
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
JSON
cat > "$dir/tsconfig.lib.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "module": "commonjs", "types": ["node"] },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts", "src/**/*.int-spec.ts"]
}
JSON
cat > "$dir/tsconfig.spec.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "module": "commonjs", "types": ["node", "jest"] },
  "include": ["src/**/*.ts"]
}
JSON
cat > "$dir/jest.config.cjs" <<JSON
module.exports = {
  displayName: '$name',
  preset: '${up}jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '${up}coverage/$dir',
};
JSON
cat > "$dir/eslint.config.mjs" <<JSON
import baseConfig from '${up}eslint.config.mjs';

export default [...baseConfig];
JSON
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
