#!/usr/bin/env node
'use strict';
/**
 * Container health probe for the api image (node:*-slim has neither curl nor wget).
 *
 *   node healthcheck.cjs http [url]                 healthy when GET url answers 2xx within 4 s
 *                                                   (default http://127.0.0.1:$API_PORT/api/health)
 *   node healthcheck.cjs file <path> [maxAgeSec]    healthy when <path> was modified at most
 *                                                   maxAgeSec (default 60) seconds ago
 *
 * Exit code 0 = healthy, 1 = unhealthy, 2 = wrong usage. One line of explanation on failure,
 * which `docker inspect` shows in the health log. Tested by docker/test/healthcheck.spec.ts.
 */
const fs = require('node:fs');

const TIMEOUT_MS = 4000;

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function checkHttp(url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'manual' });
    // Drain the body so the socket closes before we exit.
    const body = await response.text();
    if (response.status < 200 || response.status > 299) {
      fail(`GET ${url} answered ${response.status}: ${body.slice(0, 200)}`);
    }
  } catch (error) {
    const reason = error && error.name === 'AbortError' ? `no answer within ${TIMEOUT_MS} ms` : String(error && error.cause ? error.cause : error);
    fail(`GET ${url} failed: ${reason}`);
  } finally {
    clearTimeout(timer);
  }
}

function checkFile(path, maxAgeSeconds) {
  let stat;
  try {
    stat = fs.statSync(path);
  } catch {
    fail(`${path} does not exist`);
  }
  const ageSeconds = (Date.now() - stat.mtimeMs) / 1000;
  if (ageSeconds > maxAgeSeconds) {
    fail(`${path} was last touched ${Math.round(ageSeconds)} s ago (limit ${maxAgeSeconds} s)`);
  }
}

async function main(argv) {
  const [mode, ...args] = argv;
  if (mode === 'http') {
    const port = process.env.API_PORT || '3000';
    await checkHttp(args[0] || `http://127.0.0.1:${port}/api/health`);
    return;
  }
  if (mode === 'file' && args[0]) {
    const maxAge = args[1] === undefined ? 60 : Number(args[1]);
    if (!Number.isFinite(maxAge) || maxAge <= 0) fail(`maxAgeSec must be a positive number, got "${args[1]}"`, 2);
    checkFile(args[0], maxAge);
    return;
  }
  fail('usage: healthcheck.cjs http [url] | healthcheck.cjs file <path> [maxAgeSec]', 2);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error) => fail(String(error)),
);
