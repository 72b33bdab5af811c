// Backups benchmark (issue 11): the daily backup of a 500-family vault — real copies, synced, with
// checksums — made in the background at the day's first open, and how long saves made meanwhile wait.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppCore } from '../src/main/app-core';
import { benchFamily } from './storage.bench';
import { readFile } from 'node:fs/promises';
import { decodeFamily } from '../src/main/storage/family-file';
import type { RecordCodec } from '../src/main/storage/codec';
import { median, ms, percentile, timeEach, type BenchResult } from './lib';

export const title = 'Daily backup of a 500-family vault, and saves made while it runs';

const FAMILIES = 500;

export async function run(): Promise<BenchResult> {
  process.env.TAC_QUIET = '1';
  const root = mkdtempSync(path.join(os.tmpdir(), 'tac-bench-backup-'));
  const dataDir = path.join(root, 'data');
  let at = new Date('2026-11-23T09:00:00Z').getTime();
  const now = () => new Date(at);
  try {
    const first = await openAppCore({ dataDir, host: 'web', keyFile: `${dataDir}.key`, now });
    const ids: string[] = [];
    for (let i = 0; i < FAMILIES; i++) ids.push((await first.store.create(benchFamily(i))).id);
    const save = async (id: string, n: number) =>
      first.store.update(id, (draft) => {
        draft.meetings[draft.meetings.length - 1].notes[0].text = `Mornings are calmer now (${n}).`;
      });
    const quiet: number[] = [];
    for (let n = 0; n < 40; n++) {
      const start = performance.now();
      await save(ids[n % 20], n);
      quiet.push(performance.now() - start);
    }
    await first.close();

    // The next day: opening starts the day's backup in the background; save while it runs.
    at += 86_400_000;
    const core = await openAppCore({ dataDir, host: 'web', keyFile: `${dataDir}.key`, now });
    const backupStart = performance.now();
    let backupMs = NaN;
    const backup = core.vault.backups.idle().then(() => (backupMs = performance.now() - backupStart));
    const during: number[] = [];
    let n = 0;
    while (Number.isNaN(backupMs)) {
      const start = performance.now();
      await core.store.update(ids[(n * 37) % FAMILIES], (draft) => {
        draft.meetings[draft.meetings.length - 1].notes[0].text = `A change while the backup runs (${n}).`;
      });
      during.push(performance.now() - start);
      n++;
      await new Promise((r) => setTimeout(r, 5));
    }
    await backup;
    const copies = (await core.vault.backups.list())[0]?.families ?? 0;

    // Opening a family: the vault's read (with the revision check against the index) against the bare
    // read, decrypt and validation the check sits on.
    const codec = (core.vault as unknown as { codec: RecordCodec }).codec;
    const id = ids[123];
    const withCheck = await timeEach(() => core.vault.readFamily(id), 60, 5);
    const bare = await timeEach(async () => {
      const result = decodeFamily(codec, id, await readFile(core.vault.familyFile(id)));
      if (!result.ok) throw new Error('could not read');
    }, 60, 5);
    await core.close();

    const baseline = median(quiet);
    const openRatio = median(withCheck) / median(bare);
    const worstWait = Math.max(...during) - baseline;
    return {
      figures: {
        'families backed up': copies,
        'daily backup, 500 families (ms)': ms(backupMs),
        'saves made while it ran': during.length,
        'save without a backup running (median ms)': ms(baseline),
        'save while the backup runs (median / p95 / max ms)': `${ms(median(during))} / ${ms(percentile(during, 95))} / ${ms(Math.max(...during))}`,
        'open a family with its revision check / without (median ms)': `${ms(median(withCheck))} / ${ms(median(bare))}`,
      },
      targets: [
        { name: 'Daily backup of 500 families ≤ 2 s', ok: backupMs <= 2000 && copies === FAMILIES, detail: `${ms(backupMs)} ms, ${copies} copies` },
        { name: 'Opening a family with its revision check ≤ 1.1× without', ok: openRatio <= 1.1, detail: `${openRatio.toFixed(2)}×` },
        { name: 'Saves made during the backup wait ≤ 20 ms longer', ok: worstWait <= 20, detail: `worst ${ms(worstWait)} ms over the usual ${ms(baseline)} ms` },
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(`${dataDir}.key`, { force: true });
  }
}
