import { regionLabel } from './labels';

describe('regionLabel', () => {
  it('keeps a town and its district apart', () => {
    expect(regionLabel({ level: 'gemeinde', type: 'Stadt', name: 'Görlitz, Stadt, Hochschulstadt', nameShort: 'Görlitz' })).toBe('Görlitz, Stadt');
    expect(regionLabel({ level: 'kreis', type: 'Landkreis', name: 'Görlitz', nameShort: 'Görlitz' })).toBe('Landkreis Görlitz');
  });

  it('names kreisfreie Städte, Kreise, Verbände and Bezirke as people do', () => {
    expect(regionLabel({ level: 'kreis', type: 'Kreisfreie Stadt', name: 'Erfurt, Stadt', nameShort: 'Erfurt' })).toBe('Erfurt, Stadt');
    expect(regionLabel({ level: 'kreis', type: 'Kreis', name: 'Dithmarschen', nameShort: 'Dithmarschen' })).toBe('Kreis Dithmarschen');
    expect(regionLabel({ level: 'gemeindeverband', type: 'Amt', name: 'Marne-Nordsee', nameShort: 'Marne-Nordsee' })).toBe('Marne-Nordsee (Amt)');
    expect(regionLabel({ level: 'regierungsbezirk', type: 'Regierungsbezirk', name: 'Oberbayern', nameShort: 'Oberbayern' })).toBe('Regierungsbezirk Oberbayern');
    expect(regionLabel({ level: 'regierungsbezirk', type: 'Statistische Region', name: 'Statistische Region Hannover', nameShort: 'x' })).toBe('Statistische Region Hannover');
    expect(regionLabel({ level: 'land', type: 'Land', name: 'Thüringen', nameShort: 'Thüringen' })).toBe('Thüringen');
  });
});
