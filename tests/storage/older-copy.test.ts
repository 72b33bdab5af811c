// An older copy of a family put back in place of its file (by hand or by a sync client) is noticed:
// the index remembers each family's revision. The user is told both dates and may put back the newest copy.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { demoRecord, encryptedVault, saveAgain } from './support';
import { openCore, tempDir, value } from '../security/support';
import { familyInput, professional } from '../support/fixtures';

describe('an older copy in place of a family file', () => {
  it('is noticed on opening, with both dates, as a storage event; keeping it is allowed', async () => {
    const t = await encryptedVault();
    const first = await t.vault.writeFamily(demoRecord('EH-2026-0701'));
    const old = await fs.readFile(t.vault.familyFile(first.id));
    t.clock.at = new Date('2026-11-23T15:30:00.000Z');
    await saveAgain(t.vault, first, 'A later change.');
    await t.vault.close();
    await fs.writeFile(path.join(t.dir, 'families', `${first.id}.tac`), old); // the old copy put back, as a user or sync client would
    const vault = await t.reopen();
    const notice = vault.list().notices.at(-1)!;
    expect(notice).toMatchObject({ kind: 'older', familyId: first.id });
    expect(notice.message).toMatch(/EH-2026-0701 is an older copy, saved on 23 November 2026 at \d\d:\d\d, than the one last seen here, saved on 23 November 2026 at \d\d:\d\d/);
    expect(t.events).toContainEqual({ kind: 'older', familyId: first.id });
    expect((await vault.readFamily(first.id)).revision).toBe(first.revision); // kept as it is until the user chooses
    const again = await t.reopen();
    expect(again.list().notices.filter((n) => n.kind === 'older')).toHaveLength(1); // told once
  });

  it('"Put back the newest copy" restores the newest good copy held, through the API, and says from when', async () => {
    const dir = tempDir();
    let at = new Date('2026-11-23T10:00:00.000Z').getTime();
    const options = { keyFile: `${dir}.key`, now: () => new Date(at) };
    const core = await openCore(dir, options);
    const created = await value(core, 'families.create', familyInput('EH-2026-0702'));
    const file = path.join(dir, 'vault', 'families', `${created.id}.tac`);
    const old = await fs.readFile(file);
    const newest = await value(core, 'team.save', { familyId: created.id, member: professional() });
    await core.close();
    at += 86_400_000; // the next day's backup holds the newest save
    const nextDay = await openCore(dir, options);
    await nextDay.vault.backups.idle();
    await nextDay.close();
    await fs.writeFile(file, old);
    const again = await openCore(dir, options);
    expect((await value(again, 'families.get', { familyId: created.id })).revision).toBe(created.revision);
    const notice = (await value(again, 'families.list')).notices.find((n: { kind?: string }) => n.kind === 'older');
    const answer = await value(again, 'records.restoreNewest', { familyId: created.id, noticeId: notice.id });
    expect(answer).toMatchObject({ restored: true, message: expect.stringMatching(/^Put back the copy of family EH-2026-0702 saved on 23 November 2026/) });
    expect((await value(again, 'families.get', { familyId: created.id })).revision).toBe(newest.revision);
    expect((await value(again, 'families.list')).notices.filter((n: { kind?: string }) => n.kind === 'older')).toEqual([]);
    const none = await value(again, 'records.restoreNewest', { familyId: created.id });
    expect(none.restored).toBe(false);
    await again.close();
  });
});
