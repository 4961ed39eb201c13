import { defaultSynonymGroups, parseSynonymGroups } from './synonyms';
import { buildThesaurus, defaultRelatedTerms, defaultThesaurus, THESAURUS_WEIGHTS, thesaurusKey } from './thesaurus';

const weightOf = (from: string, to: string, thesaurus = defaultThesaurus) =>
  thesaurus.alternatives(thesaurusKey(from))?.find((a) => a.term === thesaurusKey(to))?.weight;

describe('thesaurusKey', () => {
  it('normalises like the index: tokens, gender forms, folding, stems', () => {
    expect(thesaurusKey('Fortbildungen')).toBe('fortbildung');
    expect(thesaurusKey('Migrant*innen')).toBe('migrant');
    expect(thesaurusKey('Runder Tisch')).toBe('rund tisch');
    expect(thesaurusKey('Deutsch als Zweitsprache')).toBe('deutsch als zweitsprach');
    expect(thesaurusKey('für die')).toBe('');
  });
});

describe('buildThesaurus', () => {
  it('gives true synonyms weight 1 in both directions, not the term itself', () => {
    expect(weightOf('Fortbildung', 'Workshop')).toBe(1);
    expect(weightOf('Workshops', 'Fortbildungen')).toBe(1);
    expect(weightOf('Geflüchtete', 'Flüchtlinge')).toBe(1);
    expect(weightOf('Sprachmittler*innen', 'Dolmetscher')).toBe(1);
    expect(weightOf('Integrationsbeauftragte', 'Integrationskoordinator*innen')).toBe(1);
    expect(weightOf('Ehrenamt', 'Freiwillige')).toBe(1);
    expect(defaultThesaurus.alternatives('fortbildung')?.some((a) => a.term === 'fortbildung')).toBe(false);
  });

  it('keeps broader and narrower terms apart from synonyms, with lower weights in each direction', () => {
    expect(weightOf('Fachtag', 'Tagung')).toBe(THESAURUS_WEIGHTS.broader);
    expect(weightOf('Tagung', 'Fachtag')).toBe(THESAURUS_WEIGHTS.narrower);
    expect(weightOf('Fachtagung', 'Konferenz')).toBe(THESAURUS_WEIGHTS.broader); // through the synonyms on both sides
    expect(weightOf('Kurs', 'Grundkurs')).toBe(THESAURUS_WEIGHTS.narrower);
    expect(weightOf('Kurs', 'Basiskurs')).toBe(THESAURUS_WEIGHTS.narrower);
    expect(weightOf('Grundkurs', 'Kurs')).toBe(THESAURUS_WEIGHTS.broader);
    expect(weightOf('Runder Tisch', 'Vernetzungstreffen')).toBe(THESAURUS_WEIGHTS.broader);
    expect(weightOf('Infoabend', 'Informationsveranstaltung')).toBe(THESAURUS_WEIGHTS.broader);
    expect(weightOf('Asylsuchende', 'Geflüchtete')).toBe(THESAURUS_WEIGHTS.broader);
    expect(weightOf('Geflüchtete', 'Asylsuchende')).toBe(THESAURUS_WEIGHTS.narrower);
    // one step only: Deutschkurs < Sprachkurs < Kurs does not make Deutschkurs a narrower term of Kurs
    expect(weightOf('Kurs', 'Deutschkurs')).toBeUndefined();
  });

  it('orders alternatives by weight and keeps the highest weight of a term reached twice', () => {
    const thesaurus = buildThesaurus([['Kita', 'Kindertagesstätte']], [['Kita', 'Kindertagesstätte'], ['Krippe', 'Kita']]);
    expect(thesaurus.alternatives('kita')).toEqual([
      { term: 'kindertagesstaett', weight: 1 },
      { term: 'kripp', weight: THESAURUS_WEIGHTS.narrower },
    ]);
    const weights = defaultThesaurus.alternatives('fortbildung')?.map((a) => a.weight) ?? [];
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  });

  it('uses the default related terms unless given others; [] for none', () => {
    expect(weightOf('Fachtag', 'Tagung', buildThesaurus(defaultSynonymGroups))).toBe(THESAURUS_WEIGHTS.broader);
    expect(weightOf('Fachtag', 'Tagung', buildThesaurus(defaultSynonymGroups, []))).toBeUndefined();
    expect(buildThesaurus([]).size).toBeGreaterThan(0);
    expect(buildThesaurus([], []).size).toBe(0);
  });

  it('reads the operator format: groups and "narrower > broader" lines', () => {
    const { groups, related, errors } = parseSynonymGroups('Kita, Kindertagesstätte\nKrippe > Kita\n');
    expect(errors).toEqual([]);
    const thesaurus = buildThesaurus(groups, related);
    expect(weightOf('Kindertagesstätte', 'Krippe', thesaurus)).toBe(THESAURUS_WEIGHTS.narrower);
    expect(weightOf('Krippen', 'Kindertagesstätten', thesaurus)).toBe(THESAURUS_WEIGHTS.broader);
  });

  it('knows phrases and their length', () => {
    expect(defaultThesaurus.longestPhrase).toBeGreaterThanOrEqual(3);
    expect(weightOf('DaZ', 'Deutsch als Zweitsprache')).toBe(1);
    expect(buildThesaurus([['Kita', 'Krippe']], []).longestPhrase).toBe(1);
  });

  it('has default related pairs whose terms all have words and differ', () => {
    for (const [narrower, broader] of defaultRelatedTerms) {
      expect(thesaurusKey(narrower)).not.toBe('');
      expect(thesaurusKey(broader)).not.toBe('');
      expect(thesaurusKey(narrower)).not.toBe(thesaurusKey(broader));
    }
    expect(Object.isFrozen(defaultRelatedTerms)).toBe(true);
  });
});
