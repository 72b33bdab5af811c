// Power cut, simulated: at every point in a day's first open (the daily backup), saves, index updates
// and audit appends, the power goes and the disk keeps only what was fsynced. Each time, the vault opens
// with every acknowledged save and the audit chain verifies with every acknowledged entry.
import { describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { createAesCodec, DataKey } from '../../src/main/security/cipher';
import { Vault } from '../../src/main/storage/vault';
import { AuditLog } from '../../src/main/security/audit';
import { FamilyStore } from '../../src/main/services/family-store';
import type { RecordCodec } from '../../src/main/storage/codec';
import { armPowerCut } from './power-cut';
import { demoRecord, tempDir } from './support';

const DAY_ONE = new Date('2026-11-30T16:00:00.000Z');
const DAY_TWO = new Date('2026-12-01T09:00:00.000Z'); // a new day (a backup) and a new month (a new audit file)

function open(dir: string, codec: RecordCodec, at: Date) {
  const clock = () => at;
  const vault = new Vault({ dir, clock, indexDelayMs: 1 });
  const audit = new AuditLog({ vaultDir: dir, host: 'web', appVersion: 'power-cut', clock, anchor: vault.auditAnchor });
  return { vault, audit, store: new FamilyStore(vault, clock) };
}

/** Day one, without cuts: two families and a few audit entries. */
async function dayOne(codec: RecordCodec): Promise<string> {
  const dir = tempDir('tac-cut-');
  const { vault, audit } = open(dir, codec, DAY_ONE);
  await vault.open(codec);
  await audit.open(codec);
  for (const ref of ['EH-2026-0801', 'EH-2026-0802']) {
    const saved = await vault.writeFamily(demoRecord(ref));
    await audit.append({ action: 'created', method: 'families.create', familyId: saved.id });
  }
  await vault.backups.idle();
  await audit.close();
  await vault.close();
  return dir;
}

interface Acks {
  saves: Map<string, number>;
  entries: number;
}

/** Day two: open (the backup starts), save each family twice, each save followed by its audit entry. */
async function dayTwo(dir: string, codec: RecordCodec, acks: Acks): Promise<void> {
  const { vault, audit, store } = open(dir, codec, DAY_TWO);
  await vault.open(codec);
  await audit.open(codec);
  const ids = vault.list().entries.map((e) => e.id).sort();
  for (let n = 0; n < 4; n++) {
    const id = ids[n % ids.length];
    const saved = await store.update(id, (draft) => {
      draft.meetings[1].notes[0].text = `Save ${n} on day two.`;
    });
    acks.saves.set(id, saved.revision);
    const entry = await audit.append({ action: 'changed', method: 'families.update', familyId: id });
    acks.entries = entry.seq;
  }
  await vault.flushIndex();
}

async function afterCut(dir: string, codec: RecordCodec, acks: Acks): Promise<string[]> {
  const problems: string[] = [];
  const { vault, audit } = open(dir, codec, DAY_TWO);
  await vault.open(codec);
  await audit.open(codec);
  const { entries, unreadable } = vault.list();
  if (unreadable.length) problems.push(`unreadable: ${unreadable.map((u) => u.problem).join('; ')}`);
  if (entries.length !== 2) problems.push(`${entries.length} families listed`);
  for (const [id, revision] of acks.saves) {
    const record = await vault.readFamily(id).catch(() => undefined);
    if (!record || record.revision < revision) problems.push(`${id}: revision ${record?.revision} on disk, ${revision} acknowledged`);
  }
  const verdict = await audit.verify();
  if (!verdict.intact) problems.push(verdict.message);
  if (verdict.checked < 2 + acks.entries - 2) problems.push(`audit: ${verdict.checked} entries, ${acks.entries} acknowledged`);
  await audit.close();
  await vault.close();
  return problems;
}

describe('power cut', () => {
  it('at every point of a backup, a save, an index update and an audit append, nothing acknowledged is lost', async () => {
    const codec = createAesCodec(DataKey.generate());
    const start = await dayOne(codec);

    // Learn how many file-system calls day two makes.
    const dry = tempDir('tac-cut-dry-');
    cpSync(start, dry, { recursive: true });
    const counter = await armPowerCut(dry);
    await dayTwo(dry, codec, { saves: new Map(), entries: 0 });
    const total = counter.calls;
    counter.disarm();
    expect(total).toBeGreaterThan(50);

    const failures: string[] = [];
    for (let cutAt = 1; cutAt <= total; cutAt++) {
      const live = tempDir('tac-cut-live-');
      cpSync(start, live, { recursive: true });
      const acks: Acks = { saves: new Map(), entries: 0 };
      const power = await armPowerCut(live, cutAt);
      const run = dayTwo(live, codec, acks).catch(() => undefined);
      while (!power.cut) {
        const finished = await Promise.race([run.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 5))]);
        if (finished && !power.cut) break;
      }
      power.disarm();
      const after = path.join(tempDir('tac-cut-after-'), 'vault');
      await power.survivors(after);
      const problems = await afterCut(after, codec, acks);
      if (problems.length) failures.push(`cut at call ${cutAt} of ${total}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
