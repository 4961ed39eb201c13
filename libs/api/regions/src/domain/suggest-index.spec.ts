import { foldForSearch } from '@knotenpunkt/shared/geo';
import { SuggestEntry, SuggestIndex } from './suggest-index';

const region = (id: string, label: string, short: string, level: SuggestEntry['level'], weight: number): SuggestEntry => ({
  kind: 'region', id, label, context: '', level, lat: 1, lon: 2, short: foldForSearch(short), words: foldForSearch(`${label}`).split(' '), weight,
});
const plz = (id: string, locality: string): SuggestEntry => ({
  kind: 'postalCode', id, label: `${id} ${locality}`, context: locality, level: null, lat: 1, lon: 2, short: id, words: [], weight: 0,
});
const place = (id: string, name: string): SuggestEntry => ({
  kind: 'postalCode', id, label: `${id} ${name}`, context: '', level: null, lat: null, lon: null, short: foldForSearch(name), words: foldForSearch(name).split(' '), weight: 0,
});

const index = new SuggestIndex([
  region('14626', 'Landkreis Görlitz', 'Görlitz', 'kreis', 243_958),
  region('146260110110', 'Görlitz, Stadt', 'Görlitz', 'gemeinde', 55_000),
  region('16067', 'Landkreis Gotha', 'Gotha', 'kreis', 130_000),
  region('160670029029', 'Gotha, Stadt', 'Gotha', 'gemeinde', 46_000),
  region('09', 'Bayern', 'Bayern', 'land', 13_000_000),
  plz('99084', 'Erfurt'),
  plz('99085', 'Erfurt'),
  plz('02826', 'Görlitz'),
  place('15320', 'Neuhardenberg Altfriedland'),
]);

describe('SuggestIndex', () => {
  it('finds town and district by name, larger first among equals', () => {
    expect(index.suggest('Görlitz', 10).map((s) => s.label)).toEqual(['Landkreis Görlitz', 'Görlitz, Stadt']);
    expect(index.suggest('gorl', 10).map((s) => s.id)).toEqual(['14626', '146260110110']);
  });

  it('needs every query word to match', () => {
    expect(index.suggest('landkreis go', 10).map((s) => s.label)).toEqual(['Landkreis Görlitz', 'Landkreis Gotha']);
    expect(index.suggest('gotha stadt', 10).map((s) => s.label)).toEqual(['Gotha, Stadt']);
  });

  it('finds postal codes by prefix in order', () => {
    expect(index.suggest('9908', 10).map((s) => s.id)).toEqual(['99084', '99085']);
    expect(index.suggest('990', 1).map((s) => s.id)).toEqual(['99084']);
  });

  it('finds places (Ortsteile) as their postal code, after regions', () => {
    expect(index.suggest('Altfried', 10)).toEqual([expect.objectContaining({ kind: 'postalCode', id: '15320' })]);
  });

  it('filters by level and returns nothing for no match', () => {
    expect(index.suggest('Görlitz', 10, ['gemeinde']).map((s) => s.id)).toEqual(['146260110110']);
    expect(index.suggest('Xanadu', 10)).toEqual([]);
  });
});
