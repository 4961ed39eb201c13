#!/usr/bin/env node
// Benchmark for the search issue: 100,000 offers / 300,000 sessions across all Länder, imported
// through the real pipeline and indexed by the real indexer, then 20 concurrent clients send a
// mixed query set (text, text+region, text+radius, facets only, typo) to GET /api/v1/search/offers.
// Targets: p95 ≤ 50 ms, p99 ≤ 150 ms, ≥ 300 requests/s, 0 errors. Then the same set while one
// offer changes per second (every change expires every cached result), a long-tailed stream of
// 10,000 distinct queries, mostly distinct queries, and the engine itself: the mixed set with
// natural 1–6-word queries in which every request is a new query (no cache can help). Prints the
// api process's memory (VmRSS, VmHWM) after loading and after the run. Offer text comes from
// offer-text.mjs (realistic German titles, abstracts, descriptions and modules). Starts its own
// PostgreSQL and Redis and runs the built bundles (`npx nx run-many -t build -p api worker` first).
//   node_modules/.bin/node bench/search.mjs [--offers 100000] [--clients 20] [--seconds 30] [--hold] [--no-rebuild] [--no-cache]
//     [--phases mixed,churn,longtail,distinct,engine,each] [--against URL [--api-pid PID]]
// --hold: after indexing, print the api URL and database URL and keep everything running (Ctrl-C
// stops), to explore the data set with EXPLAIN or measure later with --against <api url>.
// --no-rebuild: skip timing the full rebuild (the relay has indexed everything already).
// --no-cache: start the api with SEARCH_RESULT_CACHE=off (every request is computed by the engine).
// --phases: the load phases to run (default all); --api-pid: the api to read VmRSS from with --against.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import Redis from 'ioredis';
import { naturalQueries, offerText, typo } from './offer-text.mjs';
import { arg, percentile, postalCodes, rng, root, startBenchStack } from './support.mjs';

const offerCount = Number(arg('offers', '100000'));
const clients = Number(arg('clients', '20'));
const seconds = Number(arg('seconds', '30'));
const noCache = process.argv.includes('--no-cache');
const phases = new Set(arg('phases', 'mixed,churn,longtail,distinct,engine,each').split(','));
const FILE_SIZE = 10_000;

/** The search terms of the long-tailed and mostly distinct phases (unchanged, so their rows stay comparable). */
const subjects = ['Flüchtlingshilfe', 'Asylrecht', 'Migrationsberatung', 'Interkulturelle Kompetenz', 'Antidiskriminierung', 'Traumasensible Begleitung', 'Sprachförderung', 'Arbeitsmarktintegration', 'Ehrenamtskoordination', 'Konfliktmoderation', 'Elternarbeit', 'Gesundheit und Migration', 'Vernetzung vor Ort', 'Empowerment', 'Digitale Vereinsarbeit', 'Wohnungssuche', 'Kinderschutz', 'Integrationslotsen', 'Sprachmittlung', 'Demokratiebildung'];
const topics = ['migration-counselling', 'asylum-law', 'intercultural-competence', 'anti-discrimination', 'trauma', 'unaccompanied-minors', 'language-support', 'labour-market', 'volunteer-management', 'political-education', 'conflict-management', 'facilitation', 'community-work', 'intercultural-opening', 'family-school-childcare', 'health', 'funding-project-management', 'networking', 'empowerment-self-organisation', 'counselling-methods', 'digital-skills', 'housing'];
const audiences = ['volunteers', 'professionals', 'multipliers', 'migrant-organisations', 'administration', 'migrants', 'general-public'];

/** Region data: each postal code's Kreis and Gemeinde (ARS), each Kreis's kind and name (for "im Landkreis Gotha"). */
const readCsv = (file) => parse(readFileSync(join(root, 'data/regions', file), 'utf8'), { columns: true });
const regionOfPlz = new Map();
for (const row of readCsv('postal_code_regions.csv')) if (!regionOfPlz.has(row.plz)) regionOfPlz.set(row.plz, { kreis: row.kreis_key, ars: row.ars });
const kreise = new Map(readCsv('regions.csv').filter((r) => r.level === 'kreis').map((r) => [r.key, { type: r.type, name: r.name_short }]));
/** How an offer names the Kreis of a postal code: "im Landkreis Gotha", "im Ilm-Kreis", "in Erfurt". */
function placePhrase(plz) {
  const kreis = kreise.get(regionOfPlz.get(plz.plz)?.kreis ?? '');
  if (!kreis) return `in ${plz.locality}`;
  if (kreis.type === 'Landkreis') return `im Landkreis ${kreis.name}`;
  if (kreis.type === 'Kreis') return /kreis$/i.test(kreis.name) ? `im ${kreis.name}` : `im Kreis ${kreis.name}`;
  if (kreis.type === 'Regionalverband') return `im Regionalverband ${kreis.name}`;
  return `in ${kreis.name}`;
}

const OWN_ID = 'urn:demo:org:demo-vhs';
const importDocument = (courses) => JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', '@id': OWN_ID, name: 'Volkshochschule Musterstadt (Demo)', additionalType: 'adult-education' }, ...courses] });

function generate(part, plzs) {
  const random = rng(1000 + part);
  const courses = [];
  for (let k = 0; k < FILE_SIZE && part * FILE_SIZE + k < offerCount; k++) courses.push(course(part * FILE_SIZE + k, random, plzs));
  return importDocument(courses);
}

/**
 * Offer `i` of the data set as a schema.org Course with three sessions and realistic German text
 * (offer-text.mjs: title, abstract, description, modules of a programme, topics and audiences that
 * fit the text); `edition` changes its title (the writer during the load).
 */
function course(i, random, plzs, edition = '') {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const home = pick(plzs);
  const sessions = Array.from({ length: 3 }, (_, j) => {
    const date = `2027-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}`;
    const online = random() < 0.15;
    // Most offers run their sessions in one place.
    const plz = random() < 0.8 ? home : pick(plzs);
    return {
      '@type': 'CourseInstance', '@id': `urn:bench:s:${i}-${j}`, courseMode: online ? 'online' : 'onsite', startDate: `${date}T09:00`, endDate: `${date}T16:00`,
      location: online ? { '@type': 'VirtualLocation', url: `https://meet.example/${i}` } : { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: plz.plz, addressLocality: plz.locality } },
      maximumAttendeeCapacity: 20, remainingAttendeeCapacity: Math.floor(random() * 20),
    };
  });
  const text = offerText(random, { region: placePhrase(home), town: home.locality });
  return {
    '@type': 'Course', '@id': `urn:bench:o:${i}`, name: `${text.title}${edition}`.slice(0, 200),
    ...(text.kind === 'network-meeting' ? { additionalType: 'network-meeting' } : {}),
    abstract: text.abstract,
    description: text.description,
    provider: { '@id': OWN_ID },
    about: random() < 0.2 ? [...text.topics, pick(topics)] : text.topics,
    audience: (random() < 0.3 ? [...text.audiences, pick(audiences)] : text.audiences).map((a) => ({ '@type': 'Audience', audienceType: a })),
    ...(text.modules.length ? { hasPart: text.modules.map((m, k) => ({ '@type': 'Course', position: k + 1, name: m.name, ...(m.description ? { description: m.description } : {}) })) } : {}),
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

/**
 * The engine itself: the kinds of the mixed set — text (1–2 words, and natural 3–6-word queries
 * from offer-text.mjs), text+region (Land, Kreis or Gemeinde), text+radius, facets only, typo —
 * with filters, and every request a query not asked before in the run (no result cache can help).
 * Returns pick() for load(): { q, kind }.
 */
function engineQueries(seed) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const seen = new Set();
  const places = plzs.filter((_, i) => i % 3 === 0);
  const text = (options) => encodeURIComponent(naturalQueries(random, 1, options)[0]);
  const regionKey = () => {
    const place = pick(places);
    const r = regionOfPlz.get(place.plz);
    const level = random();
    return level < 0.35 || !r ? place.land : level < 0.8 ? r.kreis : r.ars;
  };
  // Filters by parameter name; a query gets each at most once (a repeated sort or page is a 400).
  const filters = {
    free: () => '&free=true',
    freeFor: () => '&freeFor=volunteers',
    mode: () => `&mode=${pick(['onsite', 'online'])}`,
    audience: () => `&audience=${pick(audiences)}`,
    topic: () => `&topic=${pick(topics)}`,
    language: () => '&language=ar',
    kind: () => '&kind=programme',
    dates: () => {
      const month = 1 + Math.floor(random() * 10);
      return `&from=2027-${String(month).padStart(2, '0')}-01&to=2027-${String(month + 2).padStart(2, '0')}-28`;
    },
    sort: () => '&sort=date',
    facets: () => `&facets=${pick(['topic', 'topic,audience', 'mode,free', 'topic,audience,mode,free,land'])}`,
    page: () => `&page=${2 + Math.floor(random() * 3)}`,
  };
  const names = Object.keys(filters);
  /** Each further filter with probability `p`, at most three; `taken`: parameters the query has already. */
  const someFilters = (p, taken = []) => {
    const used = new Set(taken);
    let out = '';
    while (used.size - taken.length < 3 && chance(p)) {
      const name = pick(names);
      if (used.has(name)) continue;
      used.add(name);
      out += filters[name]();
    }
    return out;
  };
  const radius = () => pick([5, 10, 15, 20, 25, 30, 40, 50, 75, 100]);
  // `extra` rises when a kind keeps drawing queries asked before: more filters make them new.
  const kinds = [
    ['text', 15, (extra) => `q=${text({ maxWords: 2 })}${someFilters(0.3 + extra)}`],
    ['text, natural 3–6 words', 15, (extra) => `q=${text({ minWords: 3 })}${someFilters(0.2 + extra)}`],
    ['text+region', 20, (extra) => `q=${text({ maxWords: 3 })}&region=${regionKey()}${someFilters(0.3 + extra)}`],
    ['text+radius', 15, (extra) => {
      const byDistance = chance(0.3);
      return `q=${text({ maxWords: 3 })}&plz=${pick(places).plz}&radiusKm=${radius()}${byDistance ? '&sort=distance' : ''}${someFilters(0.3 + extra, byDistance ? ['sort'] : [])}`;
    }],
    ['facets only', 20, (extra) => `${chance(0.5) ? `region=${regionKey()}` : `plz=${pick(places).plz}&radiusKm=${radius()}`}&facets=${pick(['topic,audience,mode,free', 'topic,land', 'topic,audience', 'mode,free,kind', 'topic,free'])}${someFilters(0.5 + extra, ['facets'])}`],
    ['typo', 15, (extra) => {
      // One word of a natural query misspelt (the longest: the slip that needs the typo budget).
      const words = naturalQueries(random, 1, { maxWords: 3, typos: 0 })[0].split(' ');
      const longest = words.reduce((k, w, i) => (w.length > words[k].length ? i : k), 0);
      words[longest] = typo(random, words[longest]);
      return `q=${encodeURIComponent(words.join(' '))}${chance(0.3) ? `&region=${regionKey()}` : ''}${someFilters(0.2 + extra)}`;
    }],
  ];
  const total = kinds.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let x = random() * total;
    const [kind, , draw] = kinds.find(([, w]) => (x -= w) < 0) ?? kinds[kinds.length - 1];
    for (let tries = 0; ; tries++) {
      const q = draw(Math.min(0.6, tries * 0.05));
      if (!seen.has(q)) {
        seen.add(q);
        return { q, kind };
      }
    }
  };
}

/** `pick(n)` returns the query string, or { q, kind } to get the figures per kind as well (`byKind`). */
async function load(baseUrl, durationSeconds, concurrency, pick = (n) => queries[n % queries.length]) {
  const latencies = [];
  const byKind = new Map();
  let errors = 0;
  let firstError = null;
  let next = 0;
  const deadline = performance.now() + durationSeconds * 1000;
  const started = performance.now();
  async function client() {
    while (performance.now() < deadline) {
      const picked = pick(next++);
      const { q, kind } = typeof picked === 'string' ? { q: picked, kind: null } : picked;
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/search/offers?${q}`);
      const body = await response.arrayBuffer();
      const ms = performance.now() - t0;
      latencies.push(ms);
      const failed = response.status !== 200;
      if (failed) errors++;
      if (failed && !firstError) firstError = `${response.status} for ${q}: ${Buffer.from(body).toString('utf8').slice(0, 200)}`;
      if (kind !== null) {
        if (!byKind.has(kind)) byKind.set(kind, { latencies: [], errors: 0 });
        byKind.get(kind).latencies.push(ms);
        if (failed) byKind.get(kind).errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  const figures = (list, errorCount) => {
    list.sort((a, b) => a - b);
    return { requests: list.length, errors: errorCount, rps: list.length / elapsed, p50: percentile(list, 50), p95: percentile(list, 95), p99: percentile(list, 99), max: list[list.length - 1] };
  };
  return { ...figures(latencies, errors), firstError, byKind: new Map([...byKind].map(([kind, k]) => [kind, figures(k.latencies, k.errors)])) };
}

/** The api process this bench started (a child running dist/apps/api/main.js), or `--api-pid`. */
function apiPid() {
  if (arg('api-pid', '')) return Number(arg('api-pid', ''));
  const processes = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
      processes.push({ pid: Number(entry), ppid: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]), cmdline });
    } catch {
      // ended meanwhile
    }
  }
  const descendants = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of processes)
      if (!descendants.has(p.pid) && descendants.has(p.ppid)) {
        descendants.add(p.pid);
        grew = true;
      }
  }
  const api = processes.filter((p) => descendants.has(p.pid) && p.cmdline.includes('dist/apps/api/main.js'));
  return api.length ? api[api.length - 1].pid : null;
}

/** "api process (pid 123) after loading: VmRSS 412 MB, VmHWM 530 MB (peak since start)". */
function printMemory(when) {
  const pid = apiPid();
  if (!pid) return console.log(`api memory ${when}: unknown (no api process of this bench found; pass --api-pid)`);
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const mb = (field) => `${(Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024).toFixed(0)} MB`;
    console.log(`api process (pid ${pid}) ${when}: VmRSS ${mb('VmRSS')}, VmHWM ${mb('VmHWM')} (peak since start)`);
  } catch (error) {
    console.log(`api memory ${when}: unknown (${error.message})`);
  }
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

const line = (r) =>
  `requests ${r.requests}, errors ${r.errors}, ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms${r.firstError ? `\n  first error: ${r.firstError}` : ''}`;
const verdict = (r) => `Targets: p95 ≤ 50 ms ${r.p95 <= 50 ? 'met' : 'NOT met'}, p99 ≤ 150 ms ${r.p99 <= 150 ? 'met' : 'NOT met'}, ≥ 300 req/s ${r.rps >= 300 ? 'met' : 'NOT met'}, 0 errors ${r.errors === 0 ? 'met' : 'NOT met'}`;

/**
 * The load phases. `churn` (when the bench runs its own stack): changes one offer per second
 * through the import API while `run` measures, and says how often the index version rose.
 */
async function measure(baseUrl, churn = null) {
  const cache = noCache ? ' (result cache off)' : '';
  if (phases.has('mixed') || phases.has('churn')) await load(baseUrl, 5, clients); // warm-up
  if (phases.has('mixed')) {
    const r = await load(baseUrl, seconds, clients);
    console.log(`\nGET /api/v1/search/offers, ${queries.length} mixed queries (text, text+region, text+radius, facets only, typo), ${clients} concurrent clients, ${seconds} s${cache}:`);
    console.log(`  ${line(r)}`);
    console.log(verdict(r));
  }
  if (churn && phases.has('churn')) {
    // Every indexed change raises the index version, and results cached before it are not served after it.
    const { result, changes } = await churn(() => load(baseUrl, seconds, clients));
    console.log(`\nThe same while one offer is changed every second through the import API (${changes} index changes in ${seconds} s, each one expiring every cached result)${cache}:`);
    console.log(`  ${line(result)}`);
    console.log(verdict(result));
  }
  diversePlaces = plzs.filter((_, i) => i % 7 === 0);
  if (phases.has('longtail')) {
    // Popular searches repeat, most are rare: 10,000 distinct queries drawn with Zipf weights.
    const variants = 10_000;
    const zipf = zipfPicker(variants, 99);
    const seen = new Set();
    const realistic = await load(baseUrl, seconds, clients, () => {
      const k = zipf();
      seen.add(k);
      return diverseQuery(1_000_000 + k);
    });
    console.log(`\nA long-tailed stream: ${variants.toLocaleString('en')} distinct queries of the kinds below with Zipf weights (s = 1), ${clients} clients, ${seconds} s; ${seen.size} distinct queries asked, ${((100 * seen.size) / realistic.requests).toFixed(0)} % of the requests were a query's first time${cache}:`);
    console.log(`  ${line(realistic)}`);
  }
  if (phases.has('distinct')) {
    const cold = await load(baseUrl, seconds, clients, diverseQuery);
    console.log(`\nMostly distinct queries (text+radius, text+Land with page 1–3, radius+facets, each with one of six filters; cache misses), ${clients} clients, ${seconds} s${cache}:`);
    console.log(`  ${line(cold)}`);
  }
  if (phases.has('engine')) {
    // Run alone, it needs a warm-up (other queries of the same kinds: nothing it asks later is cached).
    if (!['mixed', 'churn', 'longtail', 'distinct'].some((p) => phases.has(p))) await load(baseUrl, 5, clients, engineQueries(999));
    const engine = await load(baseUrl, seconds, clients, engineQueries(4242));
    console.log(`\nThe engine itself: the mixed set's kinds with natural 1–6-word queries from the offers' vocabulary and filters, every request a new query (${engine.requests} requests, ${engine.requests} distinct), ${clients} clients, ${seconds} s${cache}:`);
    console.log(`  ${line(engine)}`);
    console.log(verdict(engine));
    for (const [kind, r] of [...engine.byKind].sort()) console.log(`    ${kind.padEnd(24)} ${line(r).replace(/, \d+ req\/s/, '')}`);
  }
  if (phases.has('each')) {
    console.log(noCache ? '\nEach query of the mixed set alone, with its total: computed twice (result cache off):' : '\nEach query of the mixed set alone, with its total: computed (the entries of the first phase have expired), then from the cache:');
    /** Sends one search twice and prints both times and its total. */
    const twice = async (q, label) => {
      const times = [];
      let body;
      for (let k = 0; k < 2; k++) {
        const t = performance.now();
        body = await (await fetch(`${baseUrl}/api/v1/search/offers?${q}`)).json();
        times.push(performance.now() - t);
      }
      console.log(`  ${times.map((t) => `${t.toFixed(1).padStart(6)} ms`).join('  ')}  total ${String(body.total).padStart(6)}  ${label}`);
    };
    for (const q of queries) await twice(q, q);
    console.log('\nSome natural queries alone (computed, then again), with their totals:');
    for (const text of naturalQueries(rng(77), 12, { minWords: 1 })) await twice(`q=${encodeURIComponent(text)}`, text);
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
  if (noCache) console.log('--no-cache has no effect with --against: start that api with SEARCH_RESULT_CACHE=off.');
  printMemory('before the run');
  await measure(against);
  printMemory('after the run');
  process.exit(0);
}
const stack = await startBenchStack({ DATABASE_POOL_SIZE: '20', ...(noCache ? { SEARCH_RESULT_CACHE: 'off' } : {}) });
const { baseUrl, run } = stack;
// Ctrl-C at any point stops what the bench started (PostgreSQL, Redis, api, worker).
process.once('SIGINT', () => void stack.stop().then(() => process.exit(130)));
try {
  const { session, tenantId } = await stack.login();
  if (noCache) console.log('Result cache off: the api runs with SEARCH_RESULT_CACHE=off.');
  printMemory('after start');

  const t0 = performance.now();
  let file = generate(0, plzs);
  for (let part = 0; part * FILE_SIZE < offerCount; part++) {
    const started = await session.request('POST', `/tenants/${tenantId}/imports?mode=commit&publish=true`, file, 'application/ld+json');
    if (started.status !== 202) throw new Error(`import answered ${started.status}: ${JSON.stringify(started.body).slice(0, 500)}`);
    // The next file is generated while the api imports this one.
    if ((part + 1) * FILE_SIZE < offerCount) file = generate(part + 1, plzs);
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
  printMemory('after loading (import, indexing, rebuild)');
  if (process.argv.includes('--hold')) {
    console.log(`Holding: api ${baseUrl}, database ${stack.env.DATABASE_MIGRATION_URL} (owner; SET app.platform = 'on' to see everything). Ctrl-C stops.`);
    await new Promise(() => {});
  } else {
    await measure(baseUrl, (run) => withChangingOffers(stack, session, tenantId, run));
    console.log('');
    printMemory('after the run');
  }
} finally {
  await stack.stop();
}
