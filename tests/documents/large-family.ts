// A large, realistic meeting for the bench and the page-one test: 40 people, 300 note entries
// (own words, differing views, professionals-only entries) and 120 actions agreed at the meeting.
import { familyRecordSchema, type FamilyRecord } from '../../src/core/families/record';
import type { Meeting } from '../../src/core/meetings/schema';
import type { NoteEntry } from '../../src/core/minutes/schema';
import type { Action } from '../../src/core/actions/schema';
import { AGENCY_KINDS } from '../../src/core/team/schema';
import { idMaker } from './support';

const FIRST = ['Aisha', 'Ben', 'Chloe', 'Dev', 'Ellie', 'Farah', 'George', 'Hana', 'Idris', 'Jess', 'Kwame', 'Lucy', 'Marek', 'Nia', 'Owen', 'Priya'];
const LAST = ['Adams', 'Begum', 'Clarke', 'Davies', 'Evans', 'Forde', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Kaur', 'Lewis', 'Morgan', 'Nowak', 'Okoro', 'Patel'];
const ROLES = ['Class teacher', 'School nurse', 'Health visitor', 'Housing officer', 'Family support worker', 'Youth worker', 'Speech and language therapist', 'Attendance officer'];
const SAYINGS = [
  'Mornings have been calmer since the new routine started, but Fridays are still hard.',
  'Attendance is 91 per cent this half term, up from 84 per cent last half term.',
  'The referral to the speech and language service has been accepted; the wait is about twelve weeks.',
  'The family have had no hot water for nine days and the repair has been chased twice.',
  'Lunchtimes are going better since the quiet room was set up; there have been no incidents this month.',
  'Rent arrears are being paid back at £10 a week under the new agreement.',
];
const OWN = [
  'I just want someone to tell me what is happening with the boiler.',
  'The quiet room is the best bit of the day.',
  'I am tired all the time, but it is better than it was.',
];

export function largeFamily(): { record: FamilyRecord; meetingId: string } {
  const id = idMaker('big');
  const at = (d: string) => `${d}T10:00:00.000Z`;
  const children = ['Amir', 'Bella', 'Cody'].map((firstName, i) => ({
    id: id(), firstName, lastName: 'Rahman', knownAs: '', unborn: false, dateOfBirth: `201${4 + i}-0${3 + i}-1${i}`, schoolOrSetting: 'Brookside Primary School',
  }));
  const members = ['Sara Rahman', 'Omar Rahman', 'Nadia Rahman', 'Yusuf Rahman', 'Leila Haddad'].map((name, i) => ({
    id: id(), name, relationship: (['mother', 'father', 'grandparent', 'aunt-or-uncle', 'family-friend'] as const)[i], relationshipDetail: '',
    parentalResponsibility: i < 2, livesWithChildren: i < 2, phone: '07700 900 12' + i, email: '', address: '', languages: 'English, Bengali',
    communicationNeeds: '', interpreterNeeded: false,
  }));
  const team = Array.from({ length: 32 }, (_, i) => ({
    id: id(), name: `${FIRST[i % 16]} ${LAST[(i * 7) % 16]}`, role: ROLES[i % ROLES.length], agency: `Service ${i + 1} of Westmoor`,
    agencyKind: AGENCY_KINDS[i % AGENCY_KINDS.length], phone: `01632 960 ${String(200 + i)}`, email: `worker${i}@westmoor.example.gov.uk`,
    canHelpWith: 'Helps families with routines, school and getting to appointments.', active: true,
  }));
  const lead = team[0].id;
  const outcomes = children.flatMap((c) => [
    { id: id(), text: `${c.firstName} gets to school on time most days`, area: 'learning' as const, agreedOn: '2026-09-01', active: true },
    { id: id(), text: `${c.firstName} sleeps through most nights`, area: 'health' as const, agreedOn: '2026-09-01', active: true },
  ]);
  const episodes = children.map((c, i) => ({
    id: id(), childId: c.id, openedOn: '2026-08-20', startedBy: 'Brookside Primary School', reason: 'Late most mornings and upset at school.',
    leadProfessionals: [{ teamMemberId: lead, from: '2026-08-20', reason: '', familyAgreed: 'yes' as const }],
    consents: [{ id: id(), givenBy: 'parent' as const, givenByName: 'Sara Rahman', form: 'written' as const, date: '2026-08-20', scope: 'The team can share what they know with each other.', excludedAgencies: [], notes: '' }],
    outcomes: outcomes.slice(i * 2, i * 2 + 2), closureNote: '',
  }));
  const items = ['welcome', 'introductions', 'family-view', 'child-view', 'review-actions', 'gone-well', 'worries', 'outcomes', 'new-actions', 'realistic', 'next-meeting', 'closing']
    .map((key) => ({ id: id(), key, title: key.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), minutes: 10, done: true, note: '' }));
  const adults = [...members, ...team];
  const meetingId = id();
  const earlierId = id();
  const notes: NoteEntry[] = Array.from({ length: 300 }, (_, i) => {
    const own = i % 10 === 2;
    const privateNote = i % 25 === 7;
    const differing = i % 30 === 11;
    const speaker = own ? members[i % 2].id : team[i % team.length].id;
    return {
      id: id(), agendaItemId: items[i % items.length].id,
      kind: differing ? 'differing-views' : (['note', 'worry', 'strength', 'decision', 'view'] as const)[i % 5],
      text: own ? OWN[i % OWN.length] : privateNote ? `Confidential police information number ${i} about a neighbour.` : `${SAYINGS[i % SAYINGS.length]} (entry ${i + 1})`,
      speakerId: speaker, ownWords: own, professionalsOnly: privateNote, professionalsOnlyReason: privateNote ? 'Third-party information' : '',
      views: differing ? [{ personId: members[0].id, name: '', text: 'School are not listening to us.' }, { personId: team[1].id, name: '', text: 'We have offered three meetings this term.' }] : [],
      reasonNotShared: '', createdAt: at('2026-11-02').replace('10:00:00', `10:${String(i % 60).padStart(2, '0')}:00`), updatedAt: at('2026-11-02'),
    };
  });
  const actions: Action[] = Array.from({ length: 120 }, (_, i) => ({
    id: id(), text: `${['Check', 'Book', 'Arrange', 'Share', 'Visit'][i % 5]} ${['the attendance figures', 'a home visit', 'the boiler repair', 'the sleep clinic', 'a meeting with the class teacher'][i % 5]} (action ${i + 1})`,
    childIds: i % 4 === 3 ? [] : [children[i % 3].id], ownerId: i % 6 === 0 ? members[0].id : adults[(i % (adults.length - 2)) + 2].id, ownerName: '', agency: '',
    dueDate: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`, status: 'not-started', outcomeId: outcomes[i % outcomes.length].id, need: '', fundingNeeded: '', fundingFoundBy: '', notes: '',
    createdInMeetingId: meetingId, createdAt: at('2026-11-02'), updatedAt: at('2026-11-02'),
  }));
  const meeting: Meeting = {
    id: meetingId, kind: 'review', childIds: children.map((c) => c.id), date: '2026-11-02', startTime: '10:00', endTime: '11:30',
    venue: 'Brookside Family Centre', venueKind: 'community-centre', chairId: lead, minuteTakerId: team[1].id, status: 'finished', cancelledReason: '',
    invitations: [], childParticipation: children.map((c) => ({ childId: c.id, how: 'views-beforehand' as const, viewsGivenTo: 'their teacher', reason: '' })),
    attendance: adults.map((p, i) => ({
      personId: p.id, status: (['in-person', 'in-person', 'remote', 'apologies', 'written-update', 'did-not-attend'] as const)[i % 6],
      writtenUpdate: i % 6 === 4 ? 'Things are steady; no new worries from our service.' : '', substituteName: '', notInvitedReason: '', askedForView: true,
    })),
    agenda: items, notes, actionReviews: [],
    outcomeRatings: outcomes.map((o, i) => ({ outcomeId: o.id, familyScore: 5 + (i % 4), teamScore: 4 + (i % 5), change: 'better' as const, familyWords: 'A bit better.' })),
    nextMeeting: { date: '2026-12-14', startTime: '10:00', venue: 'Brookside Family Centre', venueKind: 'community-centre' },
    closing: { finishedAt: at('2026-11-02'), unmetChecks: [], familyViewMissingReason: '', familyAbsentViews: '', overrideReason: '' },
    circulation: [], chairNotes: '', createdAt: at('2026-10-01'), updatedAt: at('2026-11-02'),
  };
  const earlier: Meeting = { ...meeting, id: earlierId, date: '2026-09-21', notes: [], outcomeRatings: outcomes.map((o) => ({ outcomeId: o.id, familyScore: 3, teamScore: 3, familyWords: '' })), nextMeetingId: meetingId, nextMeeting: undefined };
  const record = familyRecordSchema.parse({
    schemaVersion: 1, id: id(), reference: 'EH-2026-0999', revision: 1, createdAt: at('2026-08-20'), updatedAt: at('2026-11-02'),
    children, members, homeLanguages: 'English and Bengali', team, episodes, meetings: [earlier, meeting], actions,
  });
  return { record, meetingId };
}
