// Nothing personal on disk in clear: after saving, opening, changing and backing up the demo family
// through the real app core, no name appears in any file name or file's bytes anywhere in the data folder.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { openAppCore } from '../../src/main/app-core';
import { Vault } from '../../src/main/storage/vault';
import { demoRecord, filesUnder, tempDir } from './support';

/** Long names are searched case-insensitively; short ones as JSON would hold them, so random ciphertext cannot match by chance. */
const LONG = ['Fletcher', 'Greenfield', 'Northshire', 'Mill Lane', 'dawn.fletcher', 'EH-2026-0147', 'Mornings are a battle', 'Black mould'];
const SHORT = ['"Jay"', '"Mia"', 'Dawn', '"Pat'];

async function findPersonal(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(root)) {
    const rel = path.relative(root, file);
    for (const name of [...LONG, ...SHORT]) if (rel.toLowerCase().includes(name.replace(/"/g, '').toLowerCase())) found.push(`file name ${rel}`);
    const bytes = await fs.readFile(file);
    const latin = bytes.toString('latin1');
    const lower = latin.toLowerCase();
    for (const name of LONG) if (lower.includes(name.toLowerCase())) found.push(`${name} in ${rel}`);
    for (const name of SHORT) if (latin.includes(name)) found.push(`${name} in ${rel}`);
  }
  return found;
}

describe('encryption at rest', () => {
  it('finds none of the demo family’s names anywhere in the data folder, in file names or contents', async () => {
    process.env.TAC_QUIET = '1';
    const dataDir = tempDir('tac-rest-');
    const keyFile = path.join(tempDir('tac-rest-key-'), 'tac.key');
    let day = new Date('2026-11-23T10:00:00.000Z');
    const now = () => new Date(day);
    const core = await openAppCore({ dataDir, host: 'web', demo: true, keyFile, now });
    const [family] = (await core.dispatch('families.list', {}) as { ok: true; value: { families: { id: string }[] } }).value.families;
    expect((await core.dispatch('families.get', { familyId: family.id })).ok).toBe(true);
    day = new Date('2026-11-24T10:00:00.000Z'); // the next save is the first of a new day: a backup is made
    const record = (await core.dispatch('families.get', { familyId: family.id })) as { ok: true; value: { team: { id: string }[] } };
    const saved = await core.dispatch('team.save', {
      familyId: family.id,
      member: { name: 'Grace Okafor', role: 'Housing officer', agency: 'Northshire Homes', agencyKind: 'housing', phone: '', email: '', canHelpWith: '', id: record.value.team[2].id },
    });
    expect(saved.ok).toBe(true);
    expect((await core.dispatch('records.exportFamily', { familyId: family.id })).ok).toBe(true);
    await core.close();

    const all = await filesUnder(dataDir);
    expect(all.some((f) => f.includes(`${path.sep}backups${path.sep}2026-11-24${path.sep}`))).toBe(true);
    expect(all.some((f) => f.endsWith('.log'))).toBe(true);
    expect(all.some((f) => f.endsWith('.bak'))).toBe(true);
    expect(await findPersonal(dataDir)).toEqual([]);
  });

  it('(the check itself works: a plain vault is full of names)', async () => {
    const dir = tempDir('tac-plain-');
    const vault = new Vault({ dir });
    await vault.open();
    await vault.writeFamily(demoRecord('EH-2026-0147'));
    await vault.close();
    const found = await findPersonal(dir);
    expect(found.some((f) => f.startsWith('Fletcher'))).toBe(true);
    expect(found.some((f) => f.startsWith('"Jay"'))).toBe(true);
  });
});
