// `npm run bench [-- name ...]`: runs every bench/*.bench.ts (or those named), prints the figures
// and whether each target is met, and writes bench/results/latest.json.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './lib';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

const results: Record<string, BenchResult & { title: string }> = {};
let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as BenchModule;
  process.stdout.write(`\n== ${mod.title} (${file})\n`);
  const result = await mod.run();
  results[file.replace(/\.bench\.ts$/, '')] = { title: mod.title, ...result };
  for (const [k, v] of Object.entries(result.figures)) console.log(`  ${k}: ${v}`);
  for (const t of result.targets) {
    if (!t.ok) failed++;
    console.log(`  [${t.ok ? 'met' : 'MISSED'}] ${t.name} — ${t.detail}`);
  }
}
mkdirSync(path.join(here, 'results'), { recursive: true });
const out = { at: new Date().toISOString(), node: process.version, results };
writeFileSync(path.join(here, 'results', 'latest.json'), JSON.stringify(out, null, 2));
console.log(`\nWrote bench/results/latest.json. ${failed === 0 ? 'Every target met.' : `${failed} target(s) missed.`}`);
