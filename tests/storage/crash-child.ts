// The crash test's child process: opens the real encrypted vault, family store and audit log, then
// saves forever, printing "ack <familyId> <revision>" only after each save has returned. Killed at random.
import { writeSync } from 'node:fs';
import path from 'node:path';
import { readKeyring, unwrapKey } from '../../src/main/security/keyring';
import { createAesCodec } from '../../src/main/security/cipher';
import { Vault } from '../../src/main/storage/vault';
import { AuditLog } from '../../src/main/security/audit';
import { FamilyStore } from '../../src/main/services/family-store';

async function main(): Promise<void> {
  const [dataDir, keyFile, dayOffset] = process.argv.slice(2);
  // Each run is a new "day", so its first save also makes a daily backup (and prunes old ones).
  const offset = Number(dayOffset) * 86_400_000;
  const clock = () => new Date(Date.now() + offset);
  const keyring = await readKeyring(dataDir);
  const key = await unwrapKey(keyring!, { kind: 'key-file', path: keyFile });
  const codec = createAesCodec(key);
  const vault = new Vault({ dir: path.join(dataDir, 'vault'), clock, indexDelayMs: 2, keepBackups: 3 });
  await vault.open(codec);
  const audit = new AuditLog({ vaultDir: vault.dir, host: 'web', appVersion: 'crash-test', clock });
  await audit.open(codec);
  const store = new FamilyStore(vault, clock);
  const ids = vault.list().entries.map((e) => e.id).sort();
  writeSync(1, 'ready\n');
  for (let n = 0; ; n++) {
    const id = ids[n % ids.length];
    const saved = await store.update(id, (draft) => {
      draft.meetings[1].notes[0].text = `Save number ${n} at ${clock().toISOString()}`;
      if (n % 5 === 0) draft.actions[0].notes = 'x'.repeat(n % 4000);
    });
    await audit.append({ action: 'changed', method: 'crash.save', familyId: id });
    writeSync(1, `ack ${id} ${saved.revision}\n`);
  }
}

main().catch((err) => {
  writeSync(2, `child failed: ${(err as Error).stack}\n`);
  process.exit(3);
});
