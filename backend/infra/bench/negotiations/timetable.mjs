// make bench, negotiations: coordinators generating trade-meeting timetables (25 buyers × 20 firms × 3 picks)
// again and again, POST /api/projects/{id}/timetable with the ETag of the last generation. Each of the 16
// bench projects (bench/negotiations/timetable-data.sql) is lent to one request at a time, since two
// generations of one timetable would rightly meet a 412.
//   node timetable.mjs API_URL TOKEN SECONDS OUT.json
// Writes autocannon's result (as `autocannon --json` does) for result.mjs. Run from frontend/ (autocannon).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/package.json`);
const autocannon = require('autocannon');

const [apiUrl, token, seconds, out] = process.argv.slice(2);
const projects = (process.env.BENCH_TIMETABLE_PROJECTS ?? '').split(',').filter(Boolean).map(Number);
const connections = Math.min(Number(process.env.BENCH_CONNECTIONS ?? 16), projects.length);
if (projects.length === 0) throw new Error('BENCH_TIMETABLE_PROJECTS names no project');
const auth = { authorization: `Bearer ${token}` };
const event = await (await fetch(`${apiUrl}/api/projects/${projects[0]}`, { headers: auth })).json();
const settings = JSON.stringify({ heldOn: event.events[0].heldOn, startTime: '10:00', endTime: '17:00', slotMinutes: 20 });

// Each project's ETag: none before its first timetable.
const etags = new Map();
for (const id of projects) {
  const response = await fetch(`${apiUrl}/api/projects/${id}/timetable`, { headers: auth });
  if (response.ok) etags.set(id, response.headers.get('etag'));
  else if (response.status !== 404) throw new Error(`GET /api/projects/${id}/timetable: ${response.status} ${await response.text()}`);
}

const free = [...projects];
const result = await autocannon({
  url: apiUrl,
  connections,
  duration: Number(seconds),
  requests: [{
    method: 'POST',
    setupRequest: (request, context) => {
      context.project = free.shift() ?? projects[0];
      const etag = etags.get(context.project);
      return {
        ...request,
        path: `/api/projects/${context.project}/timetable`,
        headers: { ...auth, 'content-type': 'application/json', ...(etag ? { 'if-match': etag } : {}) },
        body: settings,
      };
    },
    onResponse: (status, body, context, headers) => {
      const etag = headers?.etag ?? headers?.ETag;
      if (status === 200 && etag) etags.set(context.project, etag);
      free.push(context.project);
    },
  }],
});
writeFileSync(out, JSON.stringify(result));
