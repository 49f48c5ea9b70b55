// How much JavaScript the built SPA makes a browser load, gzip-compressed as Vite reports it.
// Reads dist/.vite/manifest.json (vite.config.ts: build.manifest) and follows static imports only:
// a lazy route's chunk (a dynamic import) is loaded when the route is visited, not before.
//
//   node scripts/bundle-size.js                        landing/sign-in path (the entry and its static imports) and total
//   node scripts/bundle-size.js --route surveys/answer what a direct visit to a lazy route loads: the entry's files
//                                                      and the route chunk's, with the route's own share
//   node scripts/bundle-size.js --route X --max-kb 150 exits 1 when the route's direct visit loads more
//   node scripts/bundle-size.js --json                 the same as JSON
//
// A route chunk is named by its manifest key (the source path, e.g. src/features/surveys/routes/AnswerPage.tsx),
// by the end of that path (surveys/routes/AnswerPage.tsx, or without the extension), or by its chunk name.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

function parseArgs(argv) {
  const options = { dist: 'dist', entry: undefined, routes: [], maxKb: undefined, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--dist') options.dist = value();
    else if (arg === '--entry') options.entry = value();
    else if (arg === '--route') options.routes.push(value());
    else if (arg === '--max-kb') options.maxKb = Number(value());
    else if (arg === '--json') options.json = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

/** The manifest key of a chunk given by key, path suffix (with or without extension) or chunk name. */
function findChunk(manifest, wanted) {
  if (manifest[wanted]) return wanted;
  const keys = Object.keys(manifest);
  const bySuffix = keys.filter((key) => key.endsWith(wanted) || key.replace(/\.[jt]sx?$/, '').endsWith(wanted));
  const byName = keys.filter((key) => manifest[key].name === wanted);
  const found = [...new Set([...bySuffix, ...byName])];
  if (found.length === 1) return found[0];
  if (found.length === 0) throw new Error(`no chunk ${wanted} in the manifest; lazy chunks: ${keys.filter((k) => manifest[k].isDynamicEntry).join(', ')}`);
  throw new Error(`${wanted} names several chunks: ${found.join(', ')}`);
}

/** The JavaScript files of a chunk and of everything it imports statically, transitively. */
function staticClosure(manifest, key, files = new Set(), seen = new Set()) {
  if (seen.has(key)) return files;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the manifest names ${key} but has no such chunk`);
  if (chunk.file.endsWith('.js')) files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, files, seen);
  return files;
}

function measure(dist, files) {
  const sizes = [...files].sort().map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
  return { files: sizes, bytes: sizes.reduce((s, f) => s + f.bytes, 0), gzip: sizes.reduce((s, f) => s + f.gzip, 0) };
}

function allJs(dist, dir = 'assets') {
  if (!existsSync(join(dist, dir))) return [];
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allJs(dist, join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const line = (label, m) => `${label.padEnd(34)} ${kB(m.gzip).padStart(10)} gzip in ${m.files.length} file${m.files.length === 1 ? '' : 's'} (${kB(m.bytes)} raw)`;

function main() {
  const options = parseArgs(process.argv.slice(2));
  const dist = resolve(options.dist);
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: build the SPA (npm run build) with build.manifest on in vite.config.ts`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entry = options.entry ? findChunk(manifest, options.entry) : Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  const landingFiles = staticClosure(manifest, entry);
  const report = { entry, landing: measure(dist, landingFiles), total: measure(dist, allJs(dist)), routes: [] };
  for (const wanted of options.routes) {
    const key = findChunk(manifest, wanted);
    const own = [...staticClosure(manifest, key)].filter((file) => !landingFiles.has(file));
    report.routes.push({ route: wanted, chunk: key, own: measure(dist, own), directVisit: measure(dist, new Set([...landingFiles, ...own])) });
  }

  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(line(`landing/sign-in (${entry})`, report.landing));
    for (const r of report.routes) {
      console.log(line(`route ${r.route}: its own chunks`, r.own));
      console.log(line(`route ${r.route}: a direct visit`, r.directVisit));
    }
    console.log(line('all JavaScript', report.total));
  }
  const over = options.maxKb === undefined ? [] : report.routes.length === 0
    ? [report.landing].filter((m) => m.gzip > options.maxKb * 1000).map(() => 'the landing path')
    : report.routes.filter((r) => r.directVisit.gzip > options.maxKb * 1000).map((r) => `route ${r.route}`);
  if (over.length > 0) {
    console.error(`over ${options.maxKb} kB gzip: ${over.join(', ')}`);
    process.exitCode = 1;
  }
}

try {
  main();
} catch (error) {
  console.error(`bundle-size: ${error.message}`);
  process.exitCode = 2;
}
