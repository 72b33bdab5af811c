// Storage test helpers: realistic family records (the demo family, with fresh ids), an encrypted
// vault over a temporary folder with a clock the test moves, and small file helpers.
import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDemoFamily } from '../../src/main/demo/demo-family';
import { familyRecordSchema, type FamilyRecord } from '../../src/core/families/record';
import { createAesCodec, DataKey } from '../../src/main/security/cipher';
import { Vault, type VaultEvent } from '../../src/main/storage/vault';
import type { RecordCodec } from '../../src/main/storage/codec';

export function tempDir(prefix = 'tac-store-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

let serial = 0;
/** The demo family (two children, five professionals, three meetings) with its own ids and reference. */
export function demoRecord(reference: string): FamilyRecord {
  const run = (serial++).toString(36);
  let n = 0;
  const record = buildDemoFamily(() => `f${run}x${(n++).toString(36).padStart(5, '0')}`, '2026-11-23', '2026-11-23T09:00:00.000Z');
  return familyRecordSchema.parse({ ...record, reference });
}

export class TestClock {
  constructor(public at = new Date('2026-11-23T10:00:00.000Z')) {}
  now = () => new Date(this.at);
  nextDay(): void {
    this.at = new Date(this.at.getTime() + 86_400_000);
  }
}

export interface TestVault {
  dir: string;
  vault: Vault;
  codec: RecordCodec;
  key: DataKey;
  clock: TestClock;
  events: VaultEvent[];
  reopen(codec?: RecordCodec): Promise<Vault>;
}

export async function encryptedVault(dir = tempDir(), key = DataKey.generate()): Promise<TestVault> {
  const codec = createAesCodec(key);
  const clock = new TestClock();
  const events: VaultEvent[] = [];
  const make = () => new Vault({ dir, clock: clock.now, indexDelayMs: 5, onEvent: (e) => events.push(e) });
  const vault = make();
  await vault.open(codec);
  await vault.backups.idle(); // the day's backup is made in the background: tests start once it is done
  const t: TestVault = {
    dir, vault, codec, key, clock, events,
    async reopen(other = codec) {
      await t.vault.close();
      t.vault = make();
      await t.vault.open(other);
      await t.vault.backups.idle();
      return t.vault;
    },
  };
  return t;
}

/** Save a changed copy (a later revision) so the vault keeps the previous one as `.bak`. */
export async function saveAgain(vault: Vault, record: FamilyRecord, note: string): Promise<FamilyRecord> {
  const next = structuredClone(record);
  next.revision += 1;
  next.meetings[1].notes[0].text = note;
  return vault.writeFamily(next);
}

export async function filesUnder(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}
