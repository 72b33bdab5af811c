// Nobody named in the record's history is deleted from it: each way a professional can be named in a
// past meeting (or support, or an action) on its own is enough to keep them, as "left the team".
import { describe, expect, it } from 'vitest';
import { isReferenced } from '../../../src/core/families/references';
import type { FamilyRecord } from '../../../src/core/families/record';
import { demo } from '../agenda/helpers';

const ID = 'person-new-0001';

function withNewcomer(): FamilyRecord {
  const { record } = demo();
  record.team.push({ ...record.team[0], id: ID, name: 'Nadia Shah', email: '', phone: '' });
  return record;
}

type Mention = [string, (r: FamilyRecord) => void];
const past = (r: FamilyRecord) => r.meetings.find((m) => m.status === 'finished')!;

const MENTIONS: Mention[] = [
  ['chaired a past meeting', (r) => { past(r).chairId = ID; }],
  ['took its minutes', (r) => { past(r).minuteTakerId = ID; }],
  ['is on its attendance', (r) => { past(r).attendance.push({ ...past(r).attendance[0], personId: ID }); }],
  ['was invited', (r) => { past(r).invitations.push({ ...(past(r).invitations[0] ?? { how: 'email', reply: 'coming', invitedOn: past(r).date }), personId: ID } as never); }],
  ['was sent a copy', (r) => { past(r).circulation.push({ id: 'c1', personId: ID, version: 'meeting-record', sentAt: `${past(r).date}T12:00:00.000Z`, how: 'email', excludedOverrideReason: '' } as never); }],
  ['spoke in the minutes', (r) => { past(r).notes[0].speakerId = ID; }],
  ['gave a view in the minutes', (r) => { past(r).notes[0].views.push({ personId: ID, name: '', text: 'We see it differently.' }); }],
  ['owns an action', (r) => { r.actions[0].ownerId = ID; }],
  ['was lead professional', (r) => { r.episodes[0].leadProfessionals.push({ teamMemberId: ID, from: r.episodes[0].openedOn, reason: '' } as never); }],
];

describe('who is named in the record', () => {
  it('a newcomer named nowhere may be deleted', () => {
    expect(isReferenced(withNewcomer(), ID)).toBe(false);
  });

  for (const [how, mention] of MENTIONS) {
    it(`keeps someone who ${how}`, () => {
      const record = withNewcomer();
      mention(record);
      expect(isReferenced(record, ID)).toBe(true);
    });
  }
});
