// Through the browser host over HTTP: creating and finding families, the team, support with
// consent, and meetings — with plain, field-level messages when something is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../support/host';
import { familyInput, professional } from '../support/fixtures';

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost({ today: '2026-11-19' });
});
afterAll(async () => {
  await t.close();
});

describe('families', () => {
  it('starts with an empty list', async () => {
    const list = await t.value('families.list');
    expect(list.total).toBe(0);
    expect(list.families).toEqual([]);
  });

  it('refuses a family without a reference or a child’s first name, naming each field in plain English', async () => {
    const result = await t.call('families.create', { reference: '', children: [{ firstName: '', dateOfBirth: '2030-02-30' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.fields?.reference).toMatch(/Enter a family reference/);
    expect(result.error.fields?.['children.0.firstName']).toMatch(/Enter the child's first name/);
    expect(result.error.fields?.['children.0.dateOfBirth']).toMatch(/real date of birth/);
    expect((await t.value('families.list')).total).toBe(0);
  });

  it('creates a family with children, a grandparent and meeting preferences, and finds it by name or reference', async () => {
    const record = await t.value('families.create', familyInput());
    expect(record.children.map((c: { firstName: string }) => c.firstName)).toEqual(['Amira', 'Yusuf']);
    expect(record.members[1].relationship).toBe('grandparent');
    expect(record.schemaVersion).toBe(1);
    const byName = await t.value('families.list', { query: 'amira' });
    expect(byName.families.map((f: { reference: string }) => f.reference)).toEqual(['EH-2026-0201']);
    const byRef = await t.value('families.list', { query: '0201' });
    expect(byRef.families).toHaveLength(1);
    const byGran = await t.value('families.list', { query: 'Fatima' });
    expect(byGran.families).toHaveLength(1);
    const none = await t.value('families.list', { query: 'Fletcher' });
    expect(none.families).toHaveLength(0);
  });

  it('refuses a second family with the same reference', async () => {
    const result = await t.call('families.create', familyInput('eh-2026-0201'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.reference).toMatch(/already exists/);
  });

  it('adds an unborn baby with an expected date', async () => {
    const input = familyInput('EH-2026-0202');
    input.children.push({ firstName: '', unborn: true, expectedDate: '2027-02-14' } as never);
    const record = await t.value('families.create', input);
    expect(record.children[2]).toMatchObject({ unborn: true, expectedDate: '2027-02-14' });
  });

  it('keeps pasted text whole but strips invisible control characters', async () => {
    const input = familyInput('EH-2026-0203');
    const long = 'Prefers text messages. '.repeat(200);
    input.members[0] = { ...input.members[0], communicationNeeds: `Line one\r\n\r\nLine two\u0007\f${long}` } as never;
    const record = await t.value('families.create', input);
    const needs: string = record.members[0].communicationNeeds;
    expect(needs.startsWith('Line one\n\nLine two')).toBe(true);
    expect(needs).not.toMatch(/[\u0007\f\r]/);
    expect(needs.length).toBeGreaterThan(long.length);
  });
});

describe('team, support and meetings', () => {
  let familyId: string;
  let priya: string;
  let amira: string;

  beforeAll(async () => {
    const record = await t.value('families.create', familyInput('EH-2026-0300'));
    familyId = record.id;
    amira = record.children[0].id;
    const withTeam = await t.value('team.save', { familyId, member: professional() });
    priya = withTeam.team[0].id;
  });

  it('keeps what each professional’s service can help with', async () => {
    const record = await t.value('families.get', { familyId });
    expect(record.team[0].canHelpWith).toMatch(/routines and money worries/);
  });

  it('will not open support without consent details — consent is never a bare yes', async () => {
    const result = await t.call('episodes.open', {
      familyId, childId: amira, openedOn: '2026-11-02', startedBy: 'Oakfield Primary School', leadProfessionalId: priya, familyAgreedToLead: 'yes',
      consent: { givenBy: 'parent', givenByName: 'Layla Hassan', form: 'verbal', date: '2026-11-02', scope: '' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.['consent.scope']).toMatch(/agreed can be shared/);
  });

  it('opens support with consent that leaves one agency out, and allows only one open episode per child', async () => {
    const consent = {
      givenBy: 'parent', givenByName: 'Layla Hassan', form: 'written', date: '2026-11-02',
      scope: 'School, health and early help can share information with each other.', excludedAgencies: ['Oakfield Housing'],
    };
    const record = await t.value('episodes.open', {
      familyId, childId: amira, openedOn: '2026-11-02', startedBy: 'Oakfield Primary School', leadProfessionalId: priya, familyAgreedToLead: 'yes', consent,
    });
    expect(record.episodes).toHaveLength(1);
    expect(record.episodes[0].consents[0].excludedAgencies).toEqual(['Oakfield Housing']);
    expect(record.episodes[0].leadProfessionals[0]).toMatchObject({ teamMemberId: priya, from: '2026-11-02', familyAgreed: 'yes' });
    const again = await t.call('episodes.open', {
      familyId, childId: amira, openedOn: '2026-11-05', startedBy: 'School', leadProfessionalId: priya, familyAgreedToLead: 'yes', consent,
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.fields?.childId).toMatch(/already has support open/);
  });

  it('keeps the lead professional as a dated history, and links new support to the closed one', async () => {
    const second = await t.value('team.save', { familyId, member: professional('Owen Jones') });
    const owen = second.team[1].id;
    const episodeId = second.episodes[0].id;
    const changed = await t.value('episodes.changeLead', {
      familyId, episodeId, period: { teamMemberId: owen, from: '2026-11-20', reason: 'Priya moved to another team', familyAgreed: 'yes' },
    });
    expect(changed.episodes[0].leadProfessionals.map((p: { teamMemberId: string }) => p.teamMemberId)).toEqual([priya, owen]);
    const closed = await t.value('episodes.close', { familyId, episodeId, closedOn: '2026-11-21', closureReason: 'needs-met', closureNote: '' });
    expect(closed.episodes[0].closedOn).toBe('2026-11-21');
    const reopened = await t.value('episodes.open', {
      familyId, childId: amira, openedOn: '2026-11-22', startedBy: 'Layla asked for help again', leadProfessionalId: owen, familyAgreedToLead: 'yes',
      consent: { givenBy: 'parent', givenByName: 'Layla Hassan', form: 'verbal', date: '2026-11-22', scope: 'As before.' },
    });
    expect(reopened.episodes[1].followsEpisodeId).toBe(episodeId);
  });

  it('schedules a meeting and warns that school goes against the family’s wishes', async () => {
    const result = await t.value('meetings.schedule', {
      familyId,
      plan: { kind: 'first', childIds: [amira], date: '2026-12-02', startTime: '10:00', venue: 'Oakfield Primary School', venueKind: 'school', chairId: priya, minuteTakerId: priya },
    });
    expect(result.warnings.join(' ')).toMatch(/asked not to meet at a school/);
    const meeting = result.record.meetings.find((m: { id: string }) => m.id === result.meetingId);
    expect(meeting).toMatchObject({ status: 'planned', chairId: priya, minuteTakerId: priya, venueKind: 'school' });
    const list = await t.value('families.list', { query: 'EH-2026-0300' });
    expect(list.families[0].nextMeeting?.date).toBe('2026-12-02');
  });

  it('refuses a meeting with an end time before its start, and a chair who is not on the team', async () => {
    const result = await t.call('meetings.schedule', {
      familyId,
      plan: { kind: 'review', childIds: [amira], date: '2026-12-09', startTime: '10:00', endTime: '09:00', venue: 'Home', venueKind: 'family-home', chairId: 'nobody-here', minuteTakerId: priya },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.chairId).toMatch(/Choose a chair from the team/);
    expect(result.error.fields?.endTime).toMatch(/after the start time/);
  });

  it('keeps a professional named in meetings as "left the team" rather than deleting them', async () => {
    const record = await t.value('team.remove', { familyId, memberId: priya });
    expect(record.team.find((m: { id: string }) => m.id === priya)?.active).toBe(false);
  });
});
