/**
 * Measures indexTerms() over synthetic documents built from the demo offers' German text
 * (apps/api/src/demo/demo-offers.ts): 60–300 words each, words drawn from the real sentences,
 * plus a share of never-seen compounds and place names so the memo does not answer everything.
 *
 *   npx nx run shared-search-text:bench -- [documents] [novelShare]
 *
 * Prints the time to build the dictionary, then µs per document for a cold and a warm pass.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { analyseQuery, defaultDecompounder, defaultThesaurus, indexTerms } from '../src/index';

const documents = Number(process.argv[2] ?? 100_000);
const novelShare = Number(process.argv[3] ?? 0.03);
const root = process.cwd();

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const source = readFileSync(join(root, 'apps/api/src/demo/demo-offers.ts'), 'utf8');
const file = ts.createSourceFile('demo-offers.ts', source, ts.ScriptTarget.Latest);
const sentences: string[] = [];
const visit = (node: ts.Node) => {
  if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.split(' ').length >= 6) sentences.push(node.text);
  ts.forEachChild(node, visit);
};
visit(file);
const words = sentences.flatMap((s) => s.split(/\s+/));
const nouns = ['Beratung', 'Schulung', 'Netzwerk', 'Projekt', 'Angebot', 'Arbeit', 'Kurs', 'Stelle', 'Gruppe', 'Treffen', 'Recht', 'Hilfe'];
const modifiers = ['Migration', 'Integration', 'Bildung', 'Sprache', 'Familie', 'Jugend', 'Frauen', 'Eltern', 'Kultur', 'Asyl', 'Ehrenamt', 'Trauma'];
const regions = parse(readFileSync(join(root, 'data/regions/regions.csv')), { columns: true }) as Record<string, string>[];
const places = regions.filter((r) => r['level'] === 'gemeinde').map((r) => r['name_short'] as string);

function novelWord(i: number): string {
  const r = random();
  if (r < 0.4) return pick(places);
  if (r < 0.8) return `${pick(modifiers)}s${pick(nouns).toLowerCase()}${i % 997}`; // unseen tokens (with a number: never in the memo)
  return `${pick(modifiers)}${pick(['s', 'n', ''])}${pick(nouns).toLowerCase()}${pick(nouns).toLowerCase()}`;
}

const texts: string[] = [];
let wordCount = 0;
for (let d = 0; d < documents; d++) {
  const length = 60 + Math.floor(random() * 241);
  const doc: string[] = [];
  for (let w = 0; w < length; w++) doc.push(random() < novelShare ? novelWord(d * 1000 + w) : pick(words));
  wordCount += length;
  texts.push(doc.join(' '));
}

let t = process.hrtime.bigint();
defaultDecompounder();
const initMs = Number(process.hrtime.bigint() - t) / 1e6;

function pass(): { us: number; terms: number } {
  let terms = 0;
  const start = process.hrtime.bigint();
  for (const text of texts) terms += indexTerms(text).length;
  return { us: Number(process.hrtime.bigint() - start) / 1e3 / texts.length, terms };
}
const cold = pass();
const warm = pass();

const queries = ['Fortbildungen Gotha', 'Sprachmittlerschulung', 'Deutsch als Zweitsprache online', 'Ich suche Workshops für Ehrenamtliche', 'migra'];
t = process.hrtime.bigint();
for (let i = 0; i < 10_000; i++) analyseQuery(pick(queries), defaultThesaurus);
const queryUs = Number(process.hrtime.bigint() - t) / 1e3 / 10_000;

console.log(
  JSON.stringify(
    {
      documents,
      averageWords: Math.round(wordCount / documents),
      novelShare,
      dictionaryInitMs: Math.round(initMs),
      coldPassUsPerDocument: Math.round(cold.us),
      warmPassUsPerDocument: Math.round(warm.us),
      termsPerDocument: Math.round(cold.terms / documents),
      analyseQueryUs: Math.round(queryUs * 10) / 10,
      heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    },
    null,
    2,
  ),
);
