// Unit-test helpers of the portal libraries: import only from *.spec.ts files (lint enforces it).
export * from './lib/render';
export * from './lib/session-fixture';
