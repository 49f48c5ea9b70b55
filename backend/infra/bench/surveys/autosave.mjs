// make bench, surveys: 16 buyers autosaving their drafts at once through their links, as the answer form
// does while they tap (PUT /api/survey-links/{token}/draft with the ETag of their last save). Each
// request is one buyer's save through a link of the bench data (bench/surveys/data.sql), with a draft that
// differs from that buyer's last one (other products rated, another text), so every request writes.
//   node autosave.mjs API_URL SECONDS OUT.json
// Writes autocannon's result (as `autocannon --json` does) for result.mjs. Run from frontend/ (autocannon).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/package.json`);
const autocannon = require('autocannon');

const [apiUrl, seconds, out] = process.argv.slice(2);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const tokens = Array.from({ length: 16 }, (_, i) => `BenchAutosave${String(i + 1).padStart(11, '0')}`);
if (connections > tokens.length) throw new Error(`the bench data has ${tokens.length} links; BENCH_CONNECTIONS is ${connections}`);

// The form of each link: its current ETag (a warm-up run saved drafts already) and the products to rate.
const etags = new Map();
let products = [];
for (const token of tokens) {
  const response = await fetch(`${apiUrl}/api/survey-links/${token}`);
  if (!response.ok) throw new Error(`GET /api/survey-links/${token}: ${response.status} ${await response.text()}`);
  etags.set(token, response.headers.get('etag'));
  products = (await response.json()).products.map((p) => p.id);
}

// autocannon clears a connection's context after every response, so the links are lent out instead: a
// request takes a link nobody is saving with and gives it back with its answer, and no two saves of
// one link ever overlap (which the API would rightly refuse with 412).
const free = [...tokens];
let saves = 0;

function draft(n) {
  // What a buyer has typed so far: the first questions, and a few products rated (the last one partly).
  const rated = 1 + (n % 6);
  const ratings = [];
  for (let i = 0; i < rated; i++) {
    const v = 1 + ((n + i) % 5);
    ratings.push(i < rated - 1
      ? { productId: products[(n + i) % products.length], design: v, taste: v, price: v, contentVolume: v, package: v, wantToNegotiate: i === 0, consentToBeNamed: false }
      : { productId: products[(n + i) % products.length], design: v, taste: v, wantToNegotiate: false, consentToBeNamed: false });
  }
  return JSON.stringify({
    answers: {
      bestSellers: { text: `地元の干物と冷凍の焼き魚（下書き ${n}）` },
      wantedItems: { choices: ['seafood', 'frozen'] },
      requiredQuantity: { number: 10 + (n % 40) },
      interest: { number: 1 + (n % 5) },
      productRatings: { ratings },
    },
  });
}

const result = await autocannon({
  url: apiUrl,
  connections,
  duration: Number(seconds),
  requests: [{
    method: 'PUT',
    setupRequest: (request, context) => {
      context.token = free.shift() ?? tokens[saves % tokens.length];
      return {
        ...request,
        path: `/api/survey-links/${context.token}/draft`,
        headers: { 'content-type': 'application/json', 'if-match': etags.get(context.token) },
        body: draft(saves++),
      };
    },
    onResponse: (status, body, context, headers) => {
      const etag = headers?.etag ?? headers?.ETag;
      if (status === 200 && etag) etags.set(context.token, etag);
      free.push(context.token);
    },
  }],
});
writeFileSync(out, JSON.stringify(result));
