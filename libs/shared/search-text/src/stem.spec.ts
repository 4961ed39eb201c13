import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem, STEM_EXCEPTIONS, UMLAUT_PLURALS } from './stem';
import { tokens } from './tokens';

const same = (...words: string[]) => new Set(words.flatMap((w) => tokens(w)).map(stem));

describe('stem', () => {
  it.each([
    ['Fortbildungen', 'Fortbildung', 'fortbildung'],
    ['Konflikte', 'Konflikt', 'konflikt'],
    ['Konflikten', 'Konflikts', 'konflikt'],
    ['Workshops', 'Workshop', 'workshop'],
    ['Kurse', 'Kurs', 'kurs'],
    ['Kursen', 'Kurses', 'kurs'],
    ['Seminare', 'Seminars', 'seminar'],
    ['Kitas', 'Kita', 'kita'],
    ['Teams', 'Team', 'team'],
    ['Trainings', 'Training', 'training'],
    ['Vereins', 'Verein', 'verein'],
    ['Lehrers', 'Lehrer', 'lehrer'],
    ['Beratern', 'Berater', 'berater'],
    ['Kindern', 'Kinder', 'kinder'],
    ['Regeln', 'Regel', 'regel'],
    ['Ergebnisse', 'Ergebnis', 'ergebnis'],
    ['Ideen', 'Idee', 'idee'],
    ['Themen', 'Thema', 'them'],
    ['Zentren', 'Zentrum', 'zentr'],
    ['Rassismen', 'Rassismus', 'rassism'],
    ['Familien', 'Familie', 'famili'],
    ['Sprachen', 'Sprache', 'sprach'],
    ['Willkommens', 'Willkommen', 'willkomm'],
    ['interkultureller', 'interkulturellen', 'interkulturell'],
    ['interkulturelles', 'interkulturellem', 'interkulturell'],
    ['Geflüchteter', 'Geflüchteten', 'gefluechtet'],
    ['Ehrenamtlicher', 'Ehrenamtliche', 'ehrenamtlich'],
    ['Integrationsbeauftragter', 'Integrationsbeauftragte', 'integrationsbeauftragt'],
    ['Zugewanderter', 'Zugewanderte', 'zugewandert'],
    ['Asylsuchender', 'Asylsuchende', 'asylsuchend'],
    ['Runder', 'Runden', 'rund'],
    ['sensible', 'sensibel', 'sensibel'],
    ['Fachkräfte', 'Fachkraft', 'fachkraft'],
    ['Bundesländern', 'Bundesland', 'bundesland'],
    ['Gemeinschaftsunterkünften', 'Gemeinschaftsunterkunft', 'gemeinschaftsunterkunft'],
    ['Häuser', 'Haus', 'haus'],
  ])('%s and %s → %s', (a, b, expected) => {
    expect(same(a, b)).toEqual(new Set([expected]));
  });

  it('keeps Migration and Migrant apart (derivation is not removed), and Berater/Beratung, Arbeiter/Arbeit', () => {
    expect(same('Migration', 'Migrationen')).toEqual(new Set(['migration']));
    expect(same('Migrant', 'Migranten', 'Migrantinnen', 'Migrant*innen')).toEqual(new Set(['migrant']));
    expect(stem('berater')).not.toBe(stem('beratung'));
    expect(stem('arbeiter')).not.toBe(stem('arbeit'));
    expect(stem('moderieren')).not.toBe(stem('moderation')); // analyseQuery links them as derived forms
  });

  it('leaves words alone whose ending is part of the word', () => {
    for (const word of ['kurs', 'praxis', 'kreis', 'haus', 'status', 'impuls', 'eltern', 'rechts', 'links', 'online', 'problem']) {
      expect(stem(word)).toBe(word);
    }
    expect(stem('auslaender')).toBe('auslaender'); // a person, not the plural of "Ausland"
  });

  it('leaves short tokens, numbers and mixed tokens unchanged', () => {
    for (const token of ['ab', 'amt', 'tage'.slice(0, 3), '99867', '45a', 'b1', '2027']) expect(stem(token)).toBe(token);
  });

  it('gives a prefix of the token, except for umlaut plurals and the e of -abel/-ibel', () => {
    const words = tokens('Fortbildungen Konflikte Workshops interkulturellen Geflüchteten Integrationskursen Seminaren Themenabende');
    for (const word of words) expect(word.startsWith(stem(word))).toBe(true);
  });

  it('is idempotent on every token of realistic text and on the exception lists', () => {
    const corpus = readFileSync(join(__dirname, '../../../../apps/api/src/demo/demo-offers.ts'), 'utf8');
    const words = new Set([...tokens(corpus), ...STEM_EXCEPTIONS, ...Object.keys(UMLAUT_PLURALS), ...Object.values(UMLAUT_PLURALS)]);
    expect(words.size).toBeGreaterThan(2000);
    for (const word of words) {
      const once = stem(word);
      expect([word, stem(once)]).toEqual([word, once]);
    }
  });
});
