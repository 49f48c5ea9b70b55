#!/usr/bin/env node
// The SPA's JavaScript as a browser fetches it, gzip-compressed, from the manifest of the
// last `vite build` (which vite.config.ts keeps in node_modules/.cache/build-manifest.json,
// out of dist/): what the landing page and sign-in load, and in all. With --check it fails
// when a path is over its budget.
//
//   node scripts/bundle-size.mjs [--check] [--json] [dist-directory]

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * What each path loads: its HTML entry and everything it imports statically, plus the
 * pages the router fetches for it. The landing page is the route `/` shown signed out (the
 * router still fetches the home page's code); the sign-in callback's page is in the entry.
 * A later path, such as a public survey answer with its own HTML entry, adds a line here
 * with its own budget.
 */
const PATHS = [
  // Japanese, the default language, loads its messages (a chunk of its own) at start-up.
  { name: 'landing page and sign-in', entry: 'index.html', pages: ['src/app/HomeRoute.tsx', 'src/i18n/bundles/ja.ts'], budgetKb: 250 },
  // A survey link (/a/<token>), opened on a phone on venue Wi-Fi: issue 10 asks for under 150 kB.
  { name: 'survey answer page (link)', entry: 'answer.html', pages: [], budgetKb: 150 },
];

const args = process.argv.slice(2);
const check = args.includes('--check');
const json = args.includes('--json');
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');

const manifestPath = fileURLToPath(new URL('../node_modules/.cache/build-manifest.json', import.meta.url));
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gzipKb = new Map();
const sizeOf = (file) => {
  if (!gzipKb.has(file)) gzipKb.set(file, gzipSync(readFileSync(join(dist, file))).length / 1000);
  return gzipKb.get(file);
};

/** The JavaScript files of these manifest entries and everything they import statically. */
function closure(keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...files];
}

const total = (files) => files.reduce((sum, file) => sum + sizeOf(file), 0);

const report = PATHS.map(({ name, entry, pages, budgetKb }) => {
  const files = closure([entry, ...pages]);
  return { name, kb: total(files), files: files.length, budgetKb };
});
const allFiles = [...new Set(Object.values(manifest).map((c) => c.file).filter((f) => f.endsWith('.js')))];
const all = { kb: total(allFiles), files: allFiles.length };

if (json) {
  console.log(JSON.stringify({ paths: report, all }, null, 2));
} else {
  console.log('SPA JavaScript, gzip:');
  for (const r of report) {
    console.log(`  ${r.name}: ${r.kb.toFixed(1)} kB in ${r.files} files (budget ${r.budgetKb} kB)`);
  }
  console.log(`  all pages: ${all.kb.toFixed(1)} kB in ${all.files} files`);
}

const over = report.filter((r) => r.kb > r.budgetKb);
if (check && over.length > 0) {
  for (const r of over) console.error(`Over budget: ${r.name} loads ${r.kb.toFixed(1)} kB, budget ${r.budgetKb} kB`);
  process.exit(1);
}
