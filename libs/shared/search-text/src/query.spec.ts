import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { analyseText } from './analyse';
import { analyseQuery, PREFIX_MIN_LENGTH, QUERY_STOP_WORDS, QUERY_WEIGHTS, type QueryAlternative, type QueryAnalysis } from './query';
import { stem } from './stem';
import { buildThesaurus, defaultThesaurus, THESAURUS_WEIGHTS } from './thesaurus';
import { GERMAN_STOP_WORDS } from './tokens';

/**
 * A minimal engine over the library's output, the way the in-memory engine is meant to use it:
 * every unit must be matched by one of its alternatives; a phrase matches consecutive words, a
 * prefix any term starting with it, anything else an equal term (a word's own term or a part).
 */
function matches(document: string, query: QueryAnalysis): boolean {
  const words = analyseText(document);
  const terms = new Set(words.flatMap((w) => [w.term, ...w.parts]));
  const wordTerms = words.map((w) => w.term);
  const hit = (a: QueryAlternative) => {
    if (a.term.includes(' ')) {
      const phrase = a.term.split(' ');
      return wordTerms.some((_, i) => phrase.every((p, k) => wordTerms[i + k] === p));
    }
    if (a.prefix) return [...terms].some((t) => t.startsWith(a.term));
    return terms.has(a.term);
  };
  return query.units.length > 0 && query.units.every((u) => u.alternatives.some(hit));
}

const q = (text: string) => analyseQuery(text, defaultThesaurus);
const found = (document: string, query: string) => matches(document, q(query));

describe('analyseQuery', () => {
  it('gives one unit per word with its stem, synonyms and related terms', () => {
    const { units, stopWordsOnly } = q('Fortbildungen Gotha');
    expect(stopWordsOnly).toBe(false);
    expect(units.map((u) => [u.source, u.group])).toEqual([
      ['fortbildungen', 0],
      ['gotha', 1],
    ]);
    const [fortbildung, gotha] = units;
    expect(fortbildung?.alternatives[0]).toEqual({ term: 'fortbildung', weight: 1, prefix: false });
    expect(fortbildung?.alternatives).toContainEqual({ term: 'workshop', weight: 1, prefix: false });
    expect(fortbildung?.alternatives).toContainEqual({ term: 'webinar', weight: THESAURUS_WEIGHTS.narrower, prefix: false });
    expect(gotha?.alternatives).toEqual([{ term: 'gotha', weight: 1, prefix: true }]);
  });

  it('finds synonyms through plurals: "Workshops", "Fortbildungen", "Fachkräfte"', () => {
    expect(q('Workshops').units[0]?.alternatives.map((a) => a.term)).toContain('fortbildung');
    expect(q('Fortbildungen').units[0]?.alternatives.map((a) => a.term)).toContain('schulung');
    expect(q('Asylsuchenden').units[0]?.alternatives.map((a) => a.term)).toContain('asylbewerber');
  });

  it('makes one unit per part of a compound word, in one group, with the whole word first', () => {
    const { units } = q('Sprachmittlerschulung Erfurt');
    expect(units.map((u) => [u.source, u.group])).toEqual([
      ['sprachmittlerschulung', 0],
      ['sprachmittlerschulung', 0],
      ['erfurt', 1],
    ]);
    expect(units[0]?.alternatives.slice(0, 2)).toEqual([
      { term: 'sprachmittlerschulung', weight: 1, prefix: false },
      { term: 'sprachmittler', weight: QUERY_WEIGHTS.compoundPart, prefix: false },
    ]);
    expect(units[0]?.alternatives).toContainEqual({ term: 'dolmetscher', weight: QUERY_WEIGHTS.compoundPart, prefix: false });
    expect(units[1]?.alternatives).toContainEqual({ term: 'schulung', weight: QUERY_WEIGHTS.compoundPart, prefix: false });
    expect(units[1]?.alternatives).toContainEqual({ term: 'fortbildung', weight: QUERY_WEIGHTS.compoundPart, prefix: false });
  });

  it('does not split a compound that is itself a thesaurus term', () => {
    expect(q('Migrationsberatung').units).toHaveLength(1);
    expect(q('Vernetzungstreffen').units).toHaveLength(1);
    expect(q('Vernetzungstreffen').units[0]?.alternatives.map((a) => a.term)).toContain('netzwerktreff');
    expect(q('Willkommensinitiative').units).toHaveLength(2);
  });

  it('reads thesaurus phrases as one unit, longest first', () => {
    const { units } = q('Deutsch als Zweitsprache online');
    expect(units).toHaveLength(2);
    expect(units[0]?.source).toBe('deutsch als zweitsprache');
    expect(units[0]?.alternatives.slice(0, 2)).toEqual([
      { term: 'deutsch als zweitsprach', weight: 1, prefix: false },
      { term: 'daz', weight: 1, prefix: false },
    ]);
    expect(q('am Runden Tisch').units[0]?.alternatives[0]?.term).toBe('rund tisch');
    expect(q('Deutsch').units).toHaveLength(1);
  });

  it('completes elisions like the index does', () => {
    expect(q('Sprach- und Kulturmittler').units.map((u) => u.source)).toEqual(['sprachmittler', 'kulturmittler']);
    expect(q('Ein- und Ausreise').units.map((u) => u.alternatives[0]?.term)).toEqual(['einreis', 'ausreis']);
  });

  it('marks only the last word as a prefix, from 4 letters, never numbers, synonyms or phrases', () => {
    const prefixes = (text: string) => q(text).units.flatMap((u) => u.alternatives.filter((a) => a.prefix).map((a) => a.term));
    expect(prefixes('Fortbildung migra')).toEqual(['migra']);
    expect(prefixes('migra Fortbildung')).toEqual(['fortbildung']);
    expect(prefixes('Kit')).toEqual([]);
    expect(PREFIX_MIN_LENGTH).toBe(4);
    expect(prefixes('Kita')).toEqual(['kita']);
    expect(prefixes('Gotha 99867')).toEqual([]);
    expect(prefixes('Deutsch als Zweitsprache')).toEqual([]);
    expect(prefixes('Sprachmittlerschul')).toEqual(['sprachmittlerschul', 'sprachmittlerschul', 'schul']); // the whole word in both part units
  });

  it('links derived forms with a lower weight: moderieren ↔ Moderation', () => {
    expect(q('moderieren').units[0]?.alternatives).toContainEqual({ term: 'moderation', weight: QUERY_WEIGHTS.derived, prefix: false });
    expect(q('Moderation lernen').units[0]?.alternatives).toContainEqual({ term: 'moderier', weight: QUERY_WEIGHTS.derived, prefix: true });
    expect(q('moderieren lernen').units[0]?.alternatives[0]).toEqual({ term: 'moderier', weight: 1, prefix: true }); // moderiert, moderierte
    expect(found('Die Gruppe wird moderiert', 'moderieren lernen')).toBe(false); // "lernen" is missing …
    expect(found('Die Gruppe wird moderiert', 'moderieren Gruppe')).toBe(true); // … "moderieren" matches "moderiert"
    expect(q('Station').units[0]?.alternatives).toHaveLength(1);
  });

  it('detects queries of stop words only', () => {
    for (const text of ['mit', 'für die', 'Ich suche etwas', 'wo gibt es was?', 'bitte, welche?']) {
      expect([text, q(text)]).toEqual([text, { units: [], stopWordsOnly: true }]);
    }
    expect(q('')).toEqual({ units: [], stopWordsOnly: false });
    expect(q(' !? ')).toEqual({ units: [], stopWordsOnly: false });
    expect(q('Ich suche Workshops für unsere Ehrenamtlichen').units.map((u) => u.source)).toEqual(['workshops', 'ehrenamtlichen']);
  });

  it('never drops meaningful words', () => {
    for (const word of ['online', 'deutsch', 'ohne', 'nicht', 'kein', 'als', 'neu', 'kostenlos', 'frei']) {
      expect(QUERY_STOP_WORDS.has(word)).toBe(false);
      expect(GERMAN_STOP_WORDS.has(word)).toBe(false);
    }
    expect(q('ohne Vorkenntnisse nicht online').units.map((u) => u.source)).toEqual(['ohne', 'vorkenntnisse', 'nicht', 'online']);
  });

  it('works with an operator thesaurus', () => {
    const thesaurus = buildThesaurus([['Konfliktlotse', 'Integrationslotse']], []);
    expect(analyseQuery('Konfliktlots*innen', thesaurus).units[0]?.alternatives.map((a) => a.term)).toEqual(['konfliktlot', 'integrationslot']);
  });
});

describe('indexTerms and analyseQuery agree', () => {
  it.each([
    // the word, its plural and inflections, gender forms
    ['Fortbildung für Ehrenamtliche', ['Fortbildung', 'Fortbildungen', 'Ehrenamtlichen', 'Ehrenamtlicher']],
    ['Beratung für Migrant*innen', ['Migrantinnen', 'Migranten', 'MigrantInnen', 'Migrant', 'Migrant:innen']],
    ['Workshop für Berater', ['Workshops', 'Beraterinnen', 'Berater*innen', 'BeraterIn']],
    ['Umgang mit Konflikten', ['Konflikt', 'Konflikte', 'Konflikts']],
    ['Schulungen für Fachkräfte in den Bundesländern', ['Fachkraft', 'Fachkräfte', 'Bundesland', 'Schulung']],
    // synonyms and related terms
    ['Fortbildung für Ehrenamtliche', ['Weiterbildung', 'Schulungen', 'Workshops', 'Freiwillige', 'Engagierte', 'Seminar']],
    ['Vernetzungstreffen der Integrationslotsen', ['Netzwerktreffen', 'Austauschtreffen', 'Integrationsbegleiter']],
    ['Fachtag Asylrecht', ['Fachtagung', 'Tagung', 'Konferenz', 'Aufenthaltsrecht']],
    ['Kurs Deutsch als Zweitsprache', ['DaZ', 'Deutsch als Zweitsprache']],
    ['Treffen am Runden Tisch', ['Runder Tisch', 'Round Table']],
    // compound parts, both ways
    ['Sprachmittlerschulung in Erfurt', ['Sprachmittler', 'Sprachmittler*innen', 'Schulung', 'Schulungen', 'Dolmetscher', 'Sprachmittlerschulungen']],
    ['Schulung für Sprachmittler', ['Sprachmittlerschulung']],
    ['Migrations- und Integrationsberatung', ['Migrationsberatung', 'Integrationsberatung', 'Beratung', 'Migration', 'Integration', 'MBE']],
    ['Sprach- und Kulturmittler*innen', ['Sprachmittler', 'Kulturmittlerin', 'Dolmetscher']],
    ['Fragen zur Ein- und Ausreise', ['Einreise', 'Ausreise']],
    ['Traumapädagogische Fortbildungsreihe', ['Traumapädagogik', 'traumapädagogisch', 'Fortbildungsreihe', 'Fortbildungsreihen', 'Reihe', 'Fortbildung']],
    ['Willkommensinitiative Gotha', ['Willkommensinitiativen', 'Initiative', 'Willkommen']],
    ['Asylbewerberleistungsgesetz verständlich erklärt', ['Asylbewerberleistungsgesetz', 'Leistungsgesetz', 'Asylbewerber', 'Gesetz']],
    ['Kinder-, Jugend- und Familienhilfe', ['Jugendhilfe', 'Kinderhilfe', 'Familienhilfe']],
    // prefixes and derived forms
    ['Migration und Flucht', ['migra', 'Migrat']],
    ['Beratung für Migranten', ['migra']],
    ['Moderation von Gruppen', ['moderieren', 'Moderation']],
    ['Wir moderieren Gruppen', ['Moderation']],
  ])('%s is found by each of %j', (document, queries) => {
    for (const query of queries) expect([query, found(document, query)]).toEqual([query, true]);
  });

  it('keeps apart what stemming must not merge (not the last word: no prefix)', () => {
    expect(found('Beratung für Migranten', 'Migration Beratung')).toBe(false);
    expect(found('Migration und Flucht', 'Migranten Flucht')).toBe(false);
    expect(found('Seminar in Magdeburg', 'Burg Seminar')).toBe(false);
    expect(found('Kurs für Arbeiter', 'Arbeit Kurs')).toBe(false);
    expect(found('Kurs für Arbeiter', 'Arbeiter Kurs')).toBe(true);
  });

  it('finds every document by each of its own words (demo offers)', () => {
    const source = readFileSync(join(__dirname, '../../../../apps/api/src/demo/demo-offers.ts'), 'utf8');
    const file = ts.createSourceFile('demo-offers.ts', source, ts.ScriptTarget.Latest);
    const texts: string[] = [];
    const visit = (node: ts.Node) => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.split(' ').length >= 6) texts.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(texts.length).toBeGreaterThan(100);
    let checked = 0;
    for (const text of texts) {
      for (const word of text.split(/\s+/)) {
        const query = q(word);
        if (query.units.length === 0) continue;
        checked += 1;
        expect([text.slice(0, 40), word, matches(text, query)]).toEqual([text.slice(0, 40), word, true]);
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('uses the same stems on both sides', () => {
    for (const word of ['Fortbildungen', 'Konflikte', 'Workshops', 'interkulturelle', 'Geflüchteten']) {
      const unit = q(`${word} x`).units[0];
      expect(analyseText(word)[0]?.term).toBe(unit?.alternatives[0]?.term);
      expect(stem(unit?.alternatives[0]?.term ?? '')).toBe(unit?.alternatives[0]?.term);
    }
  });
});
