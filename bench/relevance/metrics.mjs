#!/usr/bin/env node
// Relevance metrics of the judged test set (bench/relevance/README.md). Pure functions:
//   ndcgAt(ranking, judgements, k)   graded gain 2^rel − 1, discount log2(rank + 1); the ideal
//                                    ranking orders *all* judged offers by grade (not only the
//                                    ones returned), so missing a relevant offer costs.
//   recallAt(ranking, judgements, k) share of the offers judged ≥ 1 that are in the first k.
// `ranking` is the list of offer @ids in the order shown; `judgements` maps @id → 2 | 1 (absent = 0).
//   node bench/relevance/metrics.mjs            runs the self-check (exit 1 on a failure)
//   node bench/relevance/metrics.mjs --score    reads { tasks: [{ id, judgements }], rankings: { <task id>: [@id, …] } }
//                                               on stdin, prints { tasks: [{ id, ndcg10, recall20, returned }], means }
import { fileURLToPath } from 'node:url';

const gain = (grade) => 2 ** grade - 1;
const discount = (rank) => Math.log2(rank + 1); // rank is 1-based

/** The ranking without repeats (an offer shown twice counts once, at its first place). */
function distinct(ranking) {
  return [...new Set(ranking)];
}

export function dcgAt(ranking, judgements, k) {
  return distinct(ranking)
    .slice(0, k)
    .reduce((sum, id, i) => sum + gain(judgements[id] ?? 0) / discount(i + 1), 0);
}

export function idealDcgAt(judgements, k) {
  return Object.values(judgements)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / discount(i + 1), 0);
}

/** nDCG@k in [0, 1]; 0 when nothing is judged relevant (the set never has such a task). */
export function ndcgAt(ranking, judgements, k) {
  const ideal = idealDcgAt(judgements, k);
  return ideal === 0 ? 0 : dcgAt(ranking, judgements, k) / ideal;
}

/** recall@k in [0, 1]: relevant (grade ≥ 1) offers among the first k / all relevant offers. */
export function recallAt(ranking, judgements, k) {
  const relevant = Object.keys(judgements).filter((id) => judgements[id] >= 1);
  if (relevant.length === 0) return 0;
  const top = new Set(distinct(ranking).slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** The figures the runner and the integration test report: per task and the means over all tasks. */
export function score(tasks, rankings) {
  const rows = tasks.map((task) => {
    const ranking = rankings[task.id] ?? [];
    return { id: task.id, ndcg10: ndcgAt(ranking, task.judgements, 10), recall20: recallAt(ranking, task.judgements, 20), returned: distinct(ranking).length };
  });
  return { tasks: rows, means: { ndcg10: mean(rows.map((r) => r.ndcg10)), recall20: mean(rows.map((r) => r.recall20)), tasks: rows.length } };
}

function selfCheck() {
  const failures = [];
  const close = (name, actual, expected) => {
    if (Math.abs(actual - expected) > 1e-9) failures.push(`${name}: expected ${expected}, got ${actual}`);
  };
  const j = { a: 2, b: 1, c: 1 };
  // Perfect order → 1; the ideal is a(2), b(1), c(1).
  close('perfect nDCG', ndcgAt(['a', 'b', 'c'], j, 10), 1);
  close('perfect order with unjudged offers after it', ndcgAt(['a', 'b', 'c', 'x', 'y'], j, 10), 1);
  // Hand-computed: ranking x, a, c → DCG = 0 + 3/log2(3) + 1/log2(4); ideal = 3 + 1/log2(3) + 1/2.
  const dcg = 3 / Math.log2(3) + 1 / 2;
  const ideal = 3 + 1 / Math.log2(3) + 1 / 2;
  close('DCG by hand', dcgAt(['x', 'a', 'c'], j, 10), dcg);
  close('ideal DCG by hand', idealDcgAt(j, 10), ideal);
  close('nDCG by hand', ndcgAt(['x', 'a', 'c'], j, 10), dcg / ideal);
  // The ideal counts judged offers that were never returned.
  close('only the best of three returned', ndcgAt(['a'], j, 10), 3 / ideal);
  // k cuts both the ranking and the ideal.
  close('nDCG@1 with the best first', ndcgAt(['a', 'x'], j, 1), 1);
  close('nDCG@1 with a partly relevant first', ndcgAt(['b', 'a'], j, 1), 1 / 3);
  close('nothing relevant returned', ndcgAt(['x', 'y'], j, 10), 0);
  close('empty ranking', ndcgAt([], j, 10), 0);
  // Repeats count once.
  close('repeated offer', ndcgAt(['a', 'a', 'b', 'c'], j, 10), 1);
  // Recall: grade ≥ 1 is relevant, k cuts.
  close('recall all', recallAt(['c', 'x', 'b', 'a'], j, 20), 1);
  close('recall@2', recallAt(['c', 'x', 'b', 'a'], j, 2), 1 / 3);
  close('recall none', recallAt(['x'], j, 20), 0);
  close('recall with grade 0 judged', recallAt(['z'], { a: 2, z: 0 }, 20), 0);
  const s = score([{ id: 't1', judgements: j }, { id: 't2', judgements: { x: 1 } }], { t1: ['a', 'b', 'c'], t2: [] });
  close('mean nDCG', s.means.ndcg10, 0.5);
  close('mean recall', s.means.recall20, 0.5);
  if (s.tasks[0].returned !== 3) failures.push(`returned: expected 3, got ${s.tasks[0].returned}`);
  return failures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--score')) {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const { tasks, rankings } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    process.stdout.write(JSON.stringify(score(tasks, rankings)));
  } else {
    const failures = selfCheck();
    for (const f of failures) console.error(`FAIL ${f}`);
    console.log(failures.length ? `${failures.length} check(s) failed` : 'metrics self-check: all checks passed');
    process.exit(failures.length ? 1 : 0);
  }
}
