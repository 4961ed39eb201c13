#!/usr/bin/env node
// Benchmark for the search issue: 100,000 offers / 300,000 sessions across all Länder, imported
// through the real pipeline and indexed by the real indexer, then 20 concurrent clients send a
// mixed query set (text, text+region, text+radius, facets only, typo) to GET /api/v1/search/offers.
// Targets: p95 ≤ 50 ms, p99 ≤ 150 ms, ≥ 300 requests/s, 0 errors. Starts its own PostgreSQL and
// Redis and runs the built bundles (`npx nx run-many -t build -p api worker` first).
//   node_modules/.bin/node bench/search.mjs [--offers 100000] [--clients 20] [--seconds 30] [--hold] [--no-rebuild] [--against URL]
// --hold: after indexing, print the api URL and database URL and keep everything running (Ctrl-C
// stops), to explore the data set with EXPLAIN or measure later with --against <api url>.
// --no-rebuild: skip timing the full rebuild (the relay has indexed everything already).
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

function generate(part, plzs, ownId) {
  const random = rng(1000 + part);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const graph = [{ '@type': 'Organization', '@id': ownId, name: 'Volkshochschule Musterstadt (Demo)', additionalType: 'adult-education' }];
  for (let k = 0; k < FILE_SIZE && part * FILE_SIZE + k < offerCount; k++) {
    const i = part * FILE_SIZE + k;
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
    graph.push({
      '@type': 'Course', '@id': `urn:bench:o:${i}`, name: `${pick(formats)} ${subject} ${pick(people)}`,
      abstract: `${subject}: Praxiswissen und Austausch ${pick(people)} in ${pick(plzs).locality}.`,
      description: 'Ein erfundenes Angebot für den Such-Benchmark mit Übungen, Fallbeispielen und Zeit für Fragen.',
      provider: { '@id': ownId }, about: [pick(topics), pick(topics)], audience: [{ '@type': 'Audience', audienceType: pick(audiences) }],
      inLanguage: random() < 0.1 ? ['de', 'ar'] : ['de'],
      ...(random() < 0.35 ? { isAccessibleForFree: true } : { offers: { '@type': 'Offer', price: 40, priceCurrency: 'EUR', ...(random() < 0.5 ? { eligibleCustomerType: ['volunteers'] } : {}) } }),
      hasCourseInstance: sessions,
    });
  }
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph });
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

async function measure(baseUrl) {
  await load(baseUrl, 5, clients); // warm-up
  const r = await load(baseUrl, seconds, clients);
  console.log(`\nGET /api/v1/search/offers, ${queries.length} mixed queries (text, text+region, text+radius, facets only, typo), ${clients} concurrent clients, ${seconds} s:`);
  console.log(`  requests ${r.requests}, errors ${r.errors}, ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms`);
  console.log(`Targets: p95 ≤ 50 ms ${r.p95 <= 50 ? 'met' : 'NOT met'}, p99 ≤ 150 ms ${r.p99 <= 150 ? 'met' : 'NOT met'}, ≥ 300 req/s ${r.rps >= 300 ? 'met' : 'NOT met'}, 0 errors ${r.errors === 0 ? 'met' : 'NOT met'}`);
  diversePlaces = plzs.filter((_, i) => i % 7 === 0);
  const cold = await load(baseUrl, seconds, clients, diverseQuery);
  console.log(`\nThe same with mostly distinct queries (cache misses), ${clients} clients, ${seconds} s:`);
  console.log(`  requests ${cold.requests}, errors ${cold.errors}, ${cold.rps.toFixed(0)} req/s, p50 ${cold.p50.toFixed(1)} ms, p95 ${cold.p95.toFixed(1)} ms, p99 ${cold.p99.toFixed(1)} ms, max ${cold.max.toFixed(1)} ms`);
  console.log('\nEach query of the mixed set once more (cached), with its total:');
  for (const q of queries) {
    const t = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/search/offers?${q}`);
    const body = await res.json();
    console.log(`  ${(performance.now() - t).toFixed(1).padStart(7)} ms  total ${String(body.total).padStart(6)}  ${q}`);
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
    const started = await session.request('POST', `/tenants/${tenantId}/imports?mode=commit&publish=true`, generate(part, plzs, 'urn:demo:org:demo-vhs'), 'application/ld+json');
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
  stack.scalar('VACUUM ANALYZE; SELECT 0');
  if (process.argv.includes('--hold')) {
    console.log(`Holding: api ${baseUrl}, database ${stack.env.DATABASE_MIGRATION_URL} (owner; SET app.platform = 'on' to see everything). Ctrl-C stops.`);
    await new Promise(() => {});
  } else {
    await measure(baseUrl);
  }
} finally {
  await stack.stop();
}
