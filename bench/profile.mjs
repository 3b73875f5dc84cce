// CPU profile of the steady state: one warm-up pass over the pages, then N profiled passes.
// Usage: node bench/profile.mjs out.cpuprofile [passes] [dir]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Session } from 'node:inspector/promises';
const { extract } = await import(new URL('../dist/pipeline.js', import.meta.url));
const [out = 'bench.cpuprofile', passes = '2', dir = '/work/shared/eval/pages/html'] = process.argv.slice(2);
const pages = readdirSync(dir).filter((f) => f.endsWith('.gz')).sort().map((f) => gunzipSync(readFileSync(`${dir}/${f}`)).toString('utf8'));
const run = () => { for (const p of pages) try { extract(p); } catch {} };
run();
const s = new Session(); s.connect();
await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 200 }); await s.post('Profiler.start');
for (let i = 0; i < Number(passes); i++) run();
const { profile } = await s.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
