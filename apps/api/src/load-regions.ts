import 'reflect-metadata';
import { resolve } from 'node:path';
import { z } from 'zod';
import { loadRegions } from '@knotenpunkt/api/regions';

const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// URL'),
  DATABASE_MIGRATION_URL: z.string().regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// URL').optional(),
  REGIONS_DATA_DIR: z.string().min(1).default('data/regions'),
});

/** `node dist/apps/api/load-regions.js [--force]`: imports data/regions as the owner role; idempotent. */
async function main(): Promise<number> {
  const env = envSchema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
  if (!env.success) {
    console.error(`Invalid configuration:\n${env.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    return 78;
  }
  const report = await loadRegions(env.data.DATABASE_MIGRATION_URL ?? env.data.DATABASE_URL, resolve(env.data.REGIONS_DATA_DIR), {
    force: process.argv.includes('--force'),
  });
  if (report.skipped) {
    console.log(`Regions ${report.version} (Stand ${report.stand}) already loaded; nothing to do (${report.durationMs} ms).`);
  } else {
    const t = (name: string, c: { inserted: number; updated: number; retired: number }) =>
      `${name}: +${c.inserted} ~${c.updated} -${c.retired}`;
    console.log(
      `Loaded regions ${report.version} (Stand ${report.stand}) in ${report.durationMs} ms — ` +
        [t('regions', report.regions), t('postal codes', report.postalCodes), t('PLZ↔Gemeinde', report.postalCodeRegions), t('places', report.postalCodePlaces)].join('; '),
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
