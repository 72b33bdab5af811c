// The circulation list: the whole team and the family, at the meeting or not, each with the version
// meant for them, and the agency the family asked not to be told shown as excluded.
import { describe, expect, it } from 'vitest';
import { circulationList, exclusionFor } from '../../../src/core/circulation/list';
import { demo, personId, review, sent } from './helpers';

describe('who is on the circulation list', () => {
  it('lists both family members and all five professionals, including those who did not come', () => {
    const r = demo();
    const list = circulationList(r, review(r).id)!;
    expect(list.rows.map((row) => row.name)).toEqual([
      'Dawn Fletcher', 'Pat Fletcher', 'Tom Price', 'Sarah Khan', 'Grace Okafor', 'Lena Nowak', 'Rhys Evans',
    ]);
    const by = (name: string) => list.rows.find((row) => row.name === name)!;
    expect(by('Pat Fletcher')).toMatchObject({ kind: 'family', role: 'Grandmother (Dawn’s mum)', attendance: 'Sent apologies', present: false });
    expect(by('Grace Okafor')).toMatchObject({ kind: 'team', attendance: 'Did not come and did not let us know', present: false });
    expect(by('Sarah Khan').attendance).toBe('Sent a written update');
    expect(by('Tom Price')).toMatchObject({ attendance: 'Came in person', present: true });
  });

  it('gives the family the family plan and professionals the meeting record, and never offers the family the professionals’ record', () => {
    const r = demo();
    const list = circulationList(r, review(r).id)!;
    for (const row of list.rows) {
      if (row.kind === 'family') {
        expect(row.version).toBe('family-plan');
        expect(row.versions).toEqual(['family-plan']);
      } else {
        expect(row.version).toBe('meeting-record');
        expect(row.versions).toContain('family-plan');
      }
    }
  });

  it('shows how a family member likes to be contacted', () => {
    const r = demo();
    const dawn = circulationList(r, review(r).id)!.rows.find((row) => row.name === 'Dawn Fletcher')!;
    expect(dawn.note).toContain('Prefers text messages to letters');
    expect(dawn.email).toBe('dawn.fletcher@example.org');
  });

  it('keeps a professional who has left the team on the list of a meeting they came to, and leaves them off otherwise', () => {
    const r = demo();
    r.team.find((t) => t.name === 'Lena Nowak')!.active = false;
    r.team.push({ id: 'former0001', name: 'Alan Reid', role: 'Youth worker', agency: 'Northshire Youth Service', agencyKind: 'youth-service', phone: '', email: '', canHelpWith: '', active: false });
    const list = circulationList(r, review(r).id)!;
    expect(list.rows.find((row) => row.name === 'Lena Nowak')).toMatchObject({ leftTeam: true });
    expect(list.rows.some((row) => row.name === 'Alan Reid')).toBe(false);
  });

  it('attaches the copies already sent to each person, oldest first', () => {
    const r = demo();
    const m = review(r);
    m.circulation.push(sent(r, 'Tom Price', 'meeting-record', '2026-10-14T09:00:00.000Z'), sent(r, 'Tom Price', 'family-plan', '2026-10-13T09:00:00.000Z'));
    const tom = circulationList(r, m.id)!.rows.find((row) => row.personId === personId(r, 'Tom Price'))!;
    expect(tom.sent.map((s) => s.version)).toEqual(['family-plan', 'meeting-record']);
  });

  it('is undefined for a meeting that is not on the record', () => {
    expect(circulationList(demo(), 'no-such-meeting')).toBeUndefined();
  });
});

describe('consent', () => {
  it('marks Northshire Homes as excluded because the family asked, and no one else', () => {
    const r = demo();
    const list = circulationList(r, review(r).id)!;
    expect(list.excludedAgencies).toEqual(['Northshire Homes']);
    expect(list.consentInForce).toBe(true);
    const excluded = list.rows.filter((row) => row.excluded);
    expect(excluded.map((row) => row.name)).toEqual(['Grace Okafor']);
    expect(excluded[0].excluded).toEqual({ kind: 'excluded-by-family', agency: 'Northshire Homes', message: 'The family asked that Northshire Homes is not sent information.' });
  });

  it('matches an excluded agency however it was typed', () => {
    const consent = { excluded: ['Northshire Homes'], inForce: true };
    expect(exclusionFor('NORTHSHIRE  HOMES', consent)?.agency).toBe('Northshire Homes');
    expect(exclusionFor('Northshire Homes (repairs team)', consent)?.kind).toBe('excluded-by-family');
    expect(exclusionFor('Northshire Early Help', consent)).toBeUndefined();
  });

  it('needs a reason for every professional when the family has withdrawn consent, but never for the family', () => {
    const r = demo();
    for (const e of r.episodes) for (const c of e.consents) c.withdrawnOn = '2026-11-01';
    const list = circulationList(r, review(r).id)!;
    expect(list.consentInForce).toBe(false);
    expect(list.rows.filter((row) => row.kind === 'team').every((row) => row.excluded?.kind === 'no-consent')).toBe(true);
    expect(list.rows.filter((row) => row.kind === 'family').some((row) => row.excluded)).toBe(false);
  });

  it('takes a newer consent that no longer excludes the agency', () => {
    const r = demo();
    for (const e of r.episodes) e.consents.push({ ...e.consents[0], id: `${e.id}-new`, date: '2026-11-02', excludedAgencies: [] });
    const list = circulationList(r, review(r).id)!;
    expect(list.rows.some((row) => row.excluded)).toBe(false);
  });
});
