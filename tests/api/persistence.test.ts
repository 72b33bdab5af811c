// Close the host, start it again: everything is there. A damaged family file is listed as
// "cannot be opened" with a plain reason, kept untouched, and every other family still works.
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { startTestHost, tempDir } from '../support/host';
import { familyInput, professional } from '../support/fixtures';

describe('records survive a restart', () => {
  it('keeps families, team, support and meetings across a restart', async () => {
    const dataDir = tempDir();
    const first = await startTestHost({ dataDir, today: '2026-11-19' });
    const record = await first.value('families.create', familyInput('EH-2026-0401'));
    const withTeam = await first.value('team.save', { familyId: record.id, member: professional() });
    await first.value('meetings.schedule', {
      familyId: record.id,
      plan: { kind: 'first', childIds: [record.children[0].id], date: '2026-12-03', startTime: '13:30', venue: 'Family home', venueKind: 'family-home', chairId: withTeam.team[0].id, minuteTakerId: withTeam.team[0].id },
    });
    await first.close();

    const second = await startTestHost({ dataDir, today: '2026-11-19' });
    const list = await second.value('families.list');
    expect(list.families.map((f: { reference: string }) => f.reference)).toEqual(['EH-2026-0401']);
    expect(list.families[0].nextMeeting.date).toBe('2026-12-03');
    const again = await second.value('families.get', { familyId: record.id });
    expect(again.team[0].name).toBe('Priya Shah');
    expect(again.meetings[0].venue).toBe('Family home');
    await second.close();
  });

  it('isolates a damaged family file with no good copy: listed with a reason, kept as it was, others unaffected', async () => {
    const dataDir = tempDir();
    const first = await startTestHost({ dataDir, today: '2026-11-19' });
    const good = await first.value('families.create', familyInput('EH-2026-0501'));
    const bad = await first.value('families.create', familyInput('EH-2026-0502'));
    await first.close();

    const familiesDir = path.join(dataDir, 'vault', 'families');
    const files = await fs.readdir(familiesDir);
    const badFile = files.find((f) => f.startsWith(bad.id) && !f.endsWith('.bak'))!;
    const full = path.join(familiesDir, badFile);
    const original = await fs.readFile(full);
    const damaged = original.subarray(0, Math.floor(original.length / 2));
    await fs.writeFile(full, damaged);
    await fs.rm(`${full}.bak`, { force: true });
    await fs.rm(path.join(dataDir, 'vault', 'backups'), { recursive: true, force: true }); // no good copy anywhere

    const second = await startTestHost({ dataDir, today: '2026-11-19' });
    const list = await second.value('families.list');
    expect(list.families.map((f: { id: string }) => f.id)).toEqual([good.id]);
    expect(list.unreadable).toHaveLength(1);
    expect(list.unreadable[0].id).toBe(bad.id);
    expect(list.unreadable[0].problem).toMatch(/damaged or incomplete|could not be unlocked/);
    const open = await second.call('families.get', { familyId: bad.id });
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.error.code).toBe('cannot-open');
    expect(await fs.readFile(full)).toEqual(damaged);
    const stillWorks = await second.value('families.get', { familyId: good.id });
    expect(stillWorks.reference).toBe('EH-2026-0501');
    await second.close();
  });
});
