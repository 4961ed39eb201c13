#!/usr/bin/env node
// @ts-check
/**
 * Prints the nginx `add_header` line with the Content-Security-Policy of the client shell
 * (`node tools/portal-server/shell-csp.mjs dist/apps/portal/browser/index.csr.html`): the same
 * policy the portal server sends, for nginx's fallback when the portal server is down
 * (docker/portal.Dockerfile writes it to /etc/nginx/snippets/shell-csp.conf).
 */
import { readFileSync } from 'node:fs';

import { contentSecurityPolicyFor } from './server.mjs';

const file = process.argv[2];
if (!file) {
  console.error('Usage: shell-csp.mjs <index.csr.html>');
  process.exit(1);
}
const policy = contentSecurityPolicyFor(readFileSync(file, 'utf8'));
process.stdout.write(`add_header Content-Security-Policy "${policy}" always;\n`);
