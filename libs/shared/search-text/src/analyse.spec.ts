import { analyseText, clearAnalysisCaches, completedTokens, indexTerms } from './analyse';
import { stem } from './stem';
import { tokens } from './tokens';

describe('completedTokens', () => {
  it.each([
    ['Sprach- und Kulturmittler*innen', ['sprachmittler', 'kulturmittler']],
    ['Migrations- und Integrationsberatung', ['migrationsberatung', 'integrationsberatung']],
    ['haupt- und ehrenamtlich', ['hauptamtlich', 'ehrenamtlich']],
    ['Haupt- und Ehrenamtliche', ['hauptamtliche', 'ehrenamtliche']],
    ['Ein- und Ausreise', ['einreise', 'ausreise']],
    ['Vor- und Nachbereitung', ['vorbereitung', 'nachbereitung']],
    ['Aus- und Weiterbildung', ['ausbildung', 'weiterbildung']],
    ['Kinder-, Jugend- und Familienhilfe', ['kinderhilfe', 'jugendhilfe', 'familienhilfe']],
    ['Sprach- bzw. Kulturmittler', ['sprachmittler', 'bzw', 'kulturmittler']], // "bzw" is no stop word of tokens()
    ['Sprach- oder Kulturmittlung', ['sprachmittlung', 'kulturmittlung']],
    ['Integrationskurse und -beratung', ['integrationskurse', 'integrationsberatung']],
    ['Sprachkurse, -tests und -prüfungen', ['sprachkurse', 'sprachtests', 'sprachpruefungen']],
  ])('%s → %j', (text, expected) => {
    expect(completedTokens(text)).toEqual(expected);
  });

  it('leaves hyphenated words, dashes and fragments it cannot complete alone', () => {
    expect(completedTokens('Online-Fortbildung')).toEqual(['online', 'fortbildung']);
    expect(completedTokens('Workshop - Berlin')).toEqual(['workshop', 'berlin']);
    expect(completedTokens('Themen: -Recht -Beratung')).toEqual(['themen', 'recht', 'beratung']);
    expect(completedTokens('Sprach- und')).toEqual(['sprach']);
    expect(completedTokens('Bildungs- und Berlin')).toEqual(['bildungs', 'berlin']);
  });

  it('gives exactly tokens() when there is no elision', () => {
    const texts = [
      'Fortbildung für Berater*innen in Görlitz',
      'Schulung für Ehrenamtliche Flüchtlingshilfe, online und in Präsenz (99867 Gotha)',
      '§ 45a AufenthG, 2024-05-01 – Diversity-Training / Anti-Bias!!',
      'Deutsch als Zweitsprache ohne Vorkenntnisse',
    ];
    for (const text of texts) expect(completedTokens(text)).toEqual(tokens(text));
  });
});

describe('indexTerms', () => {
  it('gives stems in text order, each word followed by its compound parts', () => {
    expect(indexTerms('Sprach- und Kulturmittler*innen für Migrationsberatung')).toEqual([
      'sprachmittler',
      'kulturmittler',
      'migrationsberatung',
      'migration',
      'beratung',
    ]);
    expect(indexTerms('Sprachmittlerschulungen in Magdeburg')).toEqual(['sprachmittlerschulung', 'sprachmittler', 'schulung', 'magdeburg']);
    expect(indexTerms('Online-Fortbildung für Ehrenamtliche')).toEqual(['online', 'fortbildung', 'ehrenamtlich']);
    expect(indexTerms('haupt- und ehrenamtlich')).toEqual(['hauptamtlich', 'ehrenamtlich']); // both field words
    expect(indexTerms('Ein- und Ausreise')).toEqual(['einreis', 'ausreis']);
    expect(indexTerms('')).toEqual([]);
    expect(indexTerms('für die')).toEqual([]);
  });

  it('keeps what documents say: stop words of queries, numbers and "als" stay', () => {
    expect(indexTerms('Wir bieten Deutsch als Zweitsprache ab 2027 an, nicht online')).toEqual([
      'wir',
      'biet',
      'deutsch',
      'als',
      'zweitsprach',
      'ab',
      '2027',
      'nicht',
      'online',
    ]);
  });

  it('agrees with analyseText: the flat list of terms and parts', () => {
    const text = 'Vernetzungstreffen der Willkommensinitiativen und Asylbewerberleistungsgesetz';
    expect(analyseText(text).flatMap((t) => [t.term, ...t.parts])).toEqual(indexTerms(text));
    expect(analyseText(text)[0]).toEqual({ token: 'vernetzungstreffen', term: 'vernetzungstreff', parts: ['vernetzung', 'treff'] });
  });

  it('is stable: the same text gives the same terms (memo) and stems are idempotent', () => {
    const text = 'Traumapädagogische Fortbildungsreihe für Integrationskursträger in Thüringen';
    const first = indexTerms(text);
    expect(indexTerms(text)).toEqual(first);
    clearAnalysisCaches();
    expect(indexTerms(text)).toEqual(first);
    for (const term of first) expect(stem(term)).toBe(term);
  });
});
