import type { Audience, Offer, OfferInputRequest, OfferKind, SessionMode, Topic } from '@knotenpunkt/shared/contracts';

/**
 * The offer editor's form model and its mapping to and from the api (`offerInputSchema` in
 * @knotenpunkt/shared/contracts): plain objects, no Angular, so the mapping is unit-tested alone.
 * The form keeps every value as text (what the inputs hold); `toOfferInput` turns it into the
 * request body, `formValueOf` an api offer back into form values. Field paths are the api's
 * (`modules.1.title`, `sessions.0.venue.postalCode`), so its `issues[].path` land on the fields.
 */

export interface ModuleFormValue {
  /** Client-side identity (sessions refer to modules by it, so reordering keeps the link). */
  key: string;
  externalId: string | null;
  title: string;
  description: string;
  partnerId: string;
}

export interface SessionFormValue {
  key: string;
  externalId: string | null;
  /** Key of the module this date belongs to; '' = the whole offer. */
  moduleKey: string;
  startDate: string;
  /** '' = all day. */
  startTime: string;
  endDate: string;
  endTime: string;
  mode: SessionMode;
  venueName: string;
  street: string;
  postalCode: string;
  locality: string;
  onlineUrl: string;
  capacity: string;
  freePlaces: string;
  registrationDeadline: string;
  /** One name per line. */
  instructors: string;
}

export interface PartnerFormValue {
  key: string;
  partnerId: string;
  role: string;
}

export interface OfferFormValue {
  kind: OfferKind;
  title: string;
  abstract: string;
  plainLanguageSummary: string;
  description: string;
  topics: Topic[];
  audiences: Audience[];
  /** Comma-separated language codes ("de, ar"). */
  languages: string;
  prerequisites: string;
  admissionRules: string;
  price: { isFree: boolean; amount: string; freeFor: Audience[] };
  certificate: { name: string; issuer: string; recognisedBy: string; legalBasis: string };
  contact: { name: string; email: string; phone: string };
  url: string;
  partners: PartnerFormValue[];
  modules: ModuleFormValue[];
  sessions: SessionFormValue[];
}

/** What the editor does not show but must not lose on save (links, funders, exact points, schedules). */
export interface OfferPassThrough {
  funders: string[];
  links: { label: string; url: string }[];
  sessions: Record<string, { lat: number | null; lon: number | null; schedule: Offer['sessions'][number]['schedule'] }>;
}

let nextKey = 0;
export function newKey(prefix: string): string {
  return `${prefix}${++nextKey}`;
}

export function emptyModule(): ModuleFormValue {
  return { key: newKey('m'), externalId: null, title: '', description: '', partnerId: '' };
}

export function emptySession(moduleKey = ''): SessionFormValue {
  return {
    key: newKey('s'),
    externalId: null,
    moduleKey,
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    mode: 'onsite',
    venueName: '',
    street: '',
    postalCode: '',
    locality: '',
    onlineUrl: '',
    capacity: '',
    freePlaces: '',
    registrationDeadline: '',
    instructors: '',
  };
}

export function emptyPartner(): PartnerFormValue {
  return { key: newKey('p'), partnerId: '', role: '' };
}

export function emptyOffer(kind: OfferKind = 'course'): OfferFormValue {
  return {
    kind,
    title: '',
    abstract: '',
    plainLanguageSummary: '',
    description: '',
    topics: [],
    audiences: [],
    languages: 'de',
    prerequisites: '',
    admissionRules: '',
    price: { isFree: false, amount: '', freeFor: [] },
    certificate: { name: '', issuer: '', recognisedBy: '', legalBasis: '' },
    contact: { name: '', email: '', phone: '' },
    url: '',
    partners: [],
    modules: kind === 'programme' ? [emptyModule()] : [],
    sessions: [],
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const berlinParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An api date as the date and time inputs hold it, in Berlin local time: "2027-05-08" → date
 * only (all day); "2027-05-08T09:30:00+02:00" or an instant → "2027-05-08" and "09:30".
 */
export function splitDateTime(value: string): { date: string; time: string } {
  if (DATE.test(value)) return { date: value, time: '' };
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return { date: value.slice(0, 10), time: value.slice(11, 16) };
  const parts = Object.fromEntries(berlinParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

function berlinOffsetMs(instant: number): number {
  const parts = Object.fromEntries(berlinParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']));
  return wall - Math.floor(instant / 60000) * 60000;
}

/** A Berlin wall-clock "2027-05-08T09:30" as an ISO instant (dates and values with offset stay as they are). */
export function berlinInstant(value: string): string {
  if (DATE.test(value) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
  const wall = Date.parse(`${value}:00Z`);
  if (Number.isNaN(wall)) return value;
  const first = wall - berlinOffsetMs(wall);
  return new Date(wall - berlinOffsetMs(first)).toISOString();
}

/** Date and time inputs → the api's form: "2027-05-08" (all day) or "2027-05-08T09:30" (Berlin wall clock). */
export function joinDateTime(date: string, time: string): string {
  const d = date.trim();
  const t = time.trim();
  return t ? `${d}T${t}` : d;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
const numberOrNull = (text: string): number | null => {
  const t = text.trim().replace(',', '.');
  return t === '' ? null : Number(t);
};
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function languagesOf(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/** The form → the request body of `POST/PUT …/offers` (`offerInputSchema`'s input). */
export function toOfferInput(value: OfferFormValue, passThrough: OfferPassThrough = { funders: [], links: [], sessions: {} }): OfferInputRequest {
  const modulePosition = new Map(value.modules.map((m, index) => [m.key, index + 1]));
  const certificateGiven = Object.values(value.certificate).some((v) => v.trim() !== '');
  const contactGiven = Object.values(value.contact).some((v) => v.trim() !== '');
  return {
    kind: value.kind,
    title: value.title.trim(),
    abstract: orNull(value.abstract),
    plainLanguageSummary: orNull(value.plainLanguageSummary),
    description: orNull(value.description),
    topics: [...value.topics],
    audiences: [...value.audiences],
    languages: languagesOf(value.languages).length ? languagesOf(value.languages) : ['de'],
    prerequisites: orNull(value.prerequisites),
    admissionRules: orNull(value.admissionRules),
    price: {
      amount: value.price.isFree ? null : numberOrNull(value.price.amount),
      currency: 'EUR',
      isFree: value.price.isFree,
      freeFor: value.price.isFree ? [] : [...value.price.freeFor],
    },
    certificate: certificateGiven
      ? { name: value.certificate.name.trim(), issuer: orNull(value.certificate.issuer), recognisedBy: orNull(value.certificate.recognisedBy), legalBasis: orNull(value.certificate.legalBasis) }
      : null,
    funders: passThrough.funders,
    partners: value.partners.map((p) => ({ partnerId: p.partnerId, role: p.role.trim() })),
    contact: contactGiven ? { name: orNull(value.contact.name), email: orNull(value.contact.email), phone: orNull(value.contact.phone) } : null,
    url: orNull(value.url),
    links: passThrough.links,
    modules: value.modules.map((m) => ({ externalId: m.externalId, title: m.title.trim(), description: orNull(m.description), partnerId: m.partnerId || null })),
    sessions: value.sessions.map((s) => {
      const kept = s.externalId ? passThrough.sessions[s.externalId] : undefined;
      const online = s.mode === 'online';
      const venueGiven = !online && [s.venueName, s.street, s.postalCode, s.locality].some((v) => v.trim() !== '');
      return {
        externalId: s.externalId,
        modulePosition: s.moduleKey ? (modulePosition.get(s.moduleKey) ?? null) : null,
        startsAt: joinDateTime(s.startDate, s.startTime),
        endsAt: joinDateTime(s.endDate || s.startDate, s.endTime),
        mode: s.mode,
        venue: venueGiven
          ? { name: orNull(s.venueName), street: orNull(s.street), postalCode: orNull(s.postalCode), locality: orNull(s.locality), lat: kept?.lat ?? null, lon: kept?.lon ?? null }
          : null,
        onlineUrl: s.mode === 'onsite' ? null : orNull(s.onlineUrl),
        capacity: numberOrNull(s.capacity),
        freePlaces: numberOrNull(s.freePlaces),
        registrationDeadline: orNull(s.registrationDeadline),
        schedule: kept?.schedule ?? null,
        instructors: lines(s.instructors),
      };
    }),
  };
}

/** An offer from the api → form values, and what the form does not edit. */
export function formValueOf(offer: Offer): { value: OfferFormValue; passThrough: OfferPassThrough } {
  const modules = [...offer.modules].sort((a, b) => a.position - b.position).map((m) => ({ ...emptyModule(), externalId: m.externalId, title: m.title, description: m.description ?? '', partnerId: m.partnerId ?? '' }));
  const passThrough: OfferPassThrough = { funders: [...offer.funders], links: offer.links.map((l) => ({ ...l })), sessions: {} };
  const sessions = offer.sessions.map((s) => {
    const start = splitDateTime(s.startsAt);
    const end = splitDateTime(s.endsAt);
    passThrough.sessions[s.externalId] = { lat: s.venue?.lat ?? null, lon: s.venue?.lon ?? null, schedule: s.schedule };
    return {
      ...emptySession(s.modulePosition !== null ? (modules[s.modulePosition - 1]?.key ?? '') : ''),
      externalId: s.externalId,
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      mode: s.mode,
      venueName: s.venue?.name ?? '',
      street: s.venue?.street ?? '',
      postalCode: s.venue?.postalCode ?? '',
      locality: s.venue?.locality ?? '',
      onlineUrl: s.onlineUrl ?? '',
      capacity: s.capacity === null ? '' : String(s.capacity),
      freePlaces: s.freePlaces === null ? '' : String(s.freePlaces),
      registrationDeadline: s.registrationDeadline ?? '',
      instructors: s.instructors.join('\n'),
    };
  });
  const value: OfferFormValue = {
    kind: offer.kind,
    title: offer.title,
    abstract: offer.abstract ?? '',
    plainLanguageSummary: offer.plainLanguageSummary ?? '',
    description: offer.description ?? '',
    topics: [...offer.topics],
    audiences: [...offer.audiences],
    languages: offer.languages.join(', '),
    prerequisites: offer.prerequisites ?? '',
    admissionRules: offer.admissionRules ?? '',
    price: { isFree: offer.price.isFree, amount: offer.price.amount === null ? '' : String(offer.price.amount), freeFor: [...offer.price.freeFor] },
    certificate: {
      name: offer.certificate?.name ?? '',
      issuer: offer.certificate?.issuer ?? '',
      recognisedBy: offer.certificate?.recognisedBy ?? '',
      legalBasis: offer.certificate?.legalBasis ?? '',
    },
    contact: { name: offer.contact?.name ?? '', email: offer.contact?.email ?? '', phone: offer.contact?.phone ?? '' },
    url: offer.url ?? '',
    partners: offer.partners.map((p) => ({ key: newKey('p'), partnerId: p.id, role: p.role })),
    modules,
    sessions,
  };
  return { value, passThrough };
}

/** A client-side problem: the field's api path and a translation key with its parameters. */
export interface FormIssue {
  readonly path: string;
  readonly key: string;
  readonly params?: Record<string, unknown>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()/-]{4,40}$/;
const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const PLZ = /^\d{5}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The simple checks done before the request (required fields, formats); the api checks the rest
 * (end before start, free places above capacity, deadlines …) and its answer lands on the same paths.
 */
export function checkOffer(value: OfferFormValue): FormIssue[] {
  const issues: FormIssue[] = [];
  const title = value.title.trim();
  if (title === '') issues.push({ path: 'title', key: 'forms.errors.required' });
  else if (title.length < 3) issues.push({ path: 'title', key: 'forms.errors.minLength', params: { min: 3 } });
  if (languagesOf(value.languages).some((code) => !LANGUAGE.test(code))) issues.push({ path: 'languages', key: 'offerEditor.errors.languages' });
  if (!value.price.isFree && value.price.amount.trim() !== '') {
    const amount = numberOrNull(value.price.amount);
    if (amount === null || Number.isNaN(amount) || amount < 0) issues.push({ path: 'price.amount', key: 'offerEditor.errors.amount' });
  }
  const certificateGiven = Object.values(value.certificate).some((v) => v.trim() !== '');
  if (certificateGiven && value.certificate.name.trim() === '') issues.push({ path: 'certificate.name', key: 'offerEditor.errors.certificateName' });
  if (value.contact.email.trim() && !EMAIL.test(value.contact.email.trim())) issues.push({ path: 'contact.email', key: 'offerEditor.errors.email' });
  if (value.contact.phone.trim() && !PHONE.test(value.contact.phone.trim())) issues.push({ path: 'contact.phone', key: 'offerEditor.errors.phone' });
  if (value.url.trim() && !HTTP_URL.test(value.url.trim())) issues.push({ path: 'url', key: 'offerEditor.errors.url' });
  value.partners.forEach((p, i) => {
    if (!p.partnerId) issues.push({ path: `partners.${i}.partnerId`, key: 'forms.errors.choice' });
    if (!p.role.trim()) issues.push({ path: `partners.${i}.role`, key: 'forms.errors.required' });
  });
  if (value.kind === 'programme' && value.modules.length === 0) issues.push({ path: 'modules', key: 'offerEditor.errors.programmeModules' });
  value.modules.forEach((m, i) => {
    if (!m.title.trim()) issues.push({ path: `modules.${i}.title`, key: 'forms.errors.required' });
  });
  value.sessions.forEach((s, i) => {
    const at = (field: string) => `sessions.${i}.${field}`;
    if (!s.startDate.trim()) issues.push({ path: at('startsAt'), key: 'forms.errors.required' });
    else if (!DATE.test(s.startDate.trim())) issues.push({ path: at('startsAt'), key: 'offerEditor.errors.date' });
    if (s.startTime.trim() && !TIME.test(s.startTime.trim())) issues.push({ path: at('startsAt'), key: 'offerEditor.errors.time' });
    if (s.endDate.trim() && !DATE.test(s.endDate.trim())) issues.push({ path: at('endsAt'), key: 'offerEditor.errors.date' });
    if (s.endTime.trim() && !TIME.test(s.endTime.trim())) issues.push({ path: at('endsAt'), key: 'offerEditor.errors.time' });
    if (s.mode !== 'online') {
      if (!s.postalCode.trim()) issues.push({ path: at('venue.postalCode'), key: 'offerEditor.errors.postalCodeRequired' });
      else if (!PLZ.test(s.postalCode.trim())) issues.push({ path: at('venue.postalCode'), key: 'offerEditor.errors.postalCode' });
    }
    if (s.mode !== 'onsite' && s.onlineUrl.trim() && !HTTP_URL.test(s.onlineUrl.trim())) issues.push({ path: at('onlineUrl'), key: 'offerEditor.errors.url' });
    for (const [field, min] of [['capacity', 1], ['freePlaces', 0]] as const) {
      const text = s[field].trim();
      if (text === '') continue;
      const n = Number(text);
      if (!Number.isInteger(n) || n < min) issues.push({ path: at(field), key: field === 'capacity' ? 'offerEditor.errors.capacity' : 'offerEditor.errors.freePlaces' });
    }
    if (s.registrationDeadline.trim() && !DATE.test(s.registrationDeadline.trim())) issues.push({ path: at('registrationDeadline'), key: 'offerEditor.errors.date' });
  });
  return issues;
}

/** Array fields shown as one control (checkbox group, text list): `topics.2` → `topics`. */
const LIST_FIELDS = ['topics', 'audiences', 'languages', 'price.freeFor', 'funders', 'links'];

/**
 * The editor field an api issue belongs to: the api's own path where the editor has that field
 * (`modules.1.title`, `sessions.0.venue.postalCode`), list entries on their list, parts the editor
 * shows as one control on it (`sessions.0.venue` → its PLZ, `sessions.0.schedule…` → its start,
 * `partners.0` → its partner choice).
 */
export function fieldPathOf(path: string): string {
  const clean = path.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');
  for (const list of LIST_FIELDS) if (clean === list || clean.startsWith(`${list}.`)) return list;
  let match = /^sessions\.(\d+)(?:\.(.+))?$/.exec(clean);
  if (match) {
    const [, index, rest = ''] = match;
    const at = `sessions.${index}`;
    if (rest === '' || rest === 'externalId' || rest.startsWith('schedule')) return `${at}.startsAt`;
    if (rest === 'venue' || rest === 'venue.lat' || rest === 'venue.lon') return `${at}.venue.postalCode`;
    if (rest.startsWith('instructors')) return `${at}.instructors`;
    if (rest === 'modulePosition') return `${at}.moduleKey`;
    return `${at}.${rest}`;
  }
  match = /^modules\.(\d+)(?:\.(.+))?$/.exec(clean);
  if (match) {
    const [, index, rest = ''] = match;
    return rest === '' || rest === 'externalId' ? `modules.${index}.title` : `modules.${index}.${rest}`;
  }
  match = /^partners\.(\d+)(?:\.(.+))?$/.exec(clean);
  if (match) return `partners.${match[1]}.${match[2] === 'role' ? 'role' : 'partnerId'}`;
  if (clean === 'certificate') return 'certificate.name';
  if (clean === 'contact') return 'contact.name';
  if (clean === 'price') return 'price.amount';
  return clean;
}

/** The fields in the order they appear in the editor (the error summary's order). */
export function offerFieldOrder(value: OfferFormValue): string[] {
  return [
    'kind',
    'title',
    'abstract',
    'plainLanguageSummary',
    'description',
    'topics',
    'audiences',
    'languages',
    'prerequisites',
    'admissionRules',
    'price.isFree',
    'price.amount',
    'price.freeFor',
    'certificate.name',
    'certificate.issuer',
    'certificate.recognisedBy',
    'certificate.legalBasis',
    'contact.name',
    'contact.email',
    'contact.phone',
    'url',
    'partners',
    ...value.partners.flatMap((_, i) => [`partners.${i}.partnerId`, `partners.${i}.role`]),
    'modules',
    ...value.modules.flatMap((_, i) => [`modules.${i}.title`, `modules.${i}.description`, `modules.${i}.partnerId`]),
    'sessions',
    ...value.sessions.flatMap((_, i) =>
      ['moduleKey', 'startsAt', 'endsAt', 'mode', 'venue.name', 'venue.street', 'venue.postalCode', 'venue.locality', 'onlineUrl', 'capacity', 'freePlaces', 'registrationDeadline', 'instructors'].map(
        (field) => `sessions.${i}.${field}`,
      ),
    ),
  ];
}

export interface PreviewContext {
  readonly provider: Offer['provider'];
  readonly partners: readonly { id: string; name: string; type: Offer['provider']['type']; url: string | null; tenant: { slug: string; name: string } | null }[];
  readonly status: Offer['status'];
  readonly now?: number;
}

/**
 * The form as an `Offer`, so the preview shows it exactly as the public page would, before it is
 * saved (ids are placeholders; the api normalises dates the same way when saving).
 */
export function previewOf(value: OfferFormValue, context: PreviewContext): Offer {
  const input = toOfferInput(value);
  const partnerById = new Map(context.partners.map((p) => [p.id, p]));
  const now = context.now ?? Date.now();
  const partnerOf = (id: string | null | undefined) => {
    const p = id ? partnerById.get(id) : undefined;
    return p ? { id: p.id, externalId: `urn:knotenpunkt:partner:${p.id}`, name: p.name, type: p.type, url: p.url, email: null, phone: null, tenant: p.tenant } : null;
  };
  const sessions = (input.sessions ?? []).map((s, index) => {
    const end = Date.parse(DATE.test(s.endsAt) ? `${s.endsAt}T23:59:59+01:00` : berlinInstant(s.endsAt));
    return {
      id: `preview-session-${index}`,
      externalId: s.externalId ?? `preview-${index}`,
      modulePosition: s.modulePosition ?? null,
      startsAt: berlinInstant(s.startsAt),
      endsAt: berlinInstant(s.endsAt),
      mode: s.mode,
      venue: s.venue ? { name: s.venue.name ?? null, street: s.venue.street ?? null, postalCode: s.venue.postalCode ?? null, locality: s.venue.locality ?? null, lat: null, lon: null, regionKey: null, regionName: null, point: null } : null,
      onlineUrl: s.onlineUrl ?? null,
      capacity: s.capacity ?? null,
      freePlaces: s.freePlaces ?? null,
      registrationDeadline: s.registrationDeadline ?? null,
      schedule: null,
      instructors: s.instructors ?? [],
      past: !Number.isNaN(end) && end < now,
    };
  });
  return {
    id: 'preview',
    slug: 'preview',
    externalId: 'preview',
    status: context.status,
    kind: input.kind,
    title: input.title,
    abstract: input.abstract ?? null,
    plainLanguageSummary: input.plainLanguageSummary ?? null,
    description: input.description ?? null,
    topics: (input.topics ?? []) as Topic[],
    audiences: (input.audiences ?? []) as Audience[],
    languages: input.languages ?? ['de'],
    prerequisites: input.prerequisites ?? null,
    admissionRules: input.admissionRules ?? null,
    price: { amount: input.price?.amount ?? null, currency: 'EUR', isFree: input.price?.isFree ?? false, freeFor: (input.price?.freeFor ?? []) as Audience[] },
    certificate: input.certificate ? { name: input.certificate.name, issuer: input.certificate.issuer ?? null, recognisedBy: input.certificate.recognisedBy ?? null, legalBasis: input.certificate.legalBasis ?? null } : null,
    funders: input.funders ?? [],
    contact: input.contact ? { name: input.contact.name ?? null, email: input.contact.email ?? null, phone: input.contact.phone ?? null } : null,
    url: input.url ?? null,
    links: (input.links ?? []).map((l) => ({ label: l.label, url: l.url })),
    provider: context.provider,
    partners: (input.partners ?? []).flatMap((p) => {
      const partner = partnerOf(p.partnerId);
      return partner ? [{ ...partner, role: p.role }] : [];
    }),
    modules: (input.modules ?? []).map((m, index) => ({
      id: `preview-module-${index}`,
      position: index + 1,
      externalId: m.externalId ?? null,
      title: m.title,
      description: m.description ?? null,
      partnerId: m.partnerId ?? null,
      partner: partnerOf(m.partnerId),
    })),
    sessions,
    nextSessionStartsAt: null,
    lastSessionEndsAt: null,
    publishedAt: null,
    updatedAt: new Date(now).toISOString(),
    reviewComment: null,
  };
}
