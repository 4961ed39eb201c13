import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeFrontCoded, decompound, Decompounder, defaultDecompounder, encodeFrontCoded } from './decompound';
import { BLOCKED_PARTS, FIELD_WORDS, SHORT_PARTS, UNSPLITTABLE } from './dictionary/field-words';
import { GENERAL_NOUNS } from './dictionary/general-nouns.generated';
import { tokens } from './tokens';

/** decompound() of the one token of a word as people write it. */
function split(word: string): string[] {
  const t = tokens(word);
  expect(t).toHaveLength(1);
  return decompound(t[0] as string);
}

describe('decompound', () => {
  it.each([
    ['Sprachmittlerschulung', ['sprachmittler', 'schulung']],
    ['Vernetzungstreffen', ['vernetzung', 'treffen']],
    ['Fortbildungsreihe', ['fortbildung', 'reihe']],
    ['Fortbildungsreihen', ['fortbildung', 'reihen']],
    ['Traumapädagogik', ['trauma', 'paedagogik']],
    ['traumapädagogisch', ['trauma', 'paedagogisch']],
    ['traumapädagogische', ['trauma', 'paedagogische']],
    ['Willkommensinitiative', ['willkommen', 'initiative']],
    ['Asylbewerberleistungsgesetz', ['asylbewerber', 'leistung', 'gesetz']],
    ['Migrationsberatung', ['migration', 'beratung']],
    ['Integrationskursträger', ['integration', 'kurs', 'traeger']],
    ['Ehrenamtskoordination', ['ehrenamt', 'koordination']],
    ['Migrant*innenorganisation', ['migrant', 'organisation']],
    ['Themenabend', ['them', 'abend']],
    ['Kinderschutz', ['kinder', 'schutz']],
    ['Gemeinschaftsunterkunft', ['gemeinschaft', 'unterkunft']],
    ['Bundesamt', ['bund', 'amt']],
    ['Fördermittel', ['foerder', 'mittel']],
    ['Arbeitsmarktintegration', ['arbeit', 'markt', 'integration']],
    ['Jugendmigrationsdienst', ['jugend', 'migration', 'dienst']],
    ['Notunterkunft', ['not', 'unterkunft']],
    ['Bundesländer', ['bund', 'laender']],
    ['kultursensibel', ['kultur', 'sensibel']],
    ['rassismuskritisch', ['rassismus', 'kritisch']],
  ])('%s → %j', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it('does not touch hyphenated words: tokens() has split them already', () => {
    expect(tokens('Online-Fortbildung')).toEqual(['online', 'fortbildung']);
    expect(decompound('online')).toEqual([]);
    expect(decompound('fortbildung')).toEqual([]);
  });

  it.each([
    // place names (protected), also inflected
    'Magdeburg', 'Magdeburger', 'Sachsen', 'Berlin', 'Regensburg', 'Thüringen', 'Mannheim', 'Neustadt', 'Deutschland',
    'Nordrhein-Westfalen', 'Freistaat', 'Sachsens',
    // simple and lexicalised words
    'Bildung', 'Beratung', 'Integration', 'Kultur', 'Fortbildung', 'Ehrenamt', 'Ehrenamtliche', 'Wochenende',
    'Kindertagesstätte', 'Hochschule', 'Unterstützung', 'Gesellschaft', 'Kommunikation', 'Fachkräfte', 'Sprachmittler',
    'Flüchtlinge', 'Materialien', 'migrantische', 'Freitag', 'Freitagen', 'innerhalb',
    // verbs and participles that look like compounds
    'unterstützen', 'fortbilden', 'Reisende', 'Lehrende',
  ])('does not split %s', (word) => {
    for (const t of tokens(word)) expect([t, decompound(t)]).toEqual([t, []]);
  });

  it('needs parts of 4 letters, 3-letter parts only from the short list, never blocked parts', () => {
    expect(split('Fachtag')).toEqual([]); // a field word …
    expect(split('Abschlussfachtag')).toEqual(['abschluss', 'fachtag']);
    expect(split('Sozialamt')).toEqual(['sozial', 'amt']); // "amt" is a short part
    expect(split('Jahresende')).toEqual([]); // "ende" is blocked, "sende" too
    const strict = new Decompounder(
      { fieldWords: FIELD_WORDS, generalNouns: [], generalPlurals: [], protectedNames: [], unsplittable: [], shortParts: SHORT_PARTS, blockedParts: BLOCKED_PARTS },
      { minPartLength: 6 },
    );
    expect(strict.split('vernetzungstreffen')).toEqual(['vernetzung', 'treffen']);
    expect(strict.split('kulturhaus')).toEqual([]); // "haus" is shorter than 6
  });

  it('resolves ambiguity deterministically: longest head, then field words (documented rule)', () => {
    expect(split('Wachstube')).toEqual(['wach', 'stube']); // not wachs + tube
    expect(defaultDecompounder().segments('staubecken')?.map((s) => s.part)).toEqual(['stau', 'becken']); // a listed noun: not split, but read so
    // A field word outranks the longer head: "Druckerzeugnis" is read as Drucker + Zeugnis (a documented limit).
    expect(split('Druckerzeugnis')).toEqual(['drucker', 'zeugnis']);
    for (let i = 0; i < 3; i++) expect(split('Wachstube')).toEqual(['wach', 'stube']);
  });

  it('splits a listed general noun only into field words ("clearly better")', () => {
    expect(split('Arbeitsmarkt')).toEqual(['arbeit', 'markt']); // listed? either way: both parts are field words
    expect(split('Staubecken')).toEqual([]); // listed, parts are no field words
  });

  it('gives the segments with linking elements for elisions, also of lexicalised words', () => {
    const d = defaultDecompounder();
    expect(d.segments('kulturmittler')).toEqual([
      { part: 'kultur', start: 0, end: 6, link: '' },
      { part: 'mittler', start: 6, end: 13, link: '' },
    ]);
    expect(d.segments('integrationsberatung')?.map((s) => [s.part, s.link])).toEqual([
      ['integration', 's'],
      ['beratung', ''],
    ]);
    expect(d.segments('ehrenamtlich')?.at(-1)?.part).toBe('amtlich');
    expect(d.segments('bildung')).toBeNull();
    expect(d.segments('99867')).toBeNull();
  });

  it('returns [] for numbers, short tokens and empty input', () => {
    for (const t of ['', 'a', 'kurs', '99867', 'b1', '2027']) expect(decompound(t)).toEqual([]);
  });

  it('never splits a German Land, Kreis, Gemeinde or postal place name from data/regions', () => {
    const dir = join(__dirname, '../../../../data/regions');
    const names = new Set<string>();
    const regions = parse(readFileSync(join(dir, 'regions.csv')), { columns: true }) as Record<string, string>[];
    for (const row of regions) if (row['level'] !== 'gemeindeverband') for (const t of tokens(row['name_short'] ?? '')) names.add(t);
    const places = parse(readFileSync(join(dir, 'postal_code_places.csv')), { columns: true }) as Record<string, string>[];
    for (const row of places) for (const t of tokens(row['place_name'] ?? '')) names.add(t);
    expect(names.size).toBeGreaterThan(10_000);
    const split = [...names].filter((n) => decompound(n).length > 0 || decompound(`${n}er`).length > 0);
    expect(split).toEqual([]);
  });

  it('keeps its lists consistent: field words are unique, unsplittable words and short parts are known', () => {
    const normalised = FIELD_WORDS.map((w) => tokens(w).join(''));
    expect(normalised.filter((w, i) => normalised.indexOf(w) !== i)).toEqual([]);
    for (const w of SHORT_PARTS) expect(tokens(w).join('')).toHaveLength(3);
    for (const w of UNSPLITTABLE) expect(tokens(w)).toHaveLength(1);
  });

  it('round-trips the front coding of the generated lists', () => {
    const words = ['amt', 'amtlich', 'amtsarzt', 'b', 'beratung', 'beratungsstelle'];
    expect(decodeFrontCoded([encodeFrontCoded(words)])).toEqual(words);
    const nouns = decodeFrontCoded(GENERAL_NOUNS);
    expect(nouns.length).toBeGreaterThan(60_000);
    expect(nouns).toContain('schulung');
    expect([...nouns].sort()).toEqual(nouns);
  });
});
