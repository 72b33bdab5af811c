// Encryption's cost: the median time to save one changed family through the FamilyStore into a plain
// vault and into an encrypted one (AES-256-GCM), interleaved in the same run. Target: no more than 2×.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Vault } from '../src/main/storage/vault';
import { plainCodec, type RecordCodec } from '../src/main/storage/codec';
import { FamilyStore } from '../src/main/services/family-store';
import { createAesCodec, DataKey } from '../src/main/security/cipher';
import { buildDemoFamily } from '../src/main/demo/demo-family';
import { familyRecordSchema } from '../src/core/families/record';
import { median, ms, percentile, type BenchResult } from './lib';

export const title = 'Encryption at rest: saving a family encrypted against saving it plain';

const RUNS = 300;

async function setup(root: string, name: string, codec: RecordCodec) {
  const vault = new Vault({ dir: path.join(root, name), keepBackups: 0, indexDelayMs: 1000 });
  await vault.open(codec);
  const store = new FamilyStore(vault, () => new Date('2026-11-23T10:00:00Z'));
  let n = 0;
  const record = familyRecordSchema.parse(buildDemoFamily(() => `${name}${(n++).toString(36).padStart(6, '0')}`, '2026-11-23', '2026-11-23T09:00:00.000Z'));
  await store.create(record);
  let i = 0;
  const save = async () => {
    const start = performance.now();
    await store.update(record.id, (draft) => {
      draft.meetings[1].notes[0].text = `Mornings are calmer now (${i++}).`;
    });
    return performance.now() - start;
  };
  return { vault, save, bytes: JSON.stringify(record).length };
}

export async function run(): Promise<BenchResult> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tac-bench-crypto-'));
  try {
    const plain = await setup(root, 'plain', plainCodec);
    const key = DataKey.generate();
    const locked = await setup(root, 'locked', createAesCodec(key));
    for (let i = 0; i < 10; i++) {
      await plain.save();
      await locked.save();
    }
    const plainMs: number[] = [];
    const lockedMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first, so neither always meets a warm disk cache.
      if (i % 2) {
        plainMs.push(await plain.save());
        lockedMs.push(await locked.save());
      } else {
        lockedMs.push(await locked.save());
        plainMs.push(await plain.save());
      }
    }
    // The cipher alone, for the record.
    const codec = createAesCodec(key);
    const json = JSON.stringify({ pad: 'x'.repeat(plain.bytes) });
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) codec.decode('family0001', codec.encode('family0001', json));
    const cipherMs = (performance.now() - t0) / 200;
    await plain.vault.close();
    await locked.vault.close();
    key.destroy();

    const p = median(plainMs);
    const e = median(lockedMs);
    const ratio = e / p;
    return {
      figures: {
        'family size (bytes of JSON)': plain.bytes,
        'saves timed (each kind)': RUNS,
        'save, plain (median ms)': ms(p),
        'save, encrypted (median ms)': ms(e),
        'save, plain (p95 ms)': ms(percentile(plainMs, 95)),
        'save, encrypted (p95 ms)': ms(percentile(lockedMs, 95)),
        'encrypt + decrypt one family, cipher only (ms)': ms(cipherMs),
        'encrypted ÷ plain (median)': ms(ratio),
      },
      targets: [{ name: 'saving encrypted costs no more than 2× saving plain (median, same run)', ok: ratio <= 2, detail: `${ms(ratio)}× (${ms(e)} ms against ${ms(p)} ms)` }],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
