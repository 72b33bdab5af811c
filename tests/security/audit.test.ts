// The audit log: every open and change of a family is recorded (method name and family id only,
// never content), the hash chain shows tampering, and the log exports for a data protection officer.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { familyInput, professional } from '../support/fixtures';
import { openCore, tempDir, value } from './support';
import { toCsv, type AuditEntry } from '../../src/main/security/audit-entry';

const PASS = 'kettle harbour tulip';

async function busyCore() {
  const dir = tempDir();
  const core = await openCore(dir, { keyFile: `${dir}.key` });
  const family = await value(core, 'families.create', familyInput('EH-2026-0901'));
  await value(core, 'families.get', { familyId: family.id });
  await value(core, 'team.save', { familyId: family.id, member: professional() });
  const other = await value(core, 'families.create', familyInput('EH-2026-0902'));
  await value(core, 'families.list');
  return { dir, core, family, other };
}

async function monthFile(dir: string): Promise<string> {
  const auditDir = path.join(dir, 'vault', 'audit');
  const name = (await fs.readdir(auditDir)).find((n) => n.endsWith('.log'))!;
  return path.join(auditDir, name);
}

describe('audit log', () => {
  it('records who, what, which family, when and the app version for each open and change — ids only', async () => {
    const { core, family, other } = await busyCore();
    const { entries } = await value<{ entries: AuditEntry[] }>(core, 'audit.list', { limit: 50 });
    const summary = entries.map((e) => [e.action, e.method, e.familyId]).reverse();
    expect(summary).toEqual([
      ['unlocked', 'vault', undefined],
      ['created', 'families.create', family.id],
      ['opened', 'families.get', family.id],
      ['changed', 'team.save', family.id],
      ['created', 'families.create', other.id],
    ]);
    for (const e of entries) {
      expect(e.host).toBe('web');
      expect(e.user).toMatch(/^u-[0-9a-f]{12}$|^u-unknown$/);
      expect(e.appVersion).toMatch(/^\d+\.\d+\.\d+/);
      const text = JSON.stringify(e);
      for (const name of ['Amira', 'Hassan', 'Layla', 'Priya', 'Oakfield', 'EH-2026-0901']) expect(text).not.toContain(name);
    }
    const mine = await value<{ entries: AuditEntry[] }>(core, 'audit.list', { familyId: family.id });
    expect(mine.entries.map((e) => e.method)).toEqual(['team.save', 'families.get', 'families.create']);
    await core.close();
  });

  it('chains each entry to the one before, and the chain checks out intact', async () => {
    const { core } = await busyCore();
    const { entries } = await value<{ entries: AuditEntry[] }>(core, 'audit.list');
    const oldestFirst = [...entries].reverse();
    oldestFirst.forEach((e, i) => {
      expect(e.seq).toBe(i + 1);
      if (i > 0) expect(e.prev).toBe(oldestFirst[i - 1].hash);
    });
    expect(await value(core, 'audit.verify')).toMatchObject({ intact: true, checked: entries.length });
    await core.close();
  });

  it('is encrypted on disk, one line per entry', async () => {
    const { dir, core, family } = await busyCore();
    await core.close();
    const text = await fs.readFile(await monthFile(dir), 'utf8');
    expect(text).not.toContain(family.id);
    expect(text).not.toContain('families.get');
    expect(text.trim().split('\n').length).toBeGreaterThanOrEqual(5);
  });

  it('reports a removed entry, an altered entry, reordered entries and entries cut off the end', async () => {
    const { dir, core } = await busyCore();
    await core.close();
    const file = await monthFile(dir);
    const original = await fs.readFile(file, 'utf8');
    const lines = original.trim().split('\n');

    const check = async () => {
      const c = await openCore(dir, { keyFile: `${dir}.key` });
      const verdict = await value(c, 'audit.verify');
      await c.close();
      await fs.writeFile(file, original); // put it back (the reopen appended entries after it)
      return verdict;
    };

    await fs.writeFile(file, [...lines.slice(0, 2), ...lines.slice(3)].join('\n') + '\n');
    const removed = await check();
    expect(removed).toMatchObject({ intact: false, brokenAt: { seq: 3, line: 3 } });
    expect(removed.message).toMatch(/changed or damaged: entries are missing/);

    const altered = Buffer.from(lines[1], 'base64');
    altered[altered.length - 20] ^= 1;
    await fs.writeFile(file, [lines[0], altered.toString('base64'), ...lines.slice(2)].join('\n') + '\n');
    expect(await check()).toMatchObject({ intact: false, brokenAt: { seq: 2 } });

    await fs.writeFile(file, [lines[0], lines[2], lines[1], ...lines.slice(3)].join('\n') + '\n');
    expect((await check()).intact).toBe(false);

    // Cutting entries off the end leaves a valid-looking chain; the encrypted head notices.
    const c = await openCore(dir, { keyFile: `${dir}.key` });
    await c.close();
    const grown = (await fs.readFile(file, 'utf8')).trim().split('\n');
    await fs.writeFile(file, grown.slice(0, grown.length - 2).join('\n') + '\n');
    const headOnly = await openCore(dir, { keyFile: `${dir}.key` });
    const truncated = await value(headOnly, 'audit.verify');
    expect(truncated.intact).toBe(false);
    expect(truncated.message).toMatch(/entries are missing|does not follow/);
    await headOnly.close();
  });

  it('cannot be shortened unseen: entries cut off with the head, the folder removed, an older log put back', async () => {
    const verdictAfter = async (dir: string, harm: (auditDir: string) => Promise<void>) => {
      await harm(path.join(dir, 'vault', 'audit'));
      const c = await openCore(dir, { keyFile: `${dir}.key` });
      const verdict = await value(c, 'audit.verify');
      await c.close();
      return verdict;
    };

    const cut = await busyCore();
    await cut.core.close();
    const cutVerdict = await verdictAfter(cut.dir, async (auditDir) => {
      const file = await monthFile(cut.dir);
      const lines = (await fs.readFile(file, 'utf8')).trim().split('\n');
      await fs.writeFile(file, lines.slice(0, lines.length - 3).join('\n') + '\n');
      await fs.rm(path.join(auditDir, 'head.tac'));
    });
    expect(cutVerdict).toMatchObject({ intact: false, message: expect.stringMatching(/entries are missing|does not follow/) });
    const atStart = await openCore(cut.dir, { keyFile: `${cut.dir}.key` });
    await expect.poll(async () => (await value(atStart, 'families.list')).notices.map((n: { message: string }) => n.message).join(' ')).toMatch(/The audit log has been changed or damaged/);
    await atStart.close();

    const gone = await busyCore();
    await gone.core.close();
    const goneVerdict = await verdictAfter(gone.dir, (auditDir) => fs.rm(auditDir, { recursive: true }));
    expect(goneVerdict).toMatchObject({ intact: false, message: expect.stringMatching(/audit log's files are missing|entries are missing|does not follow/) });

    const old = await busyCore();
    await old.core.close();
    const auditDir = path.join(old.dir, 'vault', 'audit');
    const saved = new Map<string, Buffer>();
    for (const name of await fs.readdir(auditDir)) saved.set(name, await fs.readFile(path.join(auditDir, name)));
    const later = await openCore(old.dir, { keyFile: `${old.dir}.key` });
    await value(later, 'families.list');
    await later.close();
    const oldVerdict = await verdictAfter(old.dir, async () => {
      for (const [name, bytes] of saved) await fs.writeFile(path.join(auditDir, name), bytes);
    });
    expect(oldVerdict).toMatchObject({ intact: false, message: expect.stringMatching(/older copy of the log was put back|entries are missing|does not follow/) });
  });

  it('records failed unlocks made while locked, once it is unlocked again', async () => {
    const dir = tempDir();
    const core = await openCore(dir);
    await value(core, 'vault.create', { passphrase: PASS });
    await value(core, 'vault.lock');
    await core.dispatch('vault.unlock', { passphrase: 'someone guessing' });
    await value(core, 'vault.unlock', { passphrase: PASS });
    const { entries } = await value<{ entries: AuditEntry[] }>(core, 'audit.list');
    expect(entries.map((e) => e.action).reverse()).toEqual(['unlocked', 'locked', 'failed unlock', 'unlocked']);
    expect(entries.find((e) => e.action === 'failed unlock')!.detail).toBe('passphrase, noted while locked');
    expect(await fs.readdir(path.join(dir, 'vault', 'audit'))).not.toContain('pending.jsonl');
    expect((await value(core, 'audit.verify')).intact).toBe(true);
    await core.close();
  });

  it('exports the whole log as CSV or JSON for a data protection officer, with no names in the file name', async () => {
    const { core, family } = await busyCore();
    const csv = await value(core, 'audit.export', { format: 'csv' });
    expect(csv.file.fileName).toMatch(/^tac-chair-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(csv.file.base64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Number,When (UTC),What,Method,Family id,Host,User (pseudonymous),App version,Detail,Previous hash,Hash');
    expect(text).toContain(`,opened,families.get,${family.id},web,`);
    expect(csv.verdict.intact).toBe(true);
    const json = await value(core, 'audit.export', { format: 'json' });
    const parsed = JSON.parse(Buffer.from(json.file.base64, 'base64').toString('utf8'));
    expect(parsed.entries.length).toBeGreaterThan(4);
    expect(parsed.verdict.intact).toBe(true);
    const after = await value<{ entries: AuditEntry[] }>(core, 'audit.list', { limit: 2 });
    expect(after.entries.map((e) => [e.action, e.method])).toEqual([['exported', 'audit.export'], ['exported', 'audit.export']]);
    await core.close();
  });

  it('keeps spreadsheet formulas out of the CSV', () => {
    const csv = toCsv([{ seq: 1, at: '2026-11-23T10:00:00.000Z', action: 'opened', method: '=HYPERLINK("x")', host: 'web', user: 'u-1', appVersion: '0.1.0', prev: '0'.repeat(64), hash: '1'.repeat(64) }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
