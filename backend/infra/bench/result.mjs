// make bench's arithmetic: reads what autocannon, pgbench and pg_stat_statements wrote for one scenario,
// prints its line and appends a row to the run's results (JSON lines). Called by bench/run.sh.
//   node result.mjs floor    NAME API.json PGBENCH.txt PGBENCH_LOG_PREFIX API.statements FLOOR.statements SQL.log RESULTS
//   node result.mjs bare     NAME API.json BARE.json RESULTS
//   node result.mjs alone    NAME API.json RESULTS
//   node result.mjs section  TITLE RESULTS
//   node result.mjs table    RESULTS
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// The aims of issue 9: authenticated without the database ≥ 0.7× the bare endpoint; a database scenario
// ≥ 0.5× its pgbench floor with a p99 at most 3× the floor's.
const AIM_BARE = 0.7;
const AIM_FLOOR = 0.5;
const AIM_P99 = 3;

const [command, ...args] = process.argv.slice(2);

function api(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const failed = r.non2xx + r.errors + r.timeouts;
  return { reqs: r['2xx'] / r.duration, p50: r.latency.p50, p99: r.latency.p99, ok: r['2xx'], failed };
}

/** pgbench's rate and, from its per-transaction log (-l), the latency percentiles in ms. */
function pgbench(outputFile, logPrefix) {
  const output = readFileSync(outputFile, 'utf8');
  const tps = Number((output.match(/tps = ([\d.]+) \(without initial connection time\)/) ?? [])[1]);
  const processed = Number((output.match(/number of transactions actually processed: (\d+)/) ?? [])[1]);
  const failed = Number((output.match(/number of failed transactions: (\d+)/) ?? [0, 0])[1]);
  const dir = dirname(logPrefix);
  const latencies = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith(basename(logPrefix) + '.'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const fields = line.split(' ');
      if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
    }
  }
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  if (!Number.isFinite(tps) || latencies.length === 0) throw new Error(`pgbench gave no result; see ${outputFile}`);
  return { reqs: tps, p50: at(0.5), p99: at(0.99), ok: processed, failed };
}

/**
 * A statement's shape: white space folded, and every constant and parameter written "?". pg_stat_statements
 * writes a constant as $n only where it can (not, say, in a LIKE's ESCAPE when the pattern is a typed
 * parameter), and a floor may pass as a parameter what Hibernate writes as a literal.
 */
function shape(query) {
  return query
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\$\d+/g, '?')
    .replace(/(?<![\w.])\d+(?![\w.])/g, '?')
    .replace(/\s+/g, ' ')
    .replace(/;\s*$/, '')
    .trim();
}

/** The statements a run made, per request: shape → calls per request (utility statements left out). */
function statements(file, requests) {
  const rows = JSON.parse(readFileSync(file, 'utf8').trim() || '[]') ?? [];
  const perRequest = new Map();
  for (const { calls, query } of rows) {
    const text = shape(query);
    perRequest.set(text, (perRequest.get(text) ?? 0) + calls / requests);
  }
  // A statement made by fewer than half the requests is not the scenario's (a new connection's set-up, say).
  for (const [text, n] of perRequest) if (n < 0.5) perRequest.delete(text);
  return perRequest;
}

const UTILITY = /^\s*(begin|commit|rollback|start|end|set|show|reset|discard|deallocate|savepoint|release)\b/i;

/**
 * The statements of one request made alone, before any load, from PostgreSQL's log (bench_capture_sql):
 * shape → how many times. Exact, where counts under load also hold the requests still under way when the
 * clock stopped (16 of them against a few dozen finished ones, on a slow scenario under a loaded machine).
 */
function statementsOfOneRequest(sqlLog) {
  const counts = new Map();
  for (const line of readFileSync(sqlLog, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('parameters: ') || UTILITY.test(line)) continue;
    const text = shape(line);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/**
 * What differs between the API's statements and its floor's: the one request logged alone against the floor's
 * run (per transaction, allowing for the transactions under way when its clock stopped), and whatever the API
 * ran under load that the one request did not (a statement of another path, of a cache that expires, …).
 */
function compareStatements(oneRequest, apiRun, floorRun, floorRequests) {
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
  const slack = 0.05 + connections / floorRequests;
  const differences = [];
  for (const [text, n] of oneRequest) {
    const f = floorRun.get(text);
    if (f === undefined) differences.push(`  API only (${n} in one request): ${text}`);
    else if (Math.abs(f - n) > slack) differences.push(`  ${n} in one request of the API, ${f.toFixed(2)} a transaction of the floor: ${text}`);
  }
  for (const [text, f] of floorRun) {
    if (!oneRequest.has(text)) differences.push(`  floor only (${f.toFixed(2)} a transaction): ${text}`);
  }
  for (const [text, n] of apiRun) {
    if (!oneRequest.has(text)) differences.push(`  API under load only (${n.toFixed(2)} a request): ${text}`);
  }
  return differences;
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n) => (n < 10 ? fmt(n, 1) : fmt(n));

function record(results, row) {
  appendFileSync(results, JSON.stringify(row) + '\n');
}

function printLine(row) {
  const floor = row.floor ? `   ${row.floorKind} ${fmt(row.floor.reqs).padStart(7)} req/s p50 ${ms(row.floor.p50).padStart(5)} p99 ${ms(row.floor.p99).padStart(5)} ms` : '';
  const ratio = row.ratio === undefined ? '' : `   ${fmt(row.ratio, 2)}×${row.p99Ratio === undefined ? '' : ` p99 ${fmt(row.p99Ratio, 1)}×`} ${row.aimMet ? 'aim met' : 'AIM MISSED'}`;
  const sql = row.statementsPerRequest === undefined ? '' : `   ${fmt(row.statementsPerRequest, Number.isInteger(row.statementsPerRequest) ? 0 : 1)} stmt/req${row.sameSql ? '' : ' FLOOR SQL DIFFERS'}`;
  console.log(`  ${row.name.padEnd(44)} ${fmt(row.api.reqs).padStart(7)} req/s p50 ${ms(row.api.p50).padStart(5)} p99 ${ms(row.api.p99).padStart(5)} ms${floor}${ratio}${sql}`);
}

function failures(row) {
  const bad = [];
  if (row.api.failed > 0) bad.push(`${row.api.failed} API requests failed`);
  if (row.floor && row.floor.failed > 0) bad.push(`${row.floor.failed} floor transactions failed`);
  return bad;
}

if (command === 'floor') {
  const [name, apiFile, pgbenchOut, logPrefix, apiStatements, floorStatements, sqlLog, results] = args;
  const a = api(apiFile);
  const f = pgbench(pgbenchOut, logPrefix);
  const apiRun = statements(apiStatements, a.ok);
  const floorRun = statements(floorStatements, f.ok);
  const oneRequest = statementsOfOneRequest(sqlLog);
  const differences = compareStatements(oneRequest, apiRun, floorRun, f.ok);
  const ratio = a.reqs / f.reqs;
  const p99Ratio = a.p99 / f.p99;
  const row = {
    name, kind: 'floor', floorKind: 'pgbench', api: a, floor: f, ratio, p99Ratio,
    aimMet: ratio >= AIM_FLOOR && p99Ratio <= AIM_P99,
    statementsPerRequest: [...oneRequest.values()].reduce((sum, n) => sum + n, 0),
    sameSql: differences.length === 0,
  };
  printLine(row);
  if (differences.length > 0) {
    console.log(`    The floor does not run the SQL the API ran (pg_stat_statements; constants and parameters as ?). Update its script\n`
      + `    from what one request ran, with its parameters: ${sqlLog}\n${differences.join('\n')}`);
  }
  record(results, row);
  const bad = failures(row);
  if (bad.length > 0) console.log(`    ${bad.join('; ')}`);
  process.exitCode = bad.length > 0 || differences.length > 0 ? 1 : 0;
} else if (command === 'bare') {
  const [name, apiFile, bareFile, results] = args;
  const a = api(apiFile);
  const b = api(bareFile);
  const ratio = a.reqs / b.reqs;
  const row = { name, kind: 'bare', floorKind: 'bare', api: a, floor: b, ratio, aimMet: ratio >= AIM_BARE };
  printLine(row);
  record(results, row);
  const bad = failures(row);
  if (bad.length > 0) console.log(`    ${bad.join('; ')}`);
  process.exitCode = bad.length > 0 ? 1 : 0;
} else if (command === 'alone') {
  const [name, apiFile, results] = args;
  const row = { name, kind: 'alone', api: api(apiFile) };
  printLine(row);
  record(results, row);
  const bad = failures(row);
  if (bad.length > 0) console.log(`    ${bad.join('; ')}`);
  process.exitCode = bad.length > 0 ? 1 : 0;
} else if (command === 'section') {
  const [title, results] = args;
  console.log(`  ${title}`);
  record(results, { section: title });
} else if (command === 'table') {
  const [results] = args;
  const rows = existsSync(results) ? readFileSync(results, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  console.log('| scenario | API req/s | API p50 / p99 ms | floor | floor req/s | floor p50 / p99 ms | ratio | p99 ratio | aim | stmt/req |');
  console.log('|---|---:|---:|---|---:|---:|---:|---:|---|---:|');
  for (const row of rows) {
    if (row.section) {
      console.log(`| **${row.section}** | | | | | | | | | |`);
      continue;
    }
    const floor = row.floor ? [row.floorKind === 'bare' ? 'bare `/api/ping`' : 'pgbench', fmt(row.floor.reqs), `${ms(row.floor.p50)} / ${ms(row.floor.p99)}`] : ['—', '', ''];
    const aim = row.aimMet === undefined ? '' : row.aimMet ? `met (≥ ${row.kind === 'bare' ? AIM_BARE : `${AIM_FLOOR}, p99 ≤ ${AIM_P99}×`})` : '**missed**';
    const stmts = row.statementsPerRequest === undefined ? '' : `${fmt(row.statementsPerRequest, Number.isInteger(row.statementsPerRequest) ? 0 : 1)}${row.sameSql ? '' : ' (floor SQL differs)'}`;
    console.log(`| ${row.name} | ${fmt(row.api.reqs)} | ${ms(row.api.p50)} / ${ms(row.api.p99)} | ${floor.join(' | ')} | ${row.ratio === undefined ? '' : `${fmt(row.ratio, 2)}×`} | ${row.p99Ratio === undefined ? '' : `${fmt(row.p99Ratio, 1)}×`} | ${aim} | ${stmts} |`);
  }
} else {
  console.error(`usage: node result.mjs floor|bare|alone|section|table ...`);
  process.exitCode = 2;
}
