import { foldGerman } from './fold';

describe('foldGerman', () => {
  it('writes umlauts and ß out so "Görlitz" and "Goerlitz" match', () => {
    expect(foldGerman('Görlitz')).toBe('goerlitz');
    expect(foldGerman('Goerlitz')).toBe('goerlitz');
    expect(foldGerman('Flüchtlingshilfe')).toBe('fluechtlingshilfe');
    expect(foldGerman('Kindertagesstätte')).toBe('kindertagesstaette');
    expect(foldGerman('Straße')).toBe('strasse');
  });

  it('handles capital umlauts and the capital ß', () => {
    expect(foldGerman('ÄRZTE ÖL ÜBER')).toBe('aerzte oel ueber');
    expect(foldGerman('GROẞ')).toBe('gross');
    expect(foldGerman('Ärger Öffnung Übung')).toBe('aerger oeffnung uebung');
  });

  it('handles umlauts typed as base letter + combining diaeresis', () => {
    expect(foldGerman('Go\u0308rlitz')).toBe('goerlitz');
    expect(foldGerman('U\u0308bersetzung')).toBe('uebersetzung');
  });

  it.each([
    ['Café', 'cafe'],
    ['Łódź', 'lodz'],
    ['Kırıkkale', 'kirikkale'],
    ['İstanbul', 'istanbul'],
    ['Şanlıurfa', 'sanliurfa'],
    ['François', 'francois'],
    ['España', 'espana'],
    ['Øresund', 'oresund'],
    ['Đakovo', 'dakovo'],
    ['Ærø', 'aero'],
    ['Œuvre', 'oeuvre'],
    ['Črnomelj', 'crnomelj'],
    ['ﬁnanziell', 'finanziell'],
  ])('strips other diacritics: %s → %s', (input, expected) => {
    expect(foldGerman(input)).toBe(expected);
  });

  it('keeps punctuation, spaces and digits (splitting is done by tokens)', () => {
    expect(foldGerman('Gotha, 99867 – Café!')).toBe('gotha, 99867 – cafe!');
  });

  it('keeps letters of other scripts, lower-cased', () => {
    expect(foldGerman('Допомога ДЛЯ')).toBe('допомога для');
    expect(foldGerman('عربي')).toBe('عربي');
  });

  it('is idempotent', () => {
    for (const s of ['Görlitz', 'GROẞ', 'Kırıkkale', 'Ærø', 'ﬁ', 'Ъ', 'ℌilfe']) {
      expect(foldGerman(foldGerman(s))).toBe(foldGerman(s));
    }
  });
});
