import { pickLanguage } from './language';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'de'],
    ['', 'de'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.5', 'en'],
    ['fr, it', 'de'],
    ['en;q=0.4, de;q=0.8', 'de'],
    ['de;q=0, en', 'en'],
    ['EN', 'en'],
  ])('%p → %p', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});
