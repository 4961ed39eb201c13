import 'reflect-metadata';
import { EXIT, parseOwnerEnv } from './cli/owner-env';
import { DEMO_PASSWORD, demoLogins } from './demo/demo-data';
import { seedDemoData, type DemoSeedReport } from './demo/seed-demo-data';
import { seedDemoOffers } from './demo/seed-demo-offers';

const usage = `Usage: seed-demo [--json]
  Creates the demo organisations, accounts (all with one published password), memberships and
  legal pages for local development; idempotent. Connects as DATABASE_MIGRATION_URL (owner),
  else DATABASE_URL. Refuses to run with NODE_ENV=production.
  --json   print the result as one JSON object (used by npm start)`;

/** `node dist/apps/api/seed-demo.js [--json]`: demo data for `npm start`. Never in production. */
async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) {
    console.error(`Unknown argument${unknown.length > 1 ? 's' : ''}: ${unknown.join(' ')}\n${usage}`);
    return EXIT.usage;
  }
  const parsed = parseOwnerEnv(process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    return EXIT.config;
  }
  if (parsed.env.nodeEnv === 'production') {
    console.error('NODE_ENV is production: refusing to create demo accounts with a published password. Create the first platform operator with `manage.js grant-operator <email>` instead (docs/deployment.md).');
    return EXIT.config;
  }
  const report = await seedDemoData(parsed.env.ownerUrl);
  const offers = await seedDemoOffers(parsed.env.ownerUrl);
  const logins = demoLogins();
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ ...report, offers, password: DEMO_PASSWORD, logins }));
    return EXIT.ok;
  }
  console.log(summary(report));
  console.log(`Demo offers: ${offers.offers.created} created, ${offers.offers.updated} updated, ${offers.offers.unchanged} unchanged; ${offers.published} published.`);
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
  const width = Math.max(...logins.map((l) => l.email.length));
  for (const login of logins) console.log(`  ${login.email.padEnd(width)}  ${login.roles.join(', ')}`);
  return EXIT.ok;
}

function summary(report: DemoSeedReport): string {
  if (report.unchanged) return 'Demo data already present; nothing changed.';
  const part = (name: string, b: { created: number; present: number }) => `${b.created} ${name}${b.present ? ` (${b.present} already present)` : ''}`;
  return `Demo data created: ${[
    part('accounts', report.accounts),
    part('organisations', report.tenants),
    part('memberships', report.memberships),
    part('legal pages', report.legalPages),
  ].join(', ')}.`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(EXIT.failure);
  },
);
