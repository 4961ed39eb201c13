// Third-party checks of offer-exchange JSON-LD (shared/spec/offer-exchange.md), fully offline:
//
// - jsonld (digitalbazaar) expands documents with a document loader that serves the schema.org
//   context from disk and refuses every other URL (it throws, so a test fails at once instead of
//   hanging on the network).
// - @openactive/data-model-validator checks Course and CourseInstance nodes (type, format and
//   logic rules) with `loadRemoteJson: false`, its only network path (axios in
//   helpers/json-loader.js, used for remote `@context`s and activity lists).
//
// The schema.org context: no package on the registry ships schema.org's own
// docs/jsonldcontext.jsonld (the validator, @openactive/data-models and schemaorg-jsonld ship the
// vocabulary; there is no `schemaorg` package). It is rebuilt here from the schema.org vocabulary
// in @openactive/data-models (src/dist/schemaOrgVocab.js) with the rules schema.org's generator
// uses (software/util/sdojsonldcontext.py): `@vocab` and `schema:` are `http://schema.org/`, every
// term maps to `schema:<term>`, and a property is coerced to `@id` when its range is URL (or to
// `Date` when Date) unless its range also includes Text.
import * as jsonld from 'jsonld';
import type { JsonLdDocument, Options } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { validate, type ValidateOptions, type ValidationErrorData } from '@openactive/data-model-validator';
import { getSchemaOrgVocab, type SchemaOrgVocabNode } from '@openactive/data-models';

export type IssueSeverity = 'failure' | 'warning' | 'notice' | 'suggestion';

/** One finding, with the path into the document that was passed in. */
export interface Issue {
  severity: IssueSeverity;
  /** Validator rule class (e.g. `FieldsCorrectTypeRule`), or `KnotenpunktProfileRule` for our own checks. */
  rule: string;
  /** Validator error type (e.g. `invalid_type`, `missing_required_field`). */
  type: string;
  category: string;
  message: string;
  /** JSONPath into the checked document, e.g. `$["@graph"][2].hasCourseInstance[0].startDate`. */
  path: string;
  /** Property the issue is about (last name in `path`), when there is one. */
  property?: string;
  value?: unknown;
  /** The validated node: a top-level Course (with its hasPart modules) or a CourseInstance. */
  nodeType: 'Course' | 'CourseInstance';
  /** `@id` of that node; for a CourseInstance without one, the `@id` of its Course. */
  nodeId?: string;
}

export interface ToleratedIssue extends Issue {
  /** Id of the entry in TOLERATIONS that matched. */
  toleration: string;
}

export interface ValidationReport {
  /** Severity `failure`, not tolerated: malformed output. */
  errors: Issue[];
  /** Severity `warning` or `suggestion`, not tolerated. */
  warnings: Issue[];
  /** Severity `notice`: informational (mostly "schema.org property not checked by this validator"). */
  notices: Issue[];
  /** Findings of OpenActive rules that do not apply to our profile (see TOLERATIONS). */
  tolerated: ToleratedIssue[];
}

// ---------------------------------------------------------------------------------------------
// schema.org context and the offline document loader

const SCHEMA_ORG = 'http://schema.org/';

/** URLs under which a document (or jsonld following schema.org's Link header) names the context. */
export const SCHEMA_ORG_CONTEXT_URLS: ReadonlySet<string> = new Set(
  ['http', 'https'].flatMap((scheme) =>
    ['', '/', '/docs/jsonldcontext.jsonld', '/docs/jsonldcontext.json'].map(
      (suffix) => `${scheme}://schema.org${suffix}`,
    ),
  ),
);

function idsOf(value: SchemaOrgVocabNode['schema:rangeIncludes']): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v['@id']);
}

function typesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function coercionFor(range: string[]): string | undefined {
  if (range.includes('schema:Text')) return undefined;
  const coercions = [
    ...(range.includes('schema:URL') ? ['@id'] : []),
    ...(range.includes('schema:Date') ? ['Date'] : []),
  ];
  return coercions.length === 1 ? coercions[0] : undefined;
}

let schemaOrgContext: { '@context': Record<string, unknown> } | undefined;
interface VocabularyTerms {
  /** Property name → local names of its schema:domainIncludes classes. */
  properties: Map<string, string[]>;
  /** Class name → local names of its rdfs:subClassOf classes. */
  classes: Map<string, string[]>;
}
let schemaOrgTerms: VocabularyTerms | undefined;

const localNames = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .map((v) => (typeof v === 'string' ? v : (v as { '@id'?: unknown })['@id']))
    .filter((id): id is string => typeof id === 'string' && id.startsWith('schema:'))
    .map((id) => id.slice('schema:'.length));

function vocabularyTerms(): VocabularyTerms {
  if (!schemaOrgTerms) {
    const properties = new Map<string, string[]>();
    const classes = new Map<string, string[]>();
    for (const node of getSchemaOrgVocab()['@graph']) {
      if (!node['@id'].startsWith('schema:')) continue;
      const term = node['@id'].slice('schema:'.length);
      const types = typesOf(node['@type']);
      if (types.includes('rdf:Property')) properties.set(term, localNames(node['schema:domainIncludes']));
      if (types.includes('rdfs:Class')) classes.set(term, localNames(node['rdfs:subClassOf']));
    }
    schemaOrgTerms = { properties, classes };
  }
  return schemaOrgTerms;
}

/** True when `property` is a schema.org property usable on one of `types` (or a superclass). */
export function isSchemaOrgPropertyOf(property: string, types: string[]): boolean {
  const { properties, classes } = vocabularyTerms();
  const domain = properties.get(property);
  if (domain === undefined) return false;
  if (domain.length === 0) return true;
  const seen = new Set<string>();
  const queue = types.filter((t) => classes.has(t));
  while (queue.length > 0) {
    const type = queue.shift() as string;
    if (seen.has(type)) continue;
    seen.add(type);
    if (domain.includes(type)) return true;
    queue.push(...(classes.get(type) ?? []));
  }
  return false;
}

/** The schema.org JSON-LD context document (`{ "@context": { ... } }`), built once per process. */
export function schemaOrgContextDocument(): { '@context': Record<string, unknown> } {
  if (!schemaOrgContext) {
    const vocab = getSchemaOrgVocab();
    const context: Record<string, unknown> = {
      type: '@type',
      id: '@id',
      HTML: { '@id': 'rdf:HTML' },
      '@vocab': SCHEMA_ORG,
    };
    for (const [prefix, iri] of Object.entries(vocab['@context'])) {
      context[prefix] = prefix === 'schema' ? SCHEMA_ORG : iri;
    }
    for (const node of vocab['@graph']) {
      if (!node['@id'].startsWith('schema:')) continue;
      const definition: Record<string, string> = { '@id': node['@id'] };
      if (typesOf(node['@type']).includes('rdf:Property')) {
        const coercion = coercionFor(idsOf(node['schema:rangeIncludes']));
        if (coercion) definition['@type'] = coercion;
      }
      context[node['@id'].slice('schema:'.length)] = definition;
    }
    schemaOrgContext = { '@context': context };
  }
  return schemaOrgContext;
}

/** Thrown by the offline loader for any URL other than the schema.org context. */
export class RemoteDocumentRefusedError extends Error {
  constructor(readonly url: string) {
    super(
      `offline JSON-LD document loader refused ${url}: only the schema.org context is served (from disk), nothing is fetched`,
    );
    this.name = 'RemoteDocumentRefusedError';
  }
}

/** jsonld documentLoader: the schema.org context from disk, everything else refused. */
export async function offlineDocumentLoader(url: string): Promise<RemoteDocument> {
  if (SCHEMA_ORG_CONTEXT_URLS.has(url)) {
    return {
      contextUrl: undefined,
      documentUrl: url,
      document: schemaOrgContextDocument() as RemoteDocument['document'],
    };
  }
  throw new RemoteDocumentRefusedError(url);
}

function refusal(error: unknown): RemoteDocumentRefusedError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    if (e instanceof RemoteDocumentRefusedError) return e;
    const details = (e as { details?: { cause?: unknown } }).details;
    e = details?.cause ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * jsonld.expand with the offline loader. Rejects with RemoteDocumentRefusedError when the
 * document needs any remote document other than the schema.org context.
 */
export async function expandOffline(doc: object): Promise<object[]> {
  const expandOptions: Options.Expand = { documentLoader: offlineDocumentLoader };
  try {
    return await jsonld.expand(doc as JsonLdDocument, expandOptions);
  } catch (error) {
    const refused = refusal(error);
    if (refused) throw refused;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// OpenActive validator

/**
 * RPDEFeed ("Opportunity RPDE Feed", the validator's default) is the mode for published
 * opportunity data, which an export is; BookableRPDEFeed adds Open Booking requirements and the
 * other modes are for booking API messages, dataset sites and data catalogues. Data model 2.0.
 * loadRemoteJson false: no HTTP at all (a remote `@context` is reported, never fetched).
 */
export const OPENACTIVE_OPTIONS: Readonly<ValidateOptions> = Object.freeze({
  validationMode: 'RPDEFeed',
  version: '2.0',
  loadRemoteJson: false,
});

type PathSegment = string | number | string[];

interface IssueContext {
  raw: ValidationErrorData;
  /** Last property name of the path. */
  property: string | undefined;
  /** The value at the path (the property value, or the object a model-level issue is about). */
  target: unknown;
  /** `@type`s of the object that holds `property` (for a path ending in a property). */
  holderTypes: string[];
}

export interface Toleration {
  id: string;
  rule: string;
  type: string;
  /** Where it applies, in words. */
  scope: string;
  reason: string;
  applies(context: IssueContext): boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocation = (v: unknown) =>
  isRecord(v) && typesOf(v['@type']).some((t) => t === 'Place' || t === 'VirtualLocation');
/** A VirtualLocation, or an array of Places and VirtualLocations (one Place alone is what OpenActive accepts anyway). */
const isLocationList = (v: unknown) =>
  Array.isArray(v)
    ? v.length > 0 && v.every(isLocation)
    : isRecord(v) && typesOf(v['@type']).includes('VirtualLocation');
const holderIs = (c: IssueContext, type: string, properties: readonly string[]) =>
  c.holderTypes.includes(type) && c.property !== undefined && properties.includes(c.property);

/**
 * OpenActive rules that conflict with our profile (plain schema.org Course/CourseInstance for
 * training offers, not OpenActive sport sessions). Each entry is one rule + error type, narrowed
 * to the properties or values it concerns; everything else the validator reports stays an error.
 * startDate and location stay required for a CourseInstance (a dated run has both).
 */
export const TOLERATIONS: readonly Toleration[] = [
  {
    id: 'schema-org-context',
    rule: 'ContextInRootNodeRule',
    type: 'field_not_in_defined_values',
    scope: '@context of a validated node is the schema.org context',
    reason: 'OpenActive wants "https://openactive.io/" first in @context; the profile uses schema.org only.',
    applies: (c) => typeof c.raw.value === 'string' && SCHEMA_ORG_CONTEXT_URLS.has(c.raw.value),
  },
  {
    id: 'schema-org-context-not-loaded',
    rule: 'FieldsNotInModelRule',
    type: 'file_not_found',
    scope: 'the context that could not be loaded is schema.org',
    reason:
      'With loadRemoteJson false the validator cannot dereference https://schema.org to look up properties outside the ' +
      'OpenActive model; it still matches them against its bundled schema.org vocabulary (see the next entries).',
    applies: (c) => typeof c.raw.value === 'string' && SCHEMA_ORG_CONTEXT_URLS.has(c.raw.value),
  },
  {
    id: 'schema-org-property',
    rule: 'FieldsNotInModelRule',
    type: 'field_not_in_spec',
    scope: 'a schema.org property whose domain includes the type of its node (bundled vocabulary)',
    reason:
      "OpenActive's Course model lists a dozen properties; the profile uses schema.org's (abstract, provider, about, audience, " +
      'inLanguage, hasPart, contributor, position, ...). Misspelt or invented names, and schema.org properties of other ' +
      'types (startDate on a Course), stay errors.',
    applies: (c) => c.property !== undefined && isSchemaOrgPropertyOf(c.property, c.holderTypes),
  },
  {
    id: 'course-instance-opportunity-fields',
    rule: 'RequiredFieldsRule',
    type: 'missing_required_field',
    scope: 'CourseInstance: @id, url, name, activity, organizer, offers, endDate',
    reason:
      'OpenActive opportunity requirements: activity is the OpenActive (sport) activity list; name, url and the organiser ' +
      '(provider) are on the Course in the profile; instances have no @id; offers and endDate are optional.',
    applies: (c) =>
      holderIs(c, 'CourseInstance', ['id', 'url', 'name', 'activity', 'organizer', 'offers', 'endDate']),
  },
  {
    id: 'nested-required-fields',
    rule: 'RequiredFieldsRule',
    type: 'missing_required_field',
    scope:
      'Place.name; PostalAddress.streetAddress/addressLocality/addressRegion/addressCountry; Offer.price; ' +
      'Schedule.scheduledEventType/startTime/endTime/scheduleTimezone',
    reason:
      'Profile: a Place is its address (and geo) and only postalCode is required (onsite); the region is derived from the ' +
      'postal code, the country is Germany, street and locality are optional; an instance Offer carries only availabilityEnds; courseSchedule is a schema.org Schedule with ' +
      'repeatFrequency/byDay (Europe/Berlin), not an OpenActive session schedule.',
    applies: (c) =>
      holderIs(c, 'Place', ['name']) ||
      holderIs(c, 'PostalAddress', ['streetAddress', 'addressLocality', 'addressRegion', 'addressCountry']) ||
      holderIs(c, 'Offer', ['price']) ||
      holderIs(c, 'Schedule', ['scheduledEventType', 'startTime', 'endTime', 'scheduleTimezone']),
  },
  {
    id: 'sub-event-or-schedule',
    rule: 'RequiredOptionalFieldsRule',
    type: 'missing_required_field',
    scope: 'CourseInstance subEvent/eventSchedule',
    reason:
      'OpenActive needs subEvent or eventSchedule; the profile has the optional schema.org courseSchedule instead.',
    applies: (c) => c.holderTypes.includes('CourseInstance'),
  },
  {
    id: 'sub-event-or-schedule-logic',
    rule: 'SessionCourseHasSubeventOrScheduleRule',
    type: 'missing_required_field',
    scope: 'CourseInstance',
    reason: 'Same requirement as sub-event-or-schedule, from the data-quality rule.',
    applies: (c) => isRecord(c.target) && typesOf(c.target['@type']).includes('CourseInstance'),
  },
  {
    id: 'duration',
    rule: 'DatesMustHaveDurationRule',
    type: 'dates_must_have_duration',
    scope: 'CourseInstance with startDate and endDate',
    reason: 'The profile has no duration: a course run is described by its start and end dates.',
    applies: (c) => c.holderTypes.includes('CourseInstance'),
  },
  {
    id: 'single-offer',
    rule: 'FieldsCorrectTypeRule',
    type: 'invalid_type',
    scope: 'offers holding one Offer object instead of an array',
    reason:
      'The profile writes one Offer; in JSON-LD a single value and an array of one are the same. The Offer itself is still validated.',
    applies: (c) =>
      c.property === 'offers' && isRecord(c.target) && typesOf(c.target['@type']).includes('Offer'),
  },
  {
    id: 'instance-date-time',
    rule: 'FieldsCorrectTypeRule',
    type: 'invalid_type',
    scope: 'CourseInstance startDate/endDate holding a valid ISO 8601 date-time',
    reason:
      "OpenActive's CourseInstance takes dates only; the profile allows a date or a date-time. Malformed values stay errors.",
    applies: (c) => holderIs(c, 'CourseInstance', ['startDate', 'endDate']) && isIsoDateTime(c.target),
  },
  {
    id: 'instance-date-time-format',
    rule: 'DateFormatRule',
    type: 'invalid_format',
    scope: 'CourseInstance startDate/endDate holding a valid ISO 8601 date-time',
    reason: 'Same as instance-date-time, from the format rule.',
    applies: (c) => holderIs(c, 'CourseInstance', ['startDate', 'endDate']) && isIsoDateTime(c.target),
  },
  {
    id: 'virtual-location',
    rule: 'FieldsCorrectTypeRule',
    type: 'invalid_type',
    scope: 'CourseInstance location holding a VirtualLocation, or a list of Place/VirtualLocation (blended)',
    reason:
      'OpenActive wants one Place; the profile uses VirtualLocation for online runs and both for blended ones (schema.org ' +
      'allows either and several values). Each location is still validated.',
    applies: (c) => holderIs(c, 'CourseInstance', ['location']) && isLocationList(c.target),
  },
  {
    id: 'urn-id',
    rule: 'IdRule',
    type: 'invalid_id',
    scope: '@id that is a urn:',
    reason: 'OpenActive wants an http(s) URL; the profile allows any IRI or urn: string as @id.',
    applies: (c) => typeof c.target === 'string' && /^urn:[a-z0-9][a-z0-9-]*:\S+$/i.test(c.target),
  },
  {
    id: 'node-reference',
    rule: 'ValidModelTypeRule',
    type: 'missing_required_field',
    scope: 'objects that are only a reference: @id (plus roleName for a contributor)',
    reason:
      'A reference to a node described elsewhere in the @graph carries no @type; contributor is { "@id", "roleName" } in the profile.',
    applies: (c) =>
      isRecord(c.target) &&
      typeof c.target['@id'] === 'string' &&
      Object.keys(c.target).every((k) => k === '@id' || k === 'roleName'),
  },
  {
    id: 'schema-org-type',
    rule: 'ValidModelTypeRule',
    type: 'experimental_fields_not_checked',
    scope: '@type that is a schema.org class (bundled vocabulary) without an OpenActive model',
    reason:
      'Informational: Audience, EducationalOccupationalCredential, AdministrativeArea, ... are not OpenActive types. Unknown types stay warnings.',
    applies: (c) => typeof c.raw.value === 'string' && vocabularyTerms().classes.has(c.raw.value),
  },
  {
    id: 'openactive-recommended',
    rule: 'RecommendedFieldsRule',
    type: 'missing_recommended_field',
    scope: 'all',
    reason:
      "OpenActive's recommendations for sport sessions (image, ageRange, genderRestriction, leader, level, eventStatus, " +
      'remainingAttendeeCapacity, Place telephone/amenityFeature/openingHoursSpecification, Offer name/ageRestriction, ...).',
    applies: () => true,
  },
  {
    id: 'consumer-gender',
    rule: 'AssumeNoGenderRestrictionRule',
    type: 'consumer_assume_no_gender_restriction',
    scope: 'all',
    reason:
      'Note on how OpenActive consumers treat a missing genderRestriction, a property the profile does not have.',
    applies: () => true,
  },
  {
    id: 'consumer-age-range',
    rule: 'AssumeAgeRangeRule',
    type: 'consumer_assume_age_range',
    scope: 'all',
    reason:
      'Note on how OpenActive consumers treat a missing ageRange, a property the profile does not have.',
    applies: () => true,
  },
  {
    id: 'consumer-event-status',
    rule: 'AssumeEventStatusRule',
    type: 'consumer_assume_event_status',
    scope: 'all',
    reason:
      'Note on how OpenActive consumers treat a missing eventStatus, a property the profile does not have.',
    applies: () => true,
  },
];

// ---------------------------------------------------------------------------------------------
// Dates (the profile: ISO 8601 date or date-time, Europe/Berlin when no offset)

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day)
  );
}

export function isIsoDate(value: unknown): boolean {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  return m !== null && isCalendarDate(m[1], m[2], m[3]);
}

export function isIsoDateTime(value: unknown): boolean {
  const m = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  return m !== null && isCalendarDate(m[1], m[2], m[3]);
}

// ---------------------------------------------------------------------------------------------
// Walking the document

interface Root {
  kind: 'Course' | 'CourseInstance';
  node: Record<string, unknown>;
  path: string;
  nodeId?: string;
  context: unknown;
}

function pathOf(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

function collectRoots(
  value: unknown,
  path: string,
  context: unknown,
  courseId: string | undefined,
  inside: boolean,
  out: Root[],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectRoots(item, pathOf(path, i), context, courseId, inside, out));
    return;
  }
  if (!isRecord(value)) return;
  const ownContext = value['@context'] ?? context;
  const types = typesOf(value['@type']);
  const id = typeof value['@id'] === 'string' ? value['@id'] : undefined;
  const isInstance = types.includes('CourseInstance');
  const isCourse = types.includes('Course');
  if (isInstance)
    out.push({ kind: 'CourseInstance', node: value, path, nodeId: id ?? courseId, context: ownContext });
  else if (isCourse && !inside)
    out.push({ kind: 'Course', node: value, path, nodeId: id, context: ownContext });
  for (const [key, child] of Object.entries(value)) {
    if (key === '@context') continue;
    collectRoots(
      child,
      pathOf(path, key),
      ownContext,
      isCourse ? (id ?? courseId) : courseId,
      inside || isCourse || isInstance,
      out,
    );
  }
}

/** A copy without hasCourseInstance (instances are validated as roots of their own). */
function withoutInstances(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutInstances);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'hasCourseInstance')
      .map(([key, child]) => [key, withoutInstances(child)]),
  );
}

/** Parses the validator's JSONPath (`$.a[0]["@id"]`, `$["subEvent","eventSchedule"]`). */
function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const token = /\.([^.[\]]+)|\[(\d+)\]|\[((?:"(?:[^"\\]|\\.)*",?)+)\]/g;
  for (const m of path.slice(1).matchAll(token)) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else {
      const names = JSON.parse(`[${m[3].replace(/,$/, '')}]`) as string[];
      segments.push(names.length === 1 ? names[0] : names);
    }
  }
  return segments;
}

/** The validator names @id/@type `id`/`type` in paths of missing properties. */
function lookup(holder: unknown, segment: PathSegment): unknown {
  if (Array.isArray(segment)) return undefined;
  if (typeof segment === 'number') return Array.isArray(holder) ? holder[segment] : undefined;
  if (!isRecord(holder)) return undefined;
  if (segment in holder) return holder[segment];
  if (segment === 'id' || segment === 'type') return holder[`@${segment}`];
  return undefined;
}

function contextFor(raw: ValidationErrorData, validated: Record<string, unknown>): IssueContext {
  const segments = parsePath(raw.path);
  let holder: unknown = undefined;
  let target: unknown = validated;
  for (const segment of segments) {
    holder = target;
    target = lookup(target, segment);
  }
  const last = segments.at(-1);
  const property = typeof last === 'string' ? last : undefined;
  const holderTypes =
    segments.length === 0 ? typesOf(validated['@type']) : isRecord(holder) ? typesOf(holder['@type']) : [];
  return { raw, property, target, holderTypes };
}

// ---------------------------------------------------------------------------------------------
// Profile checks the OpenActive validator cannot make (schema.org properties outside its model:
// it only notes "schema.org property, not checked")

export const COURSE_MODES = ['onsite', 'online', 'blended'] as const;

function profileIssues(root: Root): Issue[] {
  if (root.kind !== 'CourseInstance') return [];
  const issues: Issue[] = [];
  const base = {
    rule: 'KnotenpunktProfileRule',
    severity: 'failure' as const,
    category: 'conformance',
    nodeType: root.kind,
    nodeId: root.nodeId,
  };
  const modes = root.node['courseMode'];
  const modeEntries: [string, unknown][] = Array.isArray(modes)
    ? modes.map((mode, i) => [pathOf(pathOf(root.path, 'courseMode'), i), mode])
    : modes === undefined
      ? []
      : [[pathOf(root.path, 'courseMode'), modes]];
  for (const [path, mode] of modeEntries) {
    if (!(COURSE_MODES as readonly unknown[]).includes(mode)) {
      issues.push({
        ...base,
        type: 'field_not_in_defined_values',
        message: `\`courseMode\` must be one of ${COURSE_MODES.join(', ')} (offer-exchange profile), found ${JSON.stringify(mode)}.`,
        path,
        property: 'courseMode',
        value: mode,
      });
    }
  }
  const offers = root.node['offers'];
  (Array.isArray(offers) ? offers : [offers]).forEach((offer, i) => {
    if (!isRecord(offer) || offer['availabilityEnds'] === undefined) return;
    const value = offer['availabilityEnds'];
    if (isIsoDate(value) || isIsoDateTime(value)) return;
    const offerPath = Array.isArray(offers)
      ? pathOf(pathOf(root.path, 'offers'), i)
      : pathOf(root.path, 'offers');
    issues.push({
      ...base,
      type: 'invalid_format',
      message: `\`availabilityEnds\` (registration deadline) must be an ISO 8601 date or date-time, found ${JSON.stringify(value)}.`,
      path: pathOf(offerPath, 'availabilityEnds'),
      property: 'availabilityEnds',
      value,
    });
  });
  return issues;
}

/**
 * Validates every CourseInstance (wherever it is nested) and every top-level Course (with its
 * hasPart modules, without its instances) of an offer-exchange document with the OpenActive
 * validator (OPENACTIVE_OPTIONS, offline), plus the profile checks above. Each node is validated
 * as a root carrying the document's @context, as the validator requires.
 */
export async function validateCourseInstances(doc: object): Promise<ValidationReport> {
  // The validator tests `instanceof Array`: arrays from another realm (structuredClone or vm
  // contexts, as under jest) would pass as plain objects. A JSON round trip makes them local.
  const plain = JSON.parse(JSON.stringify(doc)) as object;
  const roots: Root[] = [];
  collectRoots(plain, '$', undefined, undefined, false, roots);
  const report: ValidationReport = { errors: [], warnings: [], notices: [], tolerated: [] };
  for (const root of roots) {
    const body =
      root.kind === 'Course' ? (withoutInstances(root.node) as Record<string, unknown>) : root.node;
    const validated: Record<string, unknown> =
      root.context === undefined ? { ...body } : { '@context': root.context, ...body };
    for (const raw of await validate(validated, { ...OPENACTIVE_OPTIONS })) {
      const context = contextFor(raw, validated);
      const issue: Issue = {
        severity: raw.severity,
        rule: raw.rule,
        type: raw.type,
        category: raw.category,
        message: raw.message,
        path: root.path + raw.path.slice(1),
        property: context.property,
        value: raw.value,
        nodeType: root.kind,
        nodeId: root.nodeId,
      };
      const toleration = TOLERATIONS.find(
        (t) => t.rule === raw.rule && t.type === raw.type && t.applies(context),
      );
      if (toleration) report.tolerated.push({ ...issue, toleration: toleration.id });
      else if (raw.severity === 'failure') report.errors.push(issue);
      else if (raw.severity === 'notice') report.notices.push(issue);
      else report.warnings.push(issue);
    }
    report.errors.push(...profileIssues(root));
  }
  return report;
}
