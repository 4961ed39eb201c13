import { berlinDateTime, endInstantOf, instantOf, offerDateTimeSchema } from './dates';

describe('offer dates (Europe/Berlin when no offset)', () => {
  it('reads wall-clock times in Berlin, winter and summer', () => {
    expect(new Date(instantOf('2027-01-15T09:00')).toISOString()).toBe('2027-01-15T08:00:00.000Z');
    expect(new Date(instantOf('2027-07-15T09:00')).toISOString()).toBe('2027-07-15T07:00:00.000Z');
    expect(new Date(instantOf('2027-07-15T09:00:00Z')).toISOString()).toBe('2027-07-15T09:00:00.000Z');
    expect(new Date(instantOf('2027-07-15T09:00:00-04:00')).toISOString()).toBe('2027-07-15T13:00:00.000Z');
  });

  it('writes one canonical form with the offset', () => {
    expect(berlinDateTime(Date.parse('2027-03-28T00:30:00Z'))).toBe('2027-03-28T01:30:00+01:00');
    expect(berlinDateTime(Date.parse('2027-03-28T01:30:00Z'))).toBe('2027-03-28T03:30:00+02:00');
    expect(offerDateTimeSchema.parse('2027-05-08T09:30')).toBe('2027-05-08T09:30:00+02:00');
    expect(offerDateTimeSchema.parse('2027-05-08')).toBe('2027-05-08');
  });

  it('refuses what is not a date', () => {
    for (const bad of ['31.12.2027', '2027-02-30', '2027-13-01', '2027-05-08T25:00', 'morgen', '']) expect(offerDateTimeSchema.safeParse(bad).success).toBe(false);
  });

  it('an all-day end lasts until the end of that day', () => {
    expect(endInstantOf('2027-05-08')).toBeGreaterThan(instantOf('2027-05-08T23:00'));
  });
});
