import { JobName, jobNames } from './job-registry';

export interface DiscoveredHandler {
  jobName: string;
  className: string;
  instance: unknown;
}

export class HandlerRegistryError extends Error {
  constructor(readonly problems: string[]) {
    super(`Job handlers do not match the job registry:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'HandlerRegistryError';
  }
}

/**
 * Pairs every registered job with exactly one handler. Missing, duplicate or unknown handlers are
 * all reported at once so a broken deployment fails at boot, not when the first job arrives.
 */
export function resolveHandlers<H>(
  discovered: DiscoveredHandler[],
  expected: readonly string[] = jobNames,
): Map<JobName, H> {
  const problems: string[] = [];
  const byName = new Map<string, DiscoveredHandler[]>();
  for (const handler of discovered) {
    byName.set(handler.jobName, [...(byName.get(handler.jobName) ?? []), handler]);
  }
  for (const name of expected) {
    const found = byName.get(name) ?? [];
    if (found.length === 0) problems.push(`${name}: no handler`);
    if (found.length > 1) problems.push(`${name}: ${found.length} handlers (${found.map((h) => h.className).join(', ')})`);
  }
  for (const [name, found] of byName) {
    if (!expected.includes(name)) problems.push(`${name}: handled by ${found.map((h) => h.className).join(', ')} but not in the job registry`);
  }
  if (problems.length > 0) throw new HandlerRegistryError(problems);
  return new Map([...byName].map(([name, found]) => [name as JobName, found[0]?.instance as H]));
}
