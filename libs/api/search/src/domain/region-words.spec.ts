import { regionWords } from './region-words';

const find = regionWords([
  { key: '16067', name: 'Gotha', city: false },
  { key: '14713', name: 'Leipzig', city: true },
  { key: '14729', name: 'Leipzig', city: false },
  { key: '01058', name: 'Rendsburg-Eckernförde', city: false },
]);

describe('Land and Kreis names typed into the query', () => {
  it.each([
    ['Fortbildung Ehrenamt in Bayern', '09', 'fortbildung ehrenamt'],
    ['Asylrecht Sachsen', '14', 'asylrecht'],
    ['Asylrecht Sachsen-Anhalt', '15', 'asylrecht'],
    ['Sprachmittlung Niedersachsen', '03', 'sprachmittlung'],
    ['Workshop im Freistaat Thüringen', '16', 'workshop'],
    ['Landkreis Gotha Asyl', '16067', 'asyl'],
    ['Kita Landkreis Leipzig', '14729', 'kita'],
    ['Kita Stadt Leipzig', '14713', 'kita'],
    ['Kreis Rendsburg-Eckernförde Ehrenamt', '01058', 'ehrenamt'],
    ['Baden-Württemberg', '08', ''],
  ])('%s → region %s, text "%s"', (q, region, text) => {
    expect(find(q)).toEqual({ region, text });
  });

  it.each([['Asyl Gotha'], ['Sachsen oder Bayern'], ['Fortbildung Stadtteilarbeit'], ['Integrationskurs in der Stadt']])('leaves "%s" as text', (q) => {
    expect(find(q)).toBeNull();
  });
});
