// Storage benchmark (foundation issue): with 500 families × 12 meetings in the (encrypted) vault,
// the median time to save one changed meeting and to load the home list, against 5 families, and
// against a single JSON file holding every family (what a plain electron-store design would do).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../src/main/storage/atomic-write';
import { openAppCore, type AppCore } from '../src/main/app-core';
import type { FamilyStore } from '../src/main/services/family-store';
import { buildDemoFamily } from '../src/main/demo/demo-family';
import type { FamilyRecord } from '../src/core/families/record';
import { addDays } from '../src/core/shared/dates';
import { median, ms, timeEach, type BenchResult } from './lib';

export const title = 'Vault storage: save one meeting, load the home list, against a single-file store';

let counter = 0;
const newId = () => `bench${(counter++).toString(36).padStart(8, '0')}`;

/** A realistic family with 12 meetings (notes, attendance, reviews) and its actions. */
export function benchFamily(i: number): FamilyRecord {
  const record = buildDemoFamily(newId, '2026-11-23', '2026-11-23T09:00:00.000Z');
  record.reference = `EH-BENCH-${String(i).padStart(4, '0')}`;
  const template = record.meetings[1];
  const meetings = [];
  for (let m = 0; m < 12; m++) {
    const idMap = new Map<string, string>();
    const agenda = template.agenda.map((a) => {
      const id = newId();
      idMap.set(a.id, id);
      return { ...a, id };
    });
    meetings.push({
      ...structuredClone(template),
      id: newId(),
      date: addDays('2025-01-06', m * 42),
      agenda,
      notes: template.notes.map((n) => ({ ...structuredClone(n), id: newId(), agendaItemId: idMap.get(n.agendaItemId) ?? agenda[0].id })),
      nextMeetingId: undefined,
    });
  }
  record.meetings = meetings;
  return record;
}

/** The real app core (encrypted vault, audit log) over a new data folder, filled with families. */
async function fillVault(dataDir: string, families: number): Promise<{ core: AppCore; store: FamilyStore; ids: string[] }> {
  const core = await openAppCore({ dataDir, host: 'web', keyFile: `${dataDir}.key` });
  const ids: string[] = [];
  for (let i = 0; i < families; i++) {
    const saved = await core.store.create(benchFamily(i));
    ids.push(saved.id);
  }
  await core.vault.flushIndex();
  return { core, store: core.store, ids };
}

async function medianSave(store: FamilyStore, familyId: string, runs: number): Promise<number> {
  await store.load(familyId);
  let n = 0;
  const samples = await timeEach(
    () =>
      store.update(familyId, (draft) => {
        const meeting = draft.meetings[draft.meetings.length - 1];
        meeting.notes[0].text = `Mornings are calmer now (${n++}).`;
      }),
    runs,
  );
  return median(samples);
}

export async function run(): Promise<BenchResult> {
  process.env.TAC_QUIET = '1';
  const root = mkdtempSync(path.join(os.tmpdir(), 'tac-bench-'));
  try {
    const big = await fillVault(path.join(root, 'big'), 500);
    const small = await fillVault(path.join(root, 'small'), 5);
    const fileBytes = JSON.stringify(await big.store.load(big.ids[0])).length;

    const saveBig = await medianSave(big.store, big.ids[250], 200);
    const saveSmall = await medianSave(small.store, small.ids[2], 200);
    await big.core.close();
    await small.core.close();

    // The home list, through the real services and dispatcher, after a fresh start.
    const startAt = performance.now();
    const core = await openAppCore({ dataDir: path.join(root, 'big'), host: 'web', keyFile: path.join(root, 'big.key') });
    const openMs = performance.now() - startAt;
    const list = await timeEach(async () => {
      const r = await core.dispatch('families.list', {});
      if (!r.ok) throw new Error('list failed');
    }, 50);
    // The same change saved the way a single-JSON-file store must: rewrite every family.
    const everything: Record<string, FamilyRecord> = {};
    for (const id of big.ids) everything[id] = await core.store.load(id);
    await core.close();
    const single = path.join(root, 'single-store.json');
    let n = 0;
    const singleSamples = await timeEach(async () => {
      everything[big.ids[250]].meetings[11].notes[0].text = `Mornings are calmer now (${n++}).`;
      await writeFileAtomic(single, JSON.stringify(everything));
    }, 12, 1);
    const singleMs = median(singleSamples);
    const ratio = saveBig / saveSmall;
    const speedup = singleMs / saveBig;
    const listMs = median(list);

    return {
      figures: {
        'families in the vault': 500,
        'meetings per family': 12,
        'one family file (bytes)': fileBytes,
        'single-file store (MB)': ms(JSON.stringify(everything).length / 1e6),
        'save one changed meeting, 500 families (median ms)': ms(saveBig),
        'save one changed meeting, 5 families (median ms)': ms(saveSmall),
        'save, single JSON file of every family (median ms)': ms(singleMs),
        'home list, 500 families (median ms)': ms(listMs),
        'open the vault at start, 500 families (ms)': ms(openMs),
      },
      targets: [
        { name: 'save ≤ 10 ms median', ok: saveBig <= 10, detail: `${ms(saveBig)} ms` },
        { name: 'home list ≤ 150 ms median', ok: listMs <= 150, detail: `${ms(listMs)} ms` },
        { name: 'save at 500 families ≤ 1.5 × save at 5', ok: ratio <= 1.5, detail: `${ms(ratio)}×` },
        { name: 'at least 100× faster than a single-file store', ok: speedup >= 100, detail: `${ms(speedup)}× faster` },
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
