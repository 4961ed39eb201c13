import {
  SYNONYM_LIMITS,
  defaultSynonymGroups,
  expandQuery,
  formatSynonymGroups,
  meiliSynonyms,
  normaliseSynonymTerm,
  parseSynonymGroups,
  synonymIndex,
} from './synonyms';
import { tokens } from './tokens';

const index = synonymIndex(defaultSynonymGroups);

describe('defaultSynonymGroups', () => {
  it('contains the groups asked for in the issue', () => {
    const has = (a: string, b: string) => index.get(normaliseSynonymTerm(a))?.includes(normaliseSynonymTerm(b)) ?? false;
    expect(has('Flüchtlingshilfe', 'Geflüchtetenarbeit')).toBe(true);
    expect(has('Ehrenamt', 'Freiwillige')).toBe(true);
    expect(has('Ehrenamt', 'Engagierte')).toBe(true);
    expect(has('Integrationslotse', 'Integrationsbegleiter')).toBe(true);
    expect(has('Migrationsberatung', 'MBE')).toBe(true);
    expect(has('Kita', 'Kindertagesstätte')).toBe(true);
    expect(has('Sprachmittlung', 'Dolmetschen')).toBe(true);
    expect(has('MSO', 'Migrantenorganisation')).toBe(true);
    expect(has('Schulung', 'Fortbildung')).toBe(true);
  });

  it('has only valid groups: at least 2 distinct normalised terms, no term in two groups', () => {
    const seen = new Map<string, number>();
    defaultSynonymGroups.forEach((group, g) => {
      const normalised = group.map(normaliseSynonymTerm);
      expect(normalised.every((t) => t.length > 0)).toBe(true);
      expect(new Set(normalised).size).toBe(group.length);
      for (const t of normalised) {
        expect(seen.get(t)).toBeUndefined();
        seen.set(t, g);
      }
    });
  });

  it('survives the operator format unchanged (format → parse)', () => {
    const parsed = parseSynonymGroups(formatSynonymGroups(defaultSynonymGroups));
    expect(parsed.errors).toEqual([]);
    expect(parsed.groups).toEqual(defaultSynonymGroups.map((g) => [...g]));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(defaultSynonymGroups)).toBe(true);
    expect(Object.isFrozen(defaultSynonymGroups[0])).toBe(true);
  });
});

describe('synonymIndex', () => {
  it('normalises terms with tokens(): folding, gender forms, stop words', () => {
    expect(index.get('fluechtlingshilfe')?.[0]).toBe('fluechtlingshilfe');
    expect(index.get('integrationslots')).toEqual(['integrationslots', 'integrationsbegleiter', 'integrationshelfer', 'integrationsmittler']);
    expect(index.has('migrationsberatung erwachsene zuwanderer')).toBe(true); // "für" dropped
    expect(index.has('Flüchtlingshilfe')).toBe(false);
  });

  it('merges groups that share a term, and skips groups that collapse to one term', () => {
    const merged = synonymIndex([
      ['Kita', 'Kindertagesstätte'],
      ['Kita', 'Krippe'],
      ['Berater*innen', 'Beraterinnen'],
      ['für', 'Seminar'],
    ]);
    expect(merged.get('kita')).toEqual(['kita', 'kindertagesstaette', 'krippe']);
    expect(merged.get('krippe')).toEqual(['krippe', 'kita']);
    expect(merged.has('berater')).toBe(false);
    expect(merged.has('seminar')).toBe(false);
  });
});

describe('expandQuery', () => {
  it('gives the alternatives per query token (the example of the brief)', () => {
    expect(expandQuery(tokens('Schulung Flüchtlingshilfe'), defaultSynonymGroups)).toEqual([
      ['schulung', 'fortbildung', 'weiterbildung', 'qualifizierung', 'seminar', 'workshop', 'training'],
      ['fluechtlingshilfe', 'gefluechtetenarbeit', 'gefluechtetenhilfe', 'fluechtlingsarbeit'],
    ]);
  });

  it('keeps tokens without synonyms as a unit of their own, in query order', () => {
    expect(expandQuery(tokens('Schulung für Ehrenamtliche in 99867 Gotha'), index)).toEqual([
      ['schulung', 'fortbildung', 'weiterbildung', 'qualifizierung', 'seminar', 'workshop', 'training'],
      ['ehrenamtliche', 'ehrenamt', 'freiwillige', 'engagierte', 'buergerschaftliches engagement', 'ehrenamtler', 'ehrenamtlich engagierte'],
      ['99867'],
      ['gotha'],
    ]);
    expect(expandQuery([], index)).toEqual([]);
  });

  it('recognises phrases, longest first, and offers phrases as one alternative joined by a space', () => {
    expect(expandQuery(tokens('Migrationsberatung für erwachsene Zuwanderer in Erfurt'), index)).toEqual([
      ['migrationsberatung erwachsene zuwanderer', 'migrationsberatung', 'mbe'],
      ['erfurt'],
    ]);
    expect(expandQuery(tokens('MBE'), index)).toEqual([['mbe', 'migrationsberatung', 'migrationsberatung erwachsene zuwanderer']]);
    expect(expandQuery(tokens('Diversity-Training online'), index)).toEqual([
      ['diversity training', 'interkulturelle kompetenz', 'interkulturelles training'],
      ['online'],
    ]);
    expect(expandQuery(tokens('bürgerschaftliches Engagement'), index)[0]?.[0]).toBe('buergerschaftliches engagement');
  });

  it('does not take a phrase apart when only part of it is in the query', () => {
    expect(expandQuery(tokens('interkulturelle Öffnung'), index)).toEqual([['interkulturelle'], ['oeffnung']]);
  });

  it('finds synonyms through gender forms and spelling variants in the query', () => {
    expect(expandQuery(tokens('Integrationslots*innen'), index)[0]).toContain('integrationsbegleiter');
    expect(expandQuery(tokens('IntegrationsbegleiterInnen'), index)[0]).toContain('integrationslots');
    expect(expandQuery(tokens('Gefluechtetenhilfe'), index)[0]).toContain('fluechtlingshilfe');
    expect(expandQuery(tokens('Migrant*innenorganisation'), index)[0]).toContain('mso');
  });

  it('accepts the raw groups or a prebuilt index with the same result', () => {
    const q = tokens('Workshop Kita Trauma Asylrecht');
    expect(expandQuery(q, defaultSynonymGroups)).toEqual(expandQuery(q, index));
  });
});

describe('meiliSynonyms', () => {
  const synonyms = meiliSynonyms(defaultSynonymGroups);

  it('maps every normalised term to the other terms of its group', () => {
    expect(synonyms['kita']).toEqual(['kindertagesstaette', 'kindertageseinrichtung']);
    expect(synonyms['mbe']).toEqual(['migrationsberatung', 'migrationsberatung erwachsene zuwanderer']);
    expect(Object.keys(synonyms)).toHaveLength(defaultSynonymGroups.flat().length);
  });

  it('is symmetric and never maps a term to itself', () => {
    for (const [term, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(term);
      expect(others.length).toBeGreaterThan(0);
      for (const other of others) expect(synonyms[other]).toContain(term);
    }
  });

  it('uses normalised keys and values only (what the index holds)', () => {
    for (const [term, others] of Object.entries(synonyms)) {
      for (const t of [term, ...others]) expect(normaliseSynonymTerm(t)).toBe(t);
    }
  });

  it('is safe for keys that are names of Object.prototype members', () => {
    const odd = meiliSynonyms([['constructor', 'toString', 'hasOwnProperty']]);
    expect(Object.keys(odd)).toEqual(['constructor', 'tostring', 'hasownproperty']);
    expect(odd['constructor']).toEqual(['tostring', 'hasownproperty']);
    // "__proto__" cannot become a key: tokens() splits on the underscores.
    expect(normaliseSynonymTerm('__proto__')).toBe('proto');
  });
});

describe('parseSynonymGroups', () => {
  it('reads one group per line with comments, blank lines and CRLF', () => {
    const text = [
      '# Synonyme für die Angebotssuche',
      '',
      'Kita, Kindertagesstätte,   Kindertageseinrichtung',
      '   ',
      'Sprachmittlung ,Dolmetschen # Sprachmittler kommt später',
      'interkulturelles    Training, Diversity-Training\r',
    ].join('\r\n');
    expect(parseSynonymGroups(text)).toEqual({
      groups: [
        ['Kita', 'Kindertagesstätte', 'Kindertageseinrichtung'],
        ['Sprachmittlung', 'Dolmetschen'],
        ['interkulturelles Training', 'Diversity-Training'],
      ],
      related: [],
      errors: [],
    });
  });

  it('reports errors with their line numbers and keeps the good groups', () => {
    const text = [
      'Kita, Kindertagesstätte', // 1 ok
      'Ehrenamt', // 2 one term
      '# comment', // 3
      `Asylrecht, ${'x'.repeat(61)}`, // 4 too long
      'Asylrecht, Asylverfahren', // 5 ok
      'Schulung,,Seminar', // 6 empty term
      'für, Seminar', // 7 only a stop word
      'Berater*innen, Beraterinnen', // 8 same after normalisation
      `Trauma, ${'y'.repeat(60)}`, // 9 ok: exactly 60
    ].join('\n');
    const { groups, errors } = parseSynonymGroups(text);
    expect(groups).toEqual([
      ['Kita', 'Kindertagesstätte'],
      ['Asylrecht', 'Asylverfahren'],
      ['Trauma', 'y'.repeat(60)],
    ]);
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'synonyms.group.tooFewTerms'],
      [4, 'synonyms.term.tooLong'],
      [6, 'synonyms.term.empty'],
      [7, 'synonyms.term.noWords'],
      [8, 'synonyms.group.sameTerms'],
    ]);
    expect(errors[0]?.message).toMatch(/at least 2 terms/);
    expect(errors[1]?.message).toMatch(/longer than 60 characters/);
  });

  it('reports a trailing comma as an empty term', () => {
    expect(parseSynonymGroups('a1, b2,').errors).toEqual([{ line: 1, code: 'synonyms.term.empty', message: expect.stringMatching(/empty term/) }]);
  });

  it('accepts 500 groups and reports the 501st line once', () => {
    const lines = Array.from({ length: SYNONYM_LIMITS.maxGroups + 3 }, (_, i) => `wort${i}a, wort${i}b`);
    const exact = parseSynonymGroups(lines.slice(0, SYNONYM_LIMITS.maxGroups).join('\n'));
    expect(exact.errors).toEqual([]);
    expect(exact.groups).toHaveLength(500);
    const over = parseSynonymGroups(['# header', ...lines].join('\n'));
    expect(over.groups).toHaveLength(500);
    expect(over.errors).toEqual([{ line: 502, code: 'synonyms.groups.tooMany', message: expect.stringMatching(/more than 500 groups/) }]);
  });

  it('reads "narrower > broader" lines as related pairs, with comma lists on both sides', () => {
    const text = ['Kita, Kindertagesstätte', 'Fachtag > Tagung', 'Grundkurs, Aufbaukurs > Kurs, Lehrgang  # comment'].join('\n');
    expect(parseSynonymGroups(text)).toEqual({
      groups: [['Kita', 'Kindertagesstätte']],
      related: [
        ['Fachtag', 'Tagung'],
        ['Grundkurs', 'Kurs'],
        ['Grundkurs', 'Lehrgang'],
        ['Aufbaukurs', 'Kurs'],
        ['Aufbaukurs', 'Lehrgang'],
      ],
      errors: [],
    });
  });

  it('reports broken relations with their line and keeps the rest', () => {
    const text = ['a > b > c', '> Tagung', 'Fachtag >', 'Kurs > Kurse', 'für > Tagung', 'Fachtag > Tagung'].join('\n');
    const { related, errors } = parseSynonymGroups(text);
    expect(related).toEqual([['Fachtag', 'Tagung']]);
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [1, 'synonyms.related.invalid'],
      [2, 'synonyms.related.invalid'],
      [3, 'synonyms.related.invalid'],
      [4, 'synonyms.related.sameTerms'],
      [5, 'synonyms.term.noWords'],
    ]);
  });

  it('formats groups and relations so that parsing gives them back', () => {
    const related: [string, string][] = [['Fachtag', 'Tagung'], ['Runder Tisch', 'Netzwerktreffen']];
    const text = formatSynonymGroups([['Kita', 'Krippe']], related);
    expect(text).toBe('Kita, Krippe\nFachtag > Tagung\nRunder Tisch > Netzwerktreffen\n');
    expect(parseSynonymGroups(text)).toEqual({ groups: [['Kita', 'Krippe']], related, errors: [] });
  });

  it('returns nothing for an empty list', () => {
    expect(parseSynonymGroups('')).toEqual({ groups: [], related: [], errors: [] });
    expect(parseSynonymGroups('# nur Kommentare\n\n')).toEqual({ groups: [], related: [], errors: [] });
  });
});
