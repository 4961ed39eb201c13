import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  apiErrorSchema,
  nearbyResponseSchema,
  postalCodeDetailSchema,
  regionDetailSchema,
  regionSuggestResponseSchema,
} from '@knotenpunkt/shared/contracts';
import { createApiApp } from '@knotenpunkt/api/bootstrap';
import { RegionDataError, loadRegions } from '@knotenpunkt/api/regions';
import { createTestDatabase, queryAs, testConfig, type TestDatabase } from '@knotenpunkt/api/core/testing';

const dataDir = join(__dirname, '../../../data/regions');

const query = queryAs;

describe('regions: loading the official data', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('loads everything, then changes nothing when run again', async () => {
    const first = await loadRegions(db.ownerUrl, dataDir);
    expect(first.skipped).toBe(false);
    expect(first.regions).toEqual({ inserted: 12_601, updated: 0, retired: 0 });
    expect(first.postalCodes).toEqual({ inserted: 8_170, updated: 0, retired: 0 });
    expect(first.postalCodeRegions.inserted).toBe(12_842);

    expect((await loadRegions(db.ownerUrl, dataDir)).skipped).toBe(true);
    const forced = await loadRegions(db.ownerUrl, dataDir, { force: true });
    for (const table of [forced.regions, forced.postalCodes, forced.postalCodeRegions, forced.postalCodePlaces]) {
      expect(table).toEqual({ inserted: 0, updated: 0, retired: 0 });
    }
  });

  it('a newer Stand renames, retires with a validity date and keeps history', async () => {
    const newer = mkdtempSync(join(tmpdir(), 'kp-regions-'));
    cpSync(dataDir, newer, { recursive: true });
    const csv = readFileSync(join(newer, 'regions.csv'), 'utf8')
      .replace('160670029029,16067029,gemeinde,Stadt,63,"Gotha, Stadt",Gotha,', '160670029029,16067029,gemeinde,Stadt,63,"Gotha, Residenzstadt",Gotha,')
      .split('\n')
      .filter((line) => !line.startsWith('160715008038,')) // Kiliansroda, dissolved after the Stand
      .join('\n');
    writeFileSync(join(newer, 'regions.csv'), csv);
    const links = readFileSync(join(newer, 'postal_code_regions.csv'), 'utf8')
      .split('\n')
      .filter((line) => !line.includes(',160715008038,'))
      .join('\n');
    writeFileSync(join(newer, 'postal_code_regions.csv'), links);
    const metadata = JSON.parse(readFileSync(join(newer, 'metadata.json'), 'utf8'));
    metadata.version = '2026-03-31.1';
    metadata.files['regions.csv'].stand = '2026-03-31';
    writeFileSync(join(newer, 'metadata.json'), JSON.stringify(metadata));
    writeFileSync(join(newer, 'SHA256SUMS'), 'changed');

    const kiliansroda = await query<{ key: string }>(db.ownerUrl, `SELECT key FROM region WHERE name LIKE 'Kiliansroda%'`);
    expect(kiliansroda).toEqual([{ key: '160715008038' }]);

    const report = await loadRegions(db.ownerUrl, newer);
    expect(report.regions).toEqual({ inserted: 0, updated: 1, retired: 1 });
    expect(report.postalCodeRegions).toEqual({ inserted: 0, updated: 0, retired: 1 });
    const rows = await query<{ key: string; name: string; valid_from: string; valid_until: string | null }>(
      db.ownerUrl,
      `SELECT key, name, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
         FROM region WHERE key IN ('160670029029', '160715008038') ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: '160670029029', name: 'Gotha, Residenzstadt', valid_from: '2025-11-30', valid_until: null },
      { key: '160715008038', name: expect.stringContaining('Kiliansroda'), valid_from: '2025-11-30', valid_until: '2026-03-31' },
    ]);
    expect((await loadRegions(db.ownerUrl, dataDir)).regions).toEqual({ inserted: 0, updated: 2, retired: 0 });
  });

  it('a broken file stops the load with file, line and column, and changes nothing', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'kp-regions-'));
    cpSync(dataDir, broken, { recursive: true });
    const lines = readFileSync(join(broken, 'postal_codes.csv'), 'utf8').split('\n');
    lines[3] = lines[3]?.replace(/^\d{5}/, '9908X') ?? '';
    writeFileSync(join(broken, 'postal_codes.csv'), lines.join('\n'));
    writeFileSync(join(broken, 'SHA256SUMS'), 'broken');
    const before = await query(db.ownerUrl, 'SELECT checksum, version FROM region_dataset');
    await expect(loadRegions(db.ownerUrl, broken)).rejects.toThrow(RegionDataError);
    await expect(loadRegions(db.ownerUrl, broken)).rejects.toThrow(/postal_codes\.csv line 4, column plz/);
    expect(await query(db.ownerUrl, 'SELECT checksum, version FROM region_dataset')).toEqual(before);
  });

  it('the application role can read but not change reference data', async () => {
    expect((await query<{ n: string }>(db.appUrl, 'SELECT count(*) AS n FROM region'))[0]?.n).toBe('12601');
    await expect(query(db.appUrl, `UPDATE region SET name = 'x' WHERE key = '16'`)).rejects.toThrow(/permission denied/);
    await expect(query(db.appUrl, `DELETE FROM postal_code_region`)).rejects.toThrow(/permission denied/);
  });
});

describe('regions api', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let baseUrl: string;
  const get = async (path: string, language = 'de') => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { 'accept-language': language } });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadRegions(db.ownerUrl, dataDir);
    api = await createApiApp(testConfig(db));
    await api.listen(0, '127.0.0.1');
    baseUrl = await api.getUrl();
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('16051000 Erfurt is a kreisfreie Stadt in Thüringen (DE-TH, NUTS-3 DEG01)', async () => {
    const { status, body } = await get('/regions/16051');
    expect(status).toBe(200);
    const erfurt = regionDetailSchema.parse(body);
    expect(erfurt).toMatchObject({ key: '16051', ags: '16051', level: 'kreis', type: 'Kreisfreie Stadt', nuts3: 'DEG01', label: 'Erfurt, Stadt' });
    expect(erfurt.ancestors.map((a) => a.name)).toEqual(['Thüringen']);
    expect(erfurt.children.map((c) => c.key)).toEqual(['160510000000']);
    const land = regionDetailSchema.parse((await get('/regions/16')).body);
    expect(land.iso3166_2).toBe('DE-TH');
    const gemeinde = regionDetailSchema.parse((await get('/regions/160510000000')).body);
    expect(gemeinde.ags).toBe('16051000');
    expect(gemeinde.ancestors.map((a) => a.key)).toEqual(['16', '16051']);
    expect(gemeinde.postalCodes).toContain('99084');
  });

  it('Landkreis Görlitz is 14626, with the town Görlitz among its children', async () => {
    const kreis = regionDetailSchema.parse((await get('/regions/14626')).body);
    expect(kreis).toMatchObject({ label: 'Landkreis Görlitz', type: 'Landkreis', nuts3: 'DED2D' });
    expect(kreis.ancestors.map((a) => a.key)).toEqual(['14', '146']);
    expect(kreis.children.map((c) => c.label)).toContain('Görlitz, Stadt');
  });

  it('resolves PLZ 99084 to Erfurt and 15320 to Neuhardenberg and Neutrebbin', async () => {
    const erfurt = postalCodeDetailSchema.parse((await get('/postal-codes/99084')).body);
    expect(erfurt.gemeinden.map((g) => g.key)).toEqual(['160510000000']);
    expect(erfurt.centroid.lat).toBeCloseTo(50.978, 2);
    const oderbruch = postalCodeDetailSchema.parse((await get('/postal-codes/15320')).body);
    expect(oderbruch.gemeinden.map((g) => g.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Neuhardenberg/), expect.stringMatching(/^Neutrebbin/)]),
    );
    expect(oderbruch.places.some((p) => p.includes('Altfriedland'))).toBe(true);
  });

  it('autocomplete keeps town and district apart and finds PLZ prefixes', async () => {
    const goerlitz = regionSuggestResponseSchema.parse((await get('/regions/suggest?q=G%C3%B6rlitz')).body);
    const labels = goerlitz.items.map((i) => i.label);
    expect(labels.slice(0, 2)).toEqual(expect.arrayContaining(['Görlitz, Stadt', 'Landkreis Görlitz']));
    expect(goerlitz.items.find((i) => i.label === 'Görlitz, Stadt')?.context).toBe('Landkreis Görlitz, Sachsen');

    const gotha = regionSuggestResponseSchema.parse((await get('/regions/suggest?q=Gotha')).body);
    expect(gotha.items.slice(0, 2).map((i) => i.label)).toEqual(expect.arrayContaining(['Gotha, Stadt', 'Landkreis Gotha']));

    const plz = regionSuggestResponseSchema.parse((await get('/regions/suggest?q=990&limit=25')).body);
    expect(plz.items.length).toBeGreaterThan(5);
    expect(plz.items.every((i) => i.kind === 'postalCode' && i.id.startsWith('990'))).toBe(true);
    expect(plz.items.find((i) => i.id === '99084')?.context).toContain('Thüringen');

    const ascii = regionSuggestResponseSchema.parse((await get('/regions/suggest?q=gorlitz&levels=kreis')).body);
    expect(ascii.items.map((i) => i.label)).toEqual(['Landkreis Görlitz']);

    const place = regionSuggestResponseSchema.parse((await get('/regions/suggest?q=Altfriedland')).body);
    expect(place.items[0]).toMatchObject({ kind: 'postalCode', id: '15320' });
  });

  it('30 km around 99084 includes Weimar and Gotha but not Jena', async () => {
    const { status, body } = await get('/regions/nearby?plz=99084&radiusKm=30&limit=500');
    expect(status).toBe(200);
    const result = nearbyResponseSchema.parse(body);
    const names = result.items.map((i) => i.label);
    expect(names).toEqual(expect.arrayContaining(['Weimar, Stadt', 'Gotha, Stadt', 'Erfurt, Stadt']));
    expect(names).not.toContain('Jena, Stadt');
    expect(result.items.every((i) => i.distanceKm <= 30)).toBe(true);
    expect(result.items[0]?.label).toBe('Erfurt, Stadt');
    const sorted = [...result.items].sort((a, b) => a.distanceKm - b.distanceKm);
    expect(result.items).toEqual(sorted);
    const byPoint = nearbyResponseSchema.parse((await get('/regions/nearby?lat=50.9778&lon=11.0285&radiusKm=30&level=kreis')).body);
    expect(byPoint.items.map((i) => i.key)).toContain('16051');
  });

  it.each([
    ['/regions/1234', 'key', 'Regionalschlüssel'],
    ['/regions/abc', 'key', 'Regionalschlüssel'],
    ['/postal-codes/9908', 'plz', 'PLZ'],
    ['/regions/nearby?plz=99084&radiusKm=0', 'radiusKm', 'größer als 0'],
    ['/regions/nearby?plz=99084&radiusKm=-5', 'radiusKm', 'größer als 0'],
    ['/regions/nearby?plz=99084&radiusKm=501', 'radiusKm', 'höchstens 500'],
    ['/regions/nearby?plz=990&radiusKm=10', 'plz', 'PLZ'],
    ['/regions/nearby?radiusKm=10', 'plz', 'PLZ oder lat und lon'],
    ['/regions/nearby?lat=50&radiusKm=10', 'lon', 'lat und lon'],
    ['/regions/nearby?plz=99084&radiusKm=10&level=dorf', 'level', ''],
    ['/regions/suggest?q=a', 'q', 'mindestens 2 Zeichen'],
    ['/regions/suggest?q=Gotha&limit=1000', 'limit', ''],
  ])('GET %s → 400 naming %s', async (path, field, text) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    const error = apiErrorSchema.parse(body);
    const issue = error.issues?.find((i) => i.path === field);
    expect(issue).toBeDefined();
    expect(issue?.message).toContain(text);
  });

  it('explains bad input in English on request, and unknown keys with 404', async () => {
    const bad = apiErrorSchema.parse((await get('/regions/nearby?plz=99084&radiusKm=600', 'en')).body);
    expect(bad.issues?.[0]).toMatchObject({ path: 'radiusKm', message: 'The radius must be at most 500 km' });
    const missing = await get('/regions/99999');
    expect(missing.status).toBe(404);
    expect(apiErrorSchema.parse(missing.body).message).toBe('Keine Region mit dem Schlüssel 99999.');
    expect((await get('/postal-codes/00000', 'en')).body.message).toBe('Postal code 00000 is not known.');
  });
});
