import { LocalDatePipe } from './local-date.pipe';

describe('LocalDatePipe', () => {
  const pipe = new LocalDatePipe();

  it('formats dates and timestamps in the given language', () => {
    expect(pipe.transform('2026-03-03', 'de')).toBe('3. März 2026');
    expect(pipe.transform('2026-03-03', 'en')).toBe('March 3, 2026');
    expect(pipe.transform('2026-03-03T10:15:00.000Z', 'de', 'dateTime')).toMatch(/^03\.03\.2026, \d{2}:15$/);
  });

  it('leaves empty and unreadable values alone', () => {
    expect(pipe.transform(null, 'de')).toBe('');
    expect(pipe.transform('bald', 'de')).toBe('bald');
  });
});
