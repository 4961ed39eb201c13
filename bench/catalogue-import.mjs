#!/usr/bin/env node
// Benchmark for the catalogue issue: import 10,000 offers with 30,000 sessions (target ≤ 60 s)
// through the real path — HTTP upload (application/ld+json) → BullMQ job → worker → PostgreSQL —
// then a dry run and an unchanged re-import of the same file, and the export. Starts its own
// PostgreSQL and Redis, runs the built bundles (run `npx nx run-many -t build -p api worker` first).
//   node_modules/.bin/node bench/catalogue-import.mjs [--offers 10000] [--sessions-per-offer 3]
import { arg, postalCodes, rng, startBenchStack } from './support.mjs';

const offerCount = Number(arg('offers', '10000'));
const sessionsPerOffer = Number(arg('sessions-per-offer', '3'));

const topics = ['migration-counselling', 'asylum-law', 'intercultural-competence', 'anti-discrimination', 'trauma', 'language-support', 'volunteer-management', 'political-education', 'conflict-management', 'community-work', 'digital-skills', 'networking'];
const audiences = ['volunteers', 'professionals', 'multipliers', 'migrant-organisations', 'administration', 'migrants', 'general-public'];
const words = ['Grundlagen', 'Aufbaukurs', 'Werkstatt', 'Fachtag', 'Qualifizierung', 'Kompakt', 'Praxis', 'Online-Reihe', 'Intensiv', 'Einführung'];

function generate(plzs) {
  const random = rng(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // The @id the demo seed gave the organisation (its first import remembers it).
  const own = 'urn:demo:org:demo-vhs';
  const graph = [
    { '@type': 'Organization', '@id': own, name: 'Volkshochschule Musterstadt (Demo)', additionalType: 'adult-education' },
    ...Array.from({ length: 50 }, (_, i) => ({ '@type': 'Organization', '@id': `urn:bench:partner:${i}`, name: `Partnerorganisation ${i} (Bench)`, additionalType: 'initiative' })),
  ];
  for (let i = 0; i < offerCount; i++) {
    const programme = i % 10 === 0;
    const topic = pick(topics);
    const sessions = Array.from({ length: sessionsPerOffer }, (_, j) => {
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 27);
      const date = `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const online = random() < 0.2;
      const plz = pick(plzs);
      return {
        '@type': 'CourseInstance',
        '@id': `urn:bench:session:${i}-${j}`,
        courseMode: online ? 'online' : 'onsite',
        startDate: `${date}T09:00`,
        endDate: `${date}T16:30`,
        location: online ? { '@type': 'VirtualLocation', url: `https://meet.example/${i}-${j}` } : { '@type': 'Place', name: 'Bildungshaus', address: { '@type': 'PostalAddress', streetAddress: 'Hauptstraße 1', postalCode: plz.plz, addressLocality: plz.locality } },
        maximumAttendeeCapacity: 20,
        remainingAttendeeCapacity: Math.floor(random() * 20),
        offers: { '@type': 'Offer', availabilityEnds: `${date.slice(0, 8)}01` },
      };
    });
    graph.push({
      '@type': 'Course',
      '@id': `urn:bench:offer:${i}`,
      name: `${pick(words)}: ${topic.replace(/-/g, ' ')} ${i}`,
      additionalType: programme ? 'programme' : 'course',
      abstract: 'Fortbildung für Haupt- und Ehrenamtliche in der Arbeit mit Geflüchteten.',
      description: 'Ein erfundenes Angebot für den Import-Benchmark. '.repeat(5),
      provider: { '@id': own },
      contributor: random() < 0.3 ? [{ '@id': `urn:bench:partner:${i % 50}`, roleName: 'Kooperationspartner' }] : [],
      about: [topic],
      audience: [{ '@type': 'Audience', audienceType: pick(audiences) }],
      inLanguage: ['de'],
      isAccessibleForFree: random() < 0.4,
      ...(programme ? { hasPart: [1, 2, 3].map((position) => ({ '@type': 'Course', position, name: `Modul ${position}`, provider: { '@id': `urn:bench:partner:${(i + position) % 50}` } })) } : {}),
      hasCourseInstance: sessions,
    });
  }
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph });
}

async function timedImport(session, tenantId, file, query) {
  const t0 = performance.now();
  const started = await session.request('POST', `/tenants/${tenantId}/imports?${query}`, file, 'application/ld+json');
  if (started.status !== 202) throw new Error(`upload refused: ${started.status} ${JSON.stringify(started.body)}`);
  const uploaded = performance.now();
  let run;
  let lastProgress = -1;
  for (;;) {
    run = (await session.request('GET', `/tenants/${tenantId}/imports/${started.body.id}`)).body;
    if (run.progress !== lastProgress) lastProgress = run.progress;
    if (run.status === 'succeeded' || run.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  if (run.status !== 'succeeded') console.log('  first issues:', JSON.stringify(run.issues.slice(0, 5)));
  return { run, seconds: (performance.now() - t0) / 1000, uploadSeconds: (uploaded - t0) / 1000 };
}

const plzs = postalCodes();
const stack = await startBenchStack();
try {
  const { session, tenantId } = await stack.login();

  const t0 = performance.now();
  const file = generate(plzs);
  console.log(`Generated ${offerCount} offers with ${offerCount * sessionsPerOffer} sessions (${(file.length / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const dry = await timedImport(session, tenantId, file, 'mode=dry-run');
  console.log(`Dry run:            ${dry.seconds.toFixed(1)} s (upload ${dry.uploadSeconds.toFixed(1)} s) — ${dry.run.status}, offers ${JSON.stringify(dry.run.summary.offers)}`);
  const commit = await timedImport(session, tenantId, file, 'mode=commit&publish=true');
  console.log(`Import (commit):    ${commit.seconds.toFixed(1)} s (upload ${commit.uploadSeconds.toFixed(1)} s) — ${commit.run.status}, offers ${JSON.stringify(commit.run.summary.offers)}, sessions ${JSON.stringify(commit.run.summary.sessions)}`);
  const again = await timedImport(session, tenantId, file, 'mode=commit&publish=true');
  console.log(`Re-import unchanged: ${again.seconds.toFixed(1)} s — offers ${JSON.stringify(again.run.summary.offers)}`);
  const t1 = performance.now();
  const exported = await session.request('GET', `/tenants/${tenantId}/export`);
  console.log(`Export of published offers: ${((performance.now() - t1) / 1000).toFixed(1)} s, ${(exported.bytes / 1024 / 1024).toFixed(1)} MB, ${exported.body['@graph'].length} nodes`);
  console.log(`\nTarget: import of ${offerCount} offers / ${offerCount * sessionsPerOffer} sessions ≤ 60 s → measured ${commit.seconds.toFixed(1)} s ${commit.seconds <= 60 && commit.run.status === 'succeeded' ? '(met)' : '(NOT met)'}`);
} finally {
  await stack.stop();
}
