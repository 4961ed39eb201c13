import { MIN_WORD_SIZE_FOR_ONE_TYPO, MIN_WORD_SIZE_FOR_TWO_TYPOS, meiliTypoTolerance, typoBudget } from './typo';

describe('typoBudget', () => {
  it.each([
    ['', 0],
    ['a', 0],
    ['kita', 0], // 4
    ['kurse', 1], // 5
    ['gotha', 1],
    ['seminar', 1], // 7
    ['workshop', 1], // 8
    ['schulungs', 2], // 9
    ['fortbildung', 2],
    ['fluechtlingshilfe', 2],
  ] as const)('%s → %i', (word, budget) => {
    expect(typoBudget(word)).toBe(budget);
  });

  it('changes exactly at the Meilisearch word sizes', () => {
    expect(MIN_WORD_SIZE_FOR_ONE_TYPO).toBe(5);
    expect(MIN_WORD_SIZE_FOR_TWO_TYPOS).toBe(9);
    expect(typoBudget('x'.repeat(MIN_WORD_SIZE_FOR_ONE_TYPO - 1))).toBe(0);
    expect(typoBudget('x'.repeat(MIN_WORD_SIZE_FOR_ONE_TYPO))).toBe(1);
    expect(typoBudget('x'.repeat(MIN_WORD_SIZE_FOR_TWO_TYPOS - 1))).toBe(1);
    expect(typoBudget('x'.repeat(MIN_WORD_SIZE_FOR_TWO_TYPOS))).toBe(2);
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(typoBudget('ärzt')).toBe(0);
    expect(typoBudget('😀😀😀😀')).toBe(0);
    expect(typoBudget('çağrı')).toBe(1);
  });

  it('allows no typos in numbers (another postal code is another place)', () => {
    expect(typoBudget('99867')).toBe(0);
    expect(typoBudget('123456789')).toBe(0);
    expect(typoBudget('45a67')).toBe(1);
  });

  it('exports the matching Meilisearch setting', () => {
    expect(meiliTypoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true });
  });
});
