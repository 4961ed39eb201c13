#!/usr/bin/env node
// Benchmark for the search issue: 100,000 offers / 300,000 sessions across all Länder, imported
// through the real pipeline and indexed by the real indexer, then 20 concurrent clients send a
// mixed query set (text, text+region, text+radius, facets only, typo) to GET /api/v1/search/offers.
// Targets: p95 ≤ 50 ms, p99 ≤ 150 ms, ≥ 300 requests/s, 0 errors. Then the same set while one
// offer changes per second (every change expires every cached result), a long-tailed stream of
// 10,000 distinct queries, and mostly distinct queries (the engine without the cache). Starts its
// own PostgreSQL and Redis and runs the built bundles (`npx nx run-many -t build -p api worker` first).
//   node_modules/.bin/node bench/search.mjs [--offers 100000] [--clients 20] [--seconds 30] [--hold] [--no-rebuild] [--against URL]
// --hold: after indexing, print the api URL and database URL and keep everything running (Ctrl-C
// stops), to explore the data set with EXPLAIN or measure later with --against <api url>.
// --no-rebuild: skip timing the full rebuild (the relay has indexed everything already).
import Redis from 'ioredis';
import { arg, percentile, postalCodes, rng, startBenchStack } from './support.mjs';

const offerCount = Number(arg('offers', '100000'));
const clients = Number(arg('clients', '20'));
const seconds = Number(arg('seconds', '30'));
const FILE_SIZE = 10_000;

const topics = ['migration-counselling', 'asylum-law', 'intercultural-competence', 'anti-discrimination', 'trauma', 'unaccompanied-minors', 'language-support', 'labour-market', 'volunteer-management', 'political-education', 'conflict-management', 'facilitation', 'community-work', 'intercultural-opening', 'family-school-childcare', 'health', 'networking', 'empowerment-self-organisation', 'counselling-methods', 'digital-skills', 'housing'];
const audiences = ['volunteers', 'professionals', 'multipliers', 'migrant-organisations', 'administration', 'migrants', 'general-public'];
const subjects = ['Flüchtlingshilfe', 'Asylrecht', 'Migrationsberatung', 'Interkulturelle Kompetenz', 'Antidiskriminierung', 'Traumasensible Begleitung', 'Sprachförderung', 'Arbeitsmarktintegration', 'Ehrenamtskoordination', 'Konfliktmoderation', 'Elternarbeit', 'Gesundheit und Migration', 'Vernetzung vor Ort', 'Empowerment', 'Digitale Vereinsarbeit', 'Wohnungssuche', 'Kinderschutz', 'Integrationslotsen', 'Sprachmittlung', 'Demokratiebildung'];
const formats = ['Schulung', 'Fortbildung', 'Workshop', 'Fachtag', 'Qualifizierung', 'Seminar', 'Online-Reihe', 'Werkstatt', 'Grundkurs', 'Aufbaukurs'];
const people = ['für Ehrenamtliche', 'für Berater*innen', 'für Fachkräfte', 'für Multiplikator*innen', 'für Migrant*innenorganisationen', 'für Lehrer*innen', 'für Verwaltungsmitarbeitende', 'für Engagierte'];

const OWN_ID = 'urn:demo:org:demo-vhs';
const importDocument = (courses) => JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', '@id': OWN_ID, name: 'Volkshochschule Musterstadt (Demo)', additionalType: 'adult-education' }, ...courses] });

function generate(part, plzs) {
  const random = rng(1000 + part);
  const courses = [];
  for (let k = 0; k < FILE_SIZE && part * FILE_SIZE + k < offerCount; k++) courses.push(course(part * FILE_SIZE + k, random, plzs));
  return importDocument(courses);
}

/** Offer `i` of the data set as a schema.org Course with three sessions; `edition` changes its title (the writer during the load). */
function course(i, random, plzs, edition = '') {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const subject = pick(subjects);
  const sessions = Array.from({ length: 3 }, (_, j) => {
    const date = `2027-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}`;
    const online = random() < 0.15;
    const plz = pick(plzs);
    return {
      '@type': 'CourseInstance', '@id': `urn:bench:s:${i}-${j}`, courseMode: online ? 'online' : 'onsite', startDate: `${date}T09:00`, endDate: `${date}T16:00`,
      location: online ? { '@type': 'VirtualLocation', url: `https://meet.example/${i}` } : { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: plz.plz, addressLocality: plz.locality } },
      maximumAttendeeCapacity: 20, remainingAttendeeCapacity: Math.floor(random() * 20),
    };
  });
  return {
    '@type': 'Course', '@id': `urn:bench:o:${i}`, name: `${pick(formats)} ${subject} ${pick(people)}${edition}`,
    abstract: `${subject}: Praxiswissen und Austausch ${pick(people)} in ${pick(plzs).locality}.`,
    description: 'Ein erfundenes Angebot für den Such-Benchmark mit Übungen, Fallbeispielen und Zeit für Fragen.',
    provider: { '@id': OWN_ID }, about: [pick(topics), pick(topics)], audience: [{ '@type': 'Audience', audienceType: pick(audiences) }],
    inLanguage: random() < 0.1 ? ['de', 'ar'] : ['de'],
    ...(random() < 0.35 ? { isAccessibleForFree: true } : { offers: { '@type': 'Offer', price: 40, priceCurrency: 'EUR', ...(random() < 0.5 ? { eligibleCustomerType: ['volunteers'] } : {}) } }),
    hasCourseInstance: sessions,
  };
}

const queries = [
  // text
  'q=Schulung%20Fl%C3%BCchtlingshilfe', 'q=Asylrecht', 'q=Migrationsberatung', 'q=Berater*innen', 'q=Interkulturelle%20Kompetenz', 'q=Ehrenamtliche', 'q=Geflüchtetenarbeit', 'q=Workshop%20Empowerment',
  // text + region
  'q=Fortbildung&region=16', 'q=Asylrecht&region=14', 'q=Ehrenamt&region=16067', 'q=Konfliktmoderation&region=09', 'q=Sprachf%C3%B6rderung&region=05',
  // text + radius
  'q=Schulung&plz=99867&radiusKm=50', 'q=Flüchtlingshilfe&plz=04109&radiusKm=30&free=true', 'q=Migrationsberatung&plz=10115&radiusKm=25&sort=distance', 'q=Workshop&plz=80331&radiusKm=50&mode=onsite',
  // facets only / filters
  'facets=topic,audience,mode,free', 'facets=topic,land&free=true', 'region=16&facets=topic,audience', 'audience=volunteers&freeFor=volunteers&facets=mode', 'plz=99867&radiusKm=50&facets=topic,free',
  // typo
  'q=Asylrehct', 'q=Migrationsberatnug', 'q=Integrationslotsn', 'q=Kompetnz&region=16',
];

/** Mostly distinct queries (text × place × radius × filter), so nearly every request misses the cache. */
function diverseQuery(n) {
  // A multiplicative seed: consecutive small seeds would give nearly the same first numbers.
  const random = rng((n + 7) * 2654435761);
  const words = subjects[Math.floor(random() * subjects.length)];
  const place = diversePlaces[Math.floor(random() * diversePlaces.length)];
  const radius = [10, 20, 30, 40, 50, 75][Math.floor(random() * 6)];
  const filter = ['', '&free=true', '&freeFor=volunteers', '&mode=onsite', '&audience=professionals', '&facets=topic'][Math.floor(random() * 6)];
  const kind = Math.floor(random() * 3);
  if (kind === 0) return `q=${encodeURIComponent(words)}&plz=${place.plz}&radiusKm=${radius}${filter}`;
  if (kind === 1) return `q=${encodeURIComponent(words)}&region=${place.land}${filter}&page=${1 + Math.floor(random() * 3)}`;
  return `plz=${place.plz}&radiusKm=${radius}&facets=topic,free${filter}`;
}
let diversePlaces = [];

async function load(baseUrl, durationSeconds, concurrency, pick = (n) => queries[n % queries.length]) {
  const latencies = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + durationSeconds * 1000;
  const started = performance.now();
  async function client() {
    while (performance.now() < deadline) {
      const q = pick(next++);
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/search/offers?${q}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status !== 200) errors++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies[latencies.length - 1] };
}

/** Index `rank` of a Zipf distribution over `size` items (s = 1): a few popular searches, a long tail. */
function zipfPicker(size, seed) {
  const weights = Array.from({ length: size }, (_, k) => 1 / (k + 1));
  const cumulative = [];
  weights.reduce((sum, w, k) => (cumulative[k] = sum + w), 0);
  const total = cumulative[size - 1];
  const random = rng(seed);
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const line = (r) => `requests ${r.requests}, errors ${r.errors}, ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`;
const verdict = (r) => `Targets: p95 ≤ 50 ms ${r.p95 <= 50 ? 'met' : 'NOT met'}, p99 ≤ 150 ms ${r.p99 <= 150 ? 'met' : 'NOT met'}, ≥ 300 req/s ${r.rps >= 300 ? 'met' : 'NOT met'}, 0 errors ${r.errors === 0 ? 'met' : 'NOT met'}`;

/**
 * The load phases. `churn` (when the bench runs its own stack): changes one offer per second
 * through the import API while `run` measures, and says how often the index version rose.
 */
async function measure(baseUrl, churn = null) {
  await load(baseUrl, 5, clients); // warm-up
  const r = await load(baseUrl, seconds, clients);
  console.log(`\nGET /api/v1/search/offers, ${queries.length} mixed queries (text, text+region, text+radius, facets only, typo), ${clients} concurrent clients, ${seconds} s:`);
  console.log(`  ${line(r)}`);
  console.log(verdict(r));
  if (churn) {
    // Every indexed change raises the index version, and results cached before it are not served after it.
    const { result, changes } = await churn(() => load(baseUrl, seconds, clients));
    console.log(`\nThe same while one offer is changed every second through the import API (${changes} index changes in ${seconds} s, each one expiring every cached result):`);
    console.log(`  ${line(result)}`);
    console.log(verdict(result));
  }
  diversePlaces = plzs.filter((_, i) => i % 7 === 0);
  // Popular searches repeat, most are rare: 10,000 distinct queries drawn with Zipf weights.
  const variants = 10_000;
  const zipf = zipfPicker(variants, 99);
  const seen = new Set();
  const realistic = await load(baseUrl, seconds, clients, () => {
    const k = zipf();
    seen.add(k);
    return diverseQuery(1_000_000 + k);
  });
  console.log(`\nA long-tailed stream: ${variants.toLocaleString('en')} distinct queries of the kinds below with Zipf weights (s = 1), ${clients} clients, ${seconds} s; ${seen.size} distinct queries asked, ${((100 * seen.size) / realistic.requests).toFixed(0)} % of the requests were a query's first time:`);
  console.log(`  ${line(realistic)}`);
  const cold = await load(baseUrl, seconds, clients, diverseQuery);
  console.log(`\nMostly distinct queries (text+radius, text+Land with page 1–3, radius+facets, each with one of six filters; cache misses), ${clients} clients, ${seconds} s:`);
  console.log(`  ${line(cold)}`);
  console.log('\nEach query of the mixed set alone, with its total: computed (the entries of the first phase have expired), then from the cache:');
  for (const q of queries) {
    const times = [];
    let body;
    for (let k = 0; k < 2; k++) {
      const t = performance.now();
      body = await (await fetch(`${baseUrl}/api/v1/search/offers?${q}`)).json();
      times.push(performance.now() - t);
    }
    console.log(`  ${times.map((t) => `${t.toFixed(1).padStart(6)} ms`).join('  ')}  total ${String(body.total).padStart(6)}  ${q}`);
  }
}

/**
 * Runs `run` while a writer re-imports one offer of the data set per second with a new title
 * (the real path: import job, outbox, relay, index, version raised); `changes` is how often
 * the index version rose meanwhile.
 */
async function withChangingOffers(stack, session, tenantId, run) {
  const redis = new Redis(stack.env.REDIS_URL, { maxRetriesPerRequest: 1 });
  const versionKey = `${stack.env.QUEUE_PREFIX ?? 'kp'}:search:version`;
  const version = async () => Number((await redis.get(versionKey)) ?? 0);
  let running = true;
  const writer = (async () => {
    for (let edition = 1; running; edition++) {
      const i = (edition * 7919) % offerCount;
      const started = await session.request('POST', `/tenants/${tenantId}/imports?mode=commit&publish=true`, importDocument([course(i, rng(1000 + i), plzs, ` (Stand ${edition})`)]), 'application/ld+json');
      if (started.status !== 202) throw new Error(`writer: import answered ${started.status}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  const before = await version();
  try {
    const result = await run();
    return { result, changes: (await version()) - before };
  } finally {
    running = false;
    await writer;
    redis.disconnect();
  }
}

const plzs = postalCodes();
const against = arg('against', '');
if (against) {
  // Only the load phases, against a running api (e.g. one held with --hold).
  await measure(against);
  process.exit(0);
}
const stack = await startBenchStack({ DATABASE_POOL_SIZE: '20' });
const { baseUrl, run } = stack;
// Ctrl-C at any point stops what the bench started (PostgreSQL, Redis, api, worker).
process.once('SIGINT', () => void stack.stop().then(() => process.exit(130)));
try {
  const { session, tenantId } = await stack.login();

  const t0 = performance.now();
  for (let part = 0; part * FILE_SIZE < offerCount; part++) {
    const started = await session.request('POST', `/tenants/${tenantId}/imports?mode=commit&publish=true`, generate(part, plzs), 'application/ld+json');
    for (;;) {
      const r = (await session.request('GET', `/tenants/${tenantId}/imports/${started.body.id}`)).body;
      if (r.status === 'failed') throw new Error(JSON.stringify(r.issues.slice(0, 3)));
      if (r.status === 'succeeded') break;
      await new Promise((res) => setTimeout(res, 250));
    }
  }
  console.log(`Imported ${offerCount} offers / ${offerCount * 3} sessions in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  // The worker's relay indexes the imported offers; wait until the outbox is empty, then rebuild once to time it.
  const t1 = performance.now();
  while (stack.scalar(`SELECT count(*) FROM index_outbox WHERE processed_at IS NULL`) !== '0') await new Promise((r) => setTimeout(r, 500));
  console.log(`Relay indexed them in ${((performance.now() - t1) / 1000).toFixed(0)} s after the last import`);
  if (!process.argv.includes('--no-rebuild')) {
    const rebuild = run('reindex.js');
    console.log(`Full rebuild (reindex.js): ${rebuild.seconds.toFixed(0)} s — ${rebuild.stdout.split('\n').pop()}`);
  }
  // As after a day of autovacuum: statistics and the visibility map (index-only scans) are up to date.
  const t2 = performance.now();
  stack.psql('VACUUM ANALYZE');
  console.log(`VACUUM ANALYZE: ${((performance.now() - t2) / 1000).toFixed(0)} s`);
  if (process.argv.includes('--hold')) {
    console.log(`Holding: api ${baseUrl}, database ${stack.env.DATABASE_MIGRATION_URL} (owner; SET app.platform = 'on' to see everything). Ctrl-C stops.`);
    await new Promise(() => {});
  } else {
    await measure(baseUrl, (run) => withChangingOffers(stack, session, tenantId, run));
  }
} finally {
  await stack.stop();
}
