// Test material for the chairing rules: the demo family with fixed ids, and a second family (the
// Hassans) whose meetings, attendance and actions each test sets up in a few lines.
import { buildDemoFamily } from '../../../src/main/demo/demo-family';
import type { FamilyRecord } from '../../../src/core/families/record';
import type { Meeting } from '../../../src/core/meetings/schema';
import type { Action } from '../../../src/core/actions/schema';
import type { Attendance, AttendanceStatus } from '../../../src/core/attendance/schema';
import { FAMILY_SCHEMA_VERSION } from '../../../src/core/families/record';

export const TODAY = '2026-11-23';
export const NOW = '2026-11-23T10:00:00.000Z';

export function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

/** The demo family: first meeting, a review (both finished) and the next review planned. */
export function demo() {
  const newId = counter('demo');
  const record = buildDemoFamily(newId, TODAY, NOW);
  const [first, review, next] = record.meetings;
  const byText = (start: string) => record.actions.find((a) => a.text.startsWith(start))!;
  const person = (name: string) => [...record.team, ...record.members].find((p) => p.name.startsWith(name))!.id;
  return { record, first, review, next, byText, person, newId };
}

export const H = {
  amira: 'child-amira', yusuf: 'child-yusuf', layla: 'fam-layla', fatima: 'fam-fatima',
  priya: 'team-priya', helen: 'team-helen', dan: 'team-dan', ola: 'team-ola', mark: 'team-mark', ben: 'team-ben',
  episode: 'episode-amira',
} as const;

/** The Hassan family: Amira and Yusuf, their mother and grandmother, and a team of six. */
export function hassans(): FamilyRecord {
  const team = (id: string, name: string, role: string, agency: string, agencyKind: FamilyRecord['team'][number]['agencyKind'], active = true) => ({
    id, name, role, agency, agencyKind, phone: '', email: '', canHelpWith: `${role} help`, active,
  });
  return {
    schemaVersion: FAMILY_SCHEMA_VERSION, id: 'family-hassan', reference: 'EH-2026-0201', revision: 1,
    createdAt: '2026-01-05T09:00:00.000Z', updatedAt: NOW, homeLanguages: 'Arabic and English',
    children: [
      { id: H.amira, firstName: 'Amira', lastName: 'Hassan', knownAs: '', unborn: false, dateOfBirth: '2015-09-02', schoolOrSetting: 'Oakfield Primary School' },
      { id: H.yusuf, firstName: 'Yusuf', lastName: 'Hassan', knownAs: '', unborn: false, dateOfBirth: '2019-03-17', schoolOrSetting: 'Oakfield Nursery' },
    ],
    members: [
      { id: H.layla, name: 'Layla Hassan', relationship: 'mother', relationshipDetail: '', parentalResponsibility: true, livesWithChildren: true, phone: '', email: '', address: '', languages: 'Arabic, English', communicationNeeds: '', interpreterNeeded: false },
      { id: H.fatima, name: 'Fatima Hassan', relationship: 'grandparent', relationshipDetail: 'Grandmother, helps after school', parentalResponsibility: false, livesWithChildren: false, phone: '', email: '', address: '', languages: 'Arabic', communicationNeeds: '', interpreterNeeded: true },
    ],
    preferences: { preferredVenueKinds: ['family-home'], preferredPlace: '', avoidVenueKinds: ['school'], placesToAvoid: '', bestTimes: 'Afternoons' },
    team: [
      team(H.priya, 'Priya Shah', 'Family support worker', 'Oakfield Early Help', 'early-help'),
      team(H.helen, 'Helen Moore', 'Health visitor', 'Oakfield Community Health', 'health'),
      team(H.dan, 'Dan Reid', 'Social worker', 'Oakfield Children’s Social Care', 'social-care'),
      team(H.ola, 'Ola Adeyemi', 'SENCO', 'Oakfield Primary School', 'school'),
      team(H.mark, 'Mark Lewis', 'School nurse', 'Oakfield Community Health', 'health'),
      team(H.ben, 'Ben Carter', 'Youth worker', 'Oakfield Youth Service', 'youth-service'),
    ],
    episodes: [
      {
        id: H.episode, childId: H.amira, openedOn: '2026-01-12', startedBy: 'Oakfield Primary School', reason: 'Amira is often absent on Mondays.',
        leadProfessionals: [{ teamMemberId: H.priya, from: '2026-01-12', reason: '', familyAgreed: 'yes' }],
        consents: [{ id: 'consent-0001', givenBy: 'parent', givenByName: 'Layla Hassan', form: 'written', date: '2026-01-12', scope: 'The team can share with each other.', excludedAgencies: [], notes: '' }],
        outcomes: [{ id: 'outcome-mondays', text: 'Amira is in school on Mondays', area: 'learning', agreedOn: '2026-01-20', active: true }],
        closureNote: '',
      },
    ],
    meetings: [],
    actions: [],
  };
}

type Marks = Partial<Record<string, AttendanceStatus | 'invited-only'>>;

/** A finished meeting about Amira (or the given children) with the given attendance. */
export function meeting(id: string, date: string, marks: Marks = {}, extra: Partial<Meeting> = {}): Meeting {
  const attendance: Attendance[] = [];
  const invitations: Meeting['invitations'] = [];
  for (const [personId, status] of Object.entries(marks)) {
    invitations.push({ personId, invitedOn: date, how: 'email', reply: status === 'apologies' ? 'cannot-come' : status === 'invited-only' || status === 'did-not-attend' ? 'no-reply-yet' : 'coming' });
    if (!status || status === 'invited-only') continue;
    attendance.push({
      personId, status, writtenUpdate: status === 'written-update' ? 'Update sent by email.' : '', substituteName: status === 'sent-someone-else' ? 'Sam Lee' : '',
      notInvitedReason: status === 'not-invited' ? 'Not needed this time' : '', askedForView: ['in-person', 'remote', 'part', 'sent-someone-else'].includes(status),
    });
  }
  return {
    id, kind: 'review', childIds: [H.amira], date, startTime: '14:00', venue: 'Hassan family home', venueKind: 'family-home',
    chairId: H.priya, minuteTakerId: H.priya, status: 'finished', cancelledReason: '', invitations, attendance, childParticipation: [],
    agenda: [], notes: [], actionReviews: [], outcomeRatings: [], circulation: [], chairNotes: '',
    createdAt: `${date}T09:00:00.000Z`, updatedAt: `${date}T16:00:00.000Z`, ...extra,
  };
}

export function action(id: string, text: string, extra: Partial<Action> = {}): Action {
  return {
    id, text, childIds: [], ownerId: H.priya, ownerName: '', agency: 'Oakfield Early Help', dueDate: '2026-12-18', status: 'not-started',
    need: '', fundingNeeded: '', fundingFoundBy: '', notes: '', createdAt: '2026-01-20T15:00:00.000Z', updatedAt: '2026-01-20T15:00:00.000Z', ...extra,
  };
}

/** A planned meeting (no attendance yet) after the finished ones. */
export function planned(id: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return meeting(id, date, {}, { status: 'planned', ...extra });
}
