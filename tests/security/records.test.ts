// Subject access and erasure: everything held about one family as JSON and a readable Word copy;
// erasure (after typing the family reference) removes it from the vault, the index and every backup.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { openCore, tempDir, value } from './support';
import { familyInput } from '../support/fixtures';
import { filesUnder } from '../storage/support';

async function demoCore() {
  const dir = tempDir();
  let at = new Date('2026-11-23T10:00:00.000Z');
  const core = await openCore(dir, { keyFile: `${dir}.key`, demo: true, now: () => new Date(at) });
  const [demo] = (await value(core, 'families.list')).families;
  return { dir, core, demo, nextDay: () => (at = new Date(at.getTime() + 86_400_000)) };
}

describe('subject access (records.exportFamily)', () => {
  it('gives the whole record and its audit entries as JSON, and a readable Word copy, with no names in the file names', async () => {
    const { core, demo } = await demoCore();
    const record = await value(core, 'families.get', { familyId: demo.id });
    const out = await value(core, 'records.exportFamily', { familyId: demo.id });
    expect(out.files.map((f: { fileName: string }) => f.fileName)).toEqual([`subject-access-${demo.id}-2026-11-23.json`, `subject-access-${demo.id}-2026-11-23.docx`]);
    expect(out.note).toMatch(/not locked/);

    const json = JSON.parse(Buffer.from(out.files[0].base64, 'base64').toString('utf8'));
    expect(json.record).toEqual(record);
    expect(json.audit.map((e: { method: string }) => e.method)).toEqual(['families.get']);

    const docx = Buffer.from(out.files[1].base64, 'base64');
    const zip = await JSZip.loadAsync(docx);
    const core_ = await zip.file('docProps/core.xml')!.async('string');
    expect(core_).toContain('Information held about family EH-2026-0147');
    for (const name of ['Jay', 'Fletcher', 'Dawn']) expect(core_).not.toContain(name);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:val="en-GB"');
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const expected of [
      'Information held about family EH-2026-0147',
      'Jay Fletcher', 'Dawn Fletcher', 'Greenfield Primary School, Year 5',
      'Consent to share information', 'Not to be shared with: Northshire Homes',
      'Review meeting', 'For professionals only: Third-party information from the police about a neighbour',
      'Who has opened or changed this record', 'families.get',
      'Before you share it: check it for information about other people',
    ]) expect(text).toContain(expected);

    const after = await value(core, 'audit.list', { familyId: demo.id, limit: 1 });
    expect(after.entries[0]).toMatchObject({ action: 'exported', method: 'records.exportFamily', familyId: demo.id, detail: 'subject access copy' });
    await core.close();
  });
});

describe('erasure (records.eraseFamily)', () => {
  it('refuses without the right family reference, and changes nothing', async () => {
    const { core, demo } = await demoCore();
    const wrong = await core.dispatch('records.eraseFamily', { familyId: demo.id, confirmReference: 'EH-2026-0148' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: { confirmReference: 'The reference you typed does not match this family’s reference. Type it exactly as shown to confirm.' } } });
    expect((await value(core, 'families.list')).total).toBe(1);
    await core.close();
  });

  it('removes the family from the vault, the index, its previous save, quarantine and every backup; leaves an audit entry without content', async () => {
    const { dir, core, demo, nextDay } = await demoCore();
    const keep = await value(core, 'families.create', familyInput('EH-2026-0701'));
    nextDay();
    await value(core, 'families.update', { familyId: demo.id, details: { ...(await value(core, 'families.get', { familyId: demo.id })) } });
    await fs.writeFile(path.join(dir, 'vault', 'quarantine', `${demo.id}.2026-11-20T10-00-00-000Z.tac`), 'damaged copy');
    const before = (await filesUnder(dir)).filter((f) => f.includes(demo.id));
    expect(before.some((f) => f.includes(`${path.sep}backups${path.sep}`))).toBe(true);
    expect(before.some((f) => f.endsWith('.bak'))).toBe(true);

    const result = await value(core, 'records.eraseFamily', { familyId: demo.id, confirmReference: '  eh-2026-0147 ' });
    expect(result.erased).toBe(true);
    expect(result.backupCopies).toBeGreaterThanOrEqual(1);
    expect(result.quarantinedCopies).toBe(1);
    expect(result.message).toMatch(/^The family’s records were erased from this computer, including \d+ copies in backups and quarantine\. The audit log keeps a note that they were erased/);

    expect((await filesUnder(dir)).filter((f) => f.includes(demo.id))).toEqual([]);
    const list = await value(core, 'families.list');
    expect(list.families.map((f: { reference: string }) => f.reference)).toEqual(['EH-2026-0701']);
    expect(await core.dispatch('families.get', { familyId: demo.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await value(core, 'families.get', { familyId: keep.id })).reference).toBe('EH-2026-0701');
    const backupOfKept = (await filesUnder(path.join(dir, 'vault', 'backups'))).filter((f) => f.includes(keep.id));
    expect(backupOfKept.length).toBeGreaterThanOrEqual(1);

    const audit = await value(core, 'audit.list', { familyId: demo.id, limit: 1 });
    expect(audit.entries[0]).toMatchObject({ action: 'deleted', method: 'records.eraseFamily', familyId: demo.id });
    expect(Object.keys(audit.entries[0]).sort()).toEqual(['action', 'appVersion', 'at', 'detail', 'familyId', 'hash', 'host', 'method', 'prev', 'seq', 'user']);
    expect((await value(core, 'audit.verify')).intact).toBe(true);
    await core.close();

    const again = await openCore(dir, { keyFile: `${dir}.key` });
    expect((await value(again, 'families.list')).total).toBe(1); // the rebuilt index does not bring it back
    await again.close();
  });

  it('can erase a family that cannot be opened, confirmed by the reference the index remembers', async () => {
    const { dir, core, demo } = await demoCore();
    await core.close();
    const file = path.join(dir, 'vault', 'families', `${demo.id}.tac`);
    await fs.writeFile(file, 'damaged');
    await fs.rm(path.join(dir, 'vault', 'backups'), { recursive: true });
    const again = await openCore(dir, { keyFile: `${dir}.key` });
    expect((await value(again, 'families.list')).unreadable).toHaveLength(1);
    await value(again, 'records.eraseFamily', { familyId: demo.id, confirmReference: 'EH-2026-0147' });
    expect((await filesUnder(dir)).filter((f) => f.includes(demo.id))).toEqual([]);
    await again.close();
  });
});
