import type { Offer } from '@knotenpunkt/shared/contracts';
import { audienceCodes, offerInputSchema, sessionModes, topicCodes } from '@knotenpunkt/shared/contracts';
import { AUDIENCE_KEYS, SESSION_MODE_KEYS, TOPIC_KEYS } from '@knotenpunkt/portal/catalogue/public';

import {
  type OfferFormValue,
  berlinInstant,
  checkOffer,
  emptyModule,
  emptyOffer,
  emptySession,
  fieldPathOf,
  formValueOf,
  joinDateTime,
  offerFieldOrder,
  previewOf,
  splitDateTime,
  toOfferInput,
} from './offer-form';

const PARTNER = '8d9c7d1e-0000-4000-8000-0000000000b1';

function programme(): OfferFormValue {
  const first = { ...emptyModule(), title: 'Grundlagen', description: 'Recht und Praxis' };
  const second = { ...emptyModule(), title: 'Vertiefung', partnerId: PARTNER };
  return {
    ...emptyOffer('programme'),
    title: ' Qualifizierung Migrationsberatung ',
    abstract: 'Drei Module für Berater*innen.',
    topics: ['migration-counselling', 'asylum-law'],
    audiences: ['professionals'],
    languages: 'de, ar',
    price: { isFree: false, amount: '120,50', freeFor: ['volunteers'] },
    contact: { name: 'Kim Beispiel', email: 'kim@verein.example', phone: '' },
    partners: [{ key: 'p1', partnerId: PARTNER, role: 'Modulträger' }],
    modules: [first, second],
    sessions: [
      { ...emptySession(second.key), startDate: '2027-03-02', startTime: '09:00', endDate: '2027-03-02', endTime: '16:30', postalCode: '99084', locality: 'Erfurt', capacity: '20', freePlaces: '5', registrationDeadline: '2027-02-20' },
      { ...emptySession(), startDate: '2027-04-01', mode: 'online', onlineUrl: 'https://meet.example/x', postalCode: '12345' },
    ],
  };
}

describe('offer form ⇄ api input', () => {
  it('keeps its vocabularies equal to the contracts', () => {
    expect(TOPIC_KEYS).toEqual(topicCodes);
    expect(AUDIENCE_KEYS).toEqual(audienceCodes);
    expect(SESSION_MODE_KEYS).toEqual(sessionModes);
  });

  it('turns the form into a body the contracts schema accepts: nulls for empty texts, module positions, Berlin wall-clock dates', () => {
    const input = toOfferInput(programme());
    expect(input).toMatchObject({
      kind: 'programme',
      title: 'Qualifizierung Migrationsberatung',
      plainLanguageSummary: null,
      languages: ['de', 'ar'],
      price: { amount: 120.5, currency: 'EUR', isFree: false, freeFor: ['volunteers'] },
      certificate: null,
      contact: { name: 'Kim Beispiel', email: 'kim@verein.example', phone: null },
      partners: [{ partnerId: PARTNER, role: 'Modulträger' }],
      modules: [
        { externalId: null, title: 'Grundlagen', description: 'Recht und Praxis', partnerId: null },
        { externalId: null, title: 'Vertiefung', description: null, partnerId: PARTNER },
      ],
    });
    expect(input.sessions?.[0]).toMatchObject({
      modulePosition: 2,
      startsAt: '2027-03-02T09:00',
      endsAt: '2027-03-02T16:30',
      mode: 'onsite',
      venue: { name: null, street: null, postalCode: '99084', locality: 'Erfurt', lat: null, lon: null },
      capacity: 20,
      freePlaces: 5,
      registrationDeadline: '2027-02-20',
    });
    // Online: no venue (a PLZ typed before switching to online is dropped), all day, same end day.
    expect(input.sessions?.[1]).toMatchObject({ modulePosition: null, startsAt: '2027-04-01', endsAt: '2027-04-01', venue: null, onlineUrl: 'https://meet.example/x' });
    const parsed = offerInputSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.sessions[0]?.startsAt).toBe('2027-03-02T09:00:00+01:00');
  });

  it('keeps the module a date belongs to when modules are reordered', () => {
    const value = programme();
    const reordered = { ...value, modules: [value.modules[1], value.modules[0]] } as OfferFormValue;
    expect(toOfferInput(reordered).sessions?.[0]?.modulePosition).toBe(1);
  });

  it('reads an api offer back into the same form values, and keeps what the form does not show', () => {
    const input = offerInputSchema.parse(toOfferInput(programme()));
    const offer = {
      ...input,
      id: 'o1',
      slug: 'q',
      externalId: 'urn:x',
      status: 'draft',
      funders: ['Land Thüringen'],
      links: [{ label: 'Flyer', url: 'https://verein.example/flyer.pdf' }],
      provider: { id: 't', slug: 'verein', name: 'Verein', type: 'welfare' },
      partners: [{ id: PARTNER, externalId: 'urn:p', name: 'Bildungswerk', type: 'adult-education', url: null, email: null, phone: null, tenant: null, role: 'Modulträger' }],
      modules: input.modules.map((m, i) => ({ ...m, id: `m${i}`, position: i + 1, externalId: `urn:m${i}`, partner: null })),
      // The api answers date-times as instants.
      sessions: input.sessions.map((s, i) => ({
        ...s,
        id: `s${i}`,
        externalId: `urn:s${i}`,
        startsAt: i === 0 ? '2027-03-02T08:00:00.000Z' : s.startsAt,
        endsAt: i === 0 ? '2027-03-02T15:30:00.000Z' : s.endsAt,
        venue: s.venue ? { ...s.venue, lat: 50.9, lon: 11.0, regionKey: null, regionName: null, point: null } : null,
        schedule: i === 0 ? { repeatFrequency: 'P1W', byDay: [], text: null } : null,
        past: false,
      })),
      nextSessionStartsAt: null,
      lastSessionEndsAt: null,
      publishedAt: null,
      updatedAt: '2026-12-01T10:00:00.000Z',
      reviewComment: null,
    } as unknown as Offer;
    const { value, passThrough } = formValueOf(offer);
    expect(value.title).toBe('Qualifizierung Migrationsberatung');
    expect(value.languages).toBe('de, ar');
    expect(value.price.amount).toBe('120.5');
    expect(value.sessions[0]).toMatchObject({ externalId: 'urn:s0', moduleKey: value.modules[1]?.key, startDate: '2027-03-02', startTime: '09:00', endTime: '16:30', capacity: '20' });
    expect(value.sessions[1]).toMatchObject({ startDate: '2027-04-01', startTime: '', mode: 'online' });
    const again = toOfferInput(value, passThrough);
    expect(again.funders).toEqual(['Land Thüringen']);
    expect(again.links).toEqual([{ label: 'Flyer', url: 'https://verein.example/flyer.pdf' }]);
    expect(again.sessions?.[0]).toMatchObject({ externalId: 'urn:s0', modulePosition: 2, schedule: { repeatFrequency: 'P1W' }, venue: { lat: 50.9, lon: 11.0 } });
  });

  it('splits and joins dates in Berlin time, whatever the zone of the api value', () => {
    expect(splitDateTime('2027-07-01')).toEqual({ date: '2027-07-01', time: '' });
    expect(splitDateTime('2027-07-01T09:30:00+02:00')).toEqual({ date: '2027-07-01', time: '09:30' });
    expect(splitDateTime('2027-01-31T23:30:00.000Z')).toEqual({ date: '2027-02-01', time: '00:30' });
    expect(joinDateTime('2027-07-01', '')).toBe('2027-07-01');
    expect(joinDateTime('2027-07-01', '18:00')).toBe('2027-07-01T18:00');
    expect(berlinInstant('2027-07-01T18:00')).toBe('2027-07-01T16:00:00.000Z');
    expect(berlinInstant('2027-12-01T18:00')).toBe('2027-12-01T17:00:00.000Z');
  });
});

describe('client checks', () => {
  it('report required and format problems at the api paths', () => {
    const value = programme();
    value.title = 'ab';
    value.languages = 'Deutsch';
    value.contact.email = 'kim-at-verein';
    value.modules[1] = { ...(value.modules[1] as OfferFormValue['modules'][number]), title: ' ' };
    value.sessions[0] = { ...(value.sessions[0] as OfferFormValue['sessions'][number]), postalCode: '9908', capacity: '0' };
    value.sessions.push({ ...emptySession(), startDate: '' });
    expect(checkOffer(value).map((issue) => [issue.path, issue.key])).toEqual([
      ['title', 'forms.errors.minLength'],
      ['languages', 'offerEditor.errors.languages'],
      ['contact.email', 'offerEditor.errors.email'],
      ['modules.1.title', 'forms.errors.required'],
      ['sessions.0.venue.postalCode', 'offerEditor.errors.postalCode'],
      ['sessions.0.capacity', 'offerEditor.errors.capacity'],
      ['sessions.2.startsAt', 'forms.errors.required'],
      ['sessions.2.venue.postalCode', 'offerEditor.errors.postalCodeRequired'],
    ]);
    expect(checkOffer(programme())).toEqual([]);
  });

  it('leave cross-field rules to the api (free places above capacity, end before start)', () => {
    const value = programme();
    value.sessions[0] = { ...(value.sessions[0] as OfferFormValue['sessions'][number]), freePlaces: '30', endTime: '08:00' };
    expect(checkOffer(value)).toEqual([]);
  });
});

describe('api issue → editor field', () => {
  it.each([
    ['modules.1.title', 'modules.1.title'],
    ['sessions.0.freePlaces', 'sessions.0.freePlaces'],
    ['sessions.0.venue.postalCode', 'sessions.0.venue.postalCode'],
    ['sessions.0.venue', 'sessions.0.venue.postalCode'],
    ['sessions.3.modulePosition', 'sessions.3.moduleKey'],
    ['sessions.1.schedule.repeatFrequency', 'sessions.1.startsAt'],
    ['sessions.1.instructors.0', 'sessions.1.instructors'],
    ['sessions', 'sessions'],
    ['topics.2', 'topics'],
    ['languages.0', 'languages'],
    ['price.freeFor.1', 'price.freeFor'],
    ['partners.0.partnerId', 'partners.0.partnerId'],
    ['partners.0', 'partners.0.partnerId'],
    ['modules.0', 'modules.0.title'],
    ['certificate', 'certificate.name'],
    ['body.abstract', 'abstract'],
    ['modules[1].title', 'modules.1.title'],
  ])('%s → %s', (path, field) => {
    expect(fieldPathOf(path)).toBe(field);
  });

  it('lists the fields in the order they appear, with one entry per module and date', () => {
    const order = offerFieldOrder(programme());
    expect(order.indexOf('title')).toBeLessThan(order.indexOf('modules.1.title'));
    expect(order.indexOf('modules.1.title')).toBeLessThan(order.indexOf('sessions.0.startsAt'));
    expect(order).toContain('sessions.1.registrationDeadline');
    expect(order).not.toContain('sessions.2.startsAt');
  });
});

describe('preview', () => {
  it('shows the form as an offer: partner names, modules in order, Berlin instants, past dates', () => {
    const value = programme();
    value.sessions.push({ ...emptySession(), startDate: '2020-01-01', postalCode: '99084' });
    const offer = previewOf(value, {
      provider: { id: 't', slug: 'verein', name: 'Verein', type: 'welfare' },
      partners: [{ id: PARTNER, name: 'Bildungswerk', type: 'adult-education', url: null, tenant: null }],
      status: 'draft',
      now: Date.parse('2026-12-01T10:00:00Z'),
    });
    expect(offer.partners).toEqual([expect.objectContaining({ id: PARTNER, name: 'Bildungswerk', role: 'Modulträger' })]);
    expect(offer.modules.map((m) => [m.position, m.title, m.partner?.name ?? null])).toEqual([
      [1, 'Grundlagen', null],
      [2, 'Vertiefung', 'Bildungswerk'],
    ]);
    expect(offer.sessions[0]).toMatchObject({ startsAt: '2027-03-02T08:00:00.000Z', modulePosition: 2, past: false });
    expect(offer.sessions[2]?.past).toBe(true);
    expect(offer.price).toEqual({ amount: 120.5, currency: 'EUR', isFree: false, freeFor: ['volunteers'] });
  });
});
