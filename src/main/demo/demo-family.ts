// A realistic, fictional family for `--demo`: two children, a grandmother, a team of five from
// school, health, housing and early help, open support with consent that leaves out one agency,
// two past meetings (attendance, notes, actions — some done, some not) and the next review planned.
import type { FamilyRecord } from '../../core/families/record';
import type { Meeting } from '../../core/meetings/schema';
import type { NoteEntry } from '../../core/minutes/schema';
import type { Action } from '../../core/actions/schema';
import { addDays, dayOfWeek, type IsoDate } from '../../core/shared/dates';
import { FAMILY_SCHEMA_VERSION } from '../../core/families/record';

/** The nearest weekday on or before a date (meetings are not held at weekends). */
function weekday(date: IsoDate, forward = false): IsoDate {
  let d = date;
  while (dayOfWeek(d) === 0 || dayOfWeek(d) === 6) d = addDays(d, forward ? 1 : -1);
  return d;
}

export function buildDemoFamily(newId: () => string, today: IsoDate, nowIso: string): FamilyRecord {
  const id = newId;
  const jay = id(), mia = id(), dawn = id(), pat = id();
  const tom = id(), sarah = id(), grace = id(), lena = id(), rhys = id();
  const first = weekday(addDays(today, -84));
  const review = weekday(addDays(today, -42));
  const next = weekday(addDays(today, 2), true);
  const at = (date: IsoDate, time: string) => `${date}T${time}:00.000Z`;

  const outcomeJay = id(), outcomeMia = id(), outcomeHome = id();
  const jayEpisode = id(), miaEpisode = id();
  const consent = {
    givenBy: 'parent' as const,
    givenByName: 'Dawn Fletcher',
    form: 'written' as const,
    date: first,
    scope:
      'Dawn agreed that the school, the school nurse, the health visitor and early help can share what they know about Jay and Mia with each other, and with the team at meetings.',
    excludedAgencies: ['Northshire Homes'],
    notes: 'Dawn is happy for the housing officer to come to meetings about the repairs, but does not want Northshire Homes sent the minutes or told about the family’s money.',
  };

  const agenda = (meetingDate: IsoDate, withReview: boolean) => {
    const keys: [string, string][] = [
      ['welcome', 'Welcome and why we are here'],
      ['introductions', 'Who is here and what each service can help with'],
      ['family-view', 'What the family thinks'],
      ['child-view', 'What Jay and Mia think'],
      ...(withReview ? ([['review-actions', 'What we said we would do last time']] as [string, string][]) : []),
      ['gone-well', 'What has gone well'],
      ['worries', 'What we are worried about'],
      ['outcomes', 'Is this better for you?'],
      ['new-actions', 'Who will do what, by when'],
      ['next-meeting', 'When we meet next'],
    ];
    void meetingDate;
    return keys.map(([key, title]) => ({ id: id(), key, title, minutes: 10, done: true, note: '' }));
  };

  const note = (agendaItemId: string, date: IsoDate, time: string, text: string, extra: Partial<NoteEntry> = {}): NoteEntry => ({
    id: id(), agendaItemId, kind: 'note', text, ownWords: false, professionalsOnly: false, professionalsOnlyReason: '',
    views: [], reasonNotShared: '', createdAt: at(date, time), updatedAt: at(date, time), ...extra,
  });

  const action = (text: string, ownerId: string, agency: string, due: IsoDate, status: Action['status'], meetingId: string, created: IsoDate, extra: Partial<Action> = {}): Action => ({
    id: id(), text, childIds: [], ownerId, ownerName: '', agency, dueDate: due, status, need: '', fundingNeeded: '',
    fundingFoundBy: '', notes: '', createdInMeetingId: meetingId, createdAt: at(created, '11:00'), updatedAt: at(created, '11:00'), ...extra,
  });

  // ---- First meeting
  const m1 = id();
  const a1 = agenda(first, false);
  const item1 = (key: string) => a1.find((i) => i.key === key)!.id;
  const refer = action("Refer Jay to the children's mental health service for help with his worries", sarah, 'Northshire Community Health', addDays(first, 14), 'done', m1, first, { childIds: [jay] });
  const routine = action('Help Dawn make a morning routine chart with the children', lena, 'Northshire Early Help', addDays(first, 21), 'done', m1, first);
  const damp = action("Arrange for the damp in the children's bedroom to be fixed", grace, 'Northshire Homes', addDays(first, 28), 'in-progress', m1, first);
  const eyes = action("Book Mia's eye test at the opticians", dawn, '', addDays(first, 28), 'done', m1, first, { childIds: [mia] });
  const quiet = action('Set up a quiet place for Jay to go at lunchtime', tom, 'Greenfield Primary School', addDays(first, 7), 'done', m1, first, { childIds: [jay] });
  const sleep = action("Visit at home to talk about Mia's sleep and bedtime", rhys, 'Northshire Community Health', addDays(first, 21), 'not-started', m1, first, { childIds: [mia] });

  const meeting1: Meeting = {
    id: m1, kind: 'first', childIds: [jay, mia], date: first, startTime: '09:30', endTime: '10:45',
    venue: 'Greenfield Children’s Centre, Meeting Room 2', venueKind: 'community-centre', chairId: tom, minuteTakerId: tom,
    status: 'finished', cancelledReason: '',
    invitations: [tom, sarah, grace, lena, rhys, dawn, pat].map((p) => ({ personId: p, invitedOn: addDays(first, -14), how: 'email' as const, reply: p === rhys ? 'cannot-come' as const : 'coming' as const })),
    attendance: [
      { personId: tom, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: sarah, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: grace, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: lena, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: rhys, status: 'apologies', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: false },
      { personId: dawn, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: pat, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
    ],
    childParticipation: [
      { childId: jay, how: 'views-beforehand', viewsGivenTo: 'Mr Price at school', reason: '' },
      { childId: mia, how: 'not-involved', viewsGivenTo: '', reason: 'Mia is four; Dawn told us what Mia enjoys and finds hard.' },
    ],
    agenda: a1,
    notes: [
      note(item1('family-view'), first, '09:40', 'Mornings are a battle. By the time we get to school I am worn out and Jay is in a state.', { speakerId: dawn, ownWords: true, kind: 'view' }),
      note(item1('child-view'), first, '09:48', 'I don’t like the dinner hall because it is loud and people push.', { speakerId: jay, ownWords: true, kind: 'view' }),
      note(item1('gone-well'), first, '09:55', 'Pat does the school run on Tuesdays and Thursdays and Jay is on time on those days.', { speakerId: lena, kind: 'strength' }),
      note(item1('worries'), first, '10:05', 'Jay has been late to school 14 times this term and is often upset at the start of the day.', { speakerId: tom, kind: 'worry' }),
      note(item1('worries'), first, '10:10', "Black mould in the children's bedroom; Mia has had a cough since the autumn.", { speakerId: grace, kind: 'worry' }),
      note(item1('worries'), first, '10:12', 'School nurse has a note from the GP about Jay’s headaches.', {
        speakerId: sarah, kind: 'info-not-shared', reasonNotShared: 'The GP letter has not been shared with the school nurse yet', text: 'Details of the GP letter about Jay’s headaches were not shared at the meeting.',
      }),
      note(item1('new-actions'), first, '10:30', 'The team agreed to focus on mornings, the bedroom damp and Jay’s worries first.', { kind: 'decision' }),
    ],
    actionReviews: [],
    outcomeRatings: [
      { outcomeId: outcomeJay, familyScore: 3, teamScore: 3, familyWords: 'Most mornings end in tears.' },
      { outcomeId: outcomeMia, familyScore: 4, teamScore: 5, familyWords: 'Mia is up three or four times a night.' },
      { outcomeId: outcomeHome, familyScore: 2, teamScore: 2, familyWords: 'The mould keeps coming back.' },
    ],
    nextMeeting: { date: review, startTime: '09:30', venue: 'Greenfield Children’s Centre, Meeting Room 2', venueKind: 'community-centre' },
    closing: { finishedAt: at(first, '10:45'), familyPlanDelivery: 'by-hand', familyViewMissingReason: '', familyAbsentViews: '', unmetChecks: [], overrideReason: '' },
    circulation: [],
    chairNotes: '',
    startedAt: at(first, '09:30'), createdAt: at(addDays(first, -14), '15:00'), updatedAt: at(first, '10:45'),
  };

  // ---- Review meeting
  const m2 = id();
  const a2 = agenda(review, true);
  const item2 = (key: string) => a2.find((i) => i.key === key)!.id;
  const meals = action('Help Dawn apply for free school meals and the holiday activities programme', lena, 'Northshire Early Help', addDays(review, 21), 'in-progress', m2, review);
  const group = action("Go to the 'Time for Me' parents' group on Tuesday mornings", dawn, '', addDays(review, 35), 'not-started', m2, review);
  const attendance = action("Share Jay's weekly attendance with Dawn every Friday", tom, 'Greenfield Primary School', addDays(review, 35), 'in-progress', m2, review, { childIds: [jay] });
  const meeting2: Meeting = {
    ...meeting1,
    id: m2, kind: 'review', date: review, startTime: '09:30', endTime: '10:30',
    invitations: meeting1.invitations.map((i) => ({ ...i, invitedOn: addDays(review, -14), reply: i.personId === grace ? 'no-reply-yet' as const : i.personId === rhys || i.personId === pat ? 'cannot-come' as const : i.personId === sarah ? 'sending-update' as const : 'coming' as const })),
    attendance: [
      { personId: tom, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: sarah, status: 'written-update', writtenUpdate: 'Jay has his first appointment with the children’s mental health service next month. His headaches are less frequent.', substituteName: '', notInvitedReason: '', askedForView: false },
      { personId: grace, status: 'did-not-attend', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: false },
      { personId: lena, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: rhys, status: 'apologies', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: false },
      { personId: dawn, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: pat, status: 'apologies', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: false },
    ],
    childParticipation: [
      { childId: jay, how: 'part', viewsGivenTo: '', reason: '' },
      { childId: mia, how: 'not-involved', viewsGivenTo: '', reason: 'Mia was at nursery.' },
    ],
    agenda: a2,
    notes: [
      note(item2('family-view'), review, '09:35', 'The chart on the fridge helps. Jay ticks his own boxes now.', { speakerId: dawn, ownWords: true, kind: 'view' }),
      note(item2('child-view'), review, '09:40', 'The quiet room is good. I go there with Sam.', { speakerId: jay, ownWords: true, kind: 'view' }),
      note(item2('gone-well'), review, '09:50', 'Jay was late 4 times this half term, down from 14.', { speakerId: tom, kind: 'strength' }),
      note(item2('worries'), review, '10:00', 'The damp has not been fixed and the housing officer did not come or send an update.', { speakerId: lena, kind: 'worry' }),
      note(item2('worries'), review, '10:05', '', {
        kind: 'differing-views',
        views: [
          { personId: dawn, name: '', text: 'Jay is being picked on in the playground and that is why he hits out.' },
          { personId: tom, name: '', text: 'Staff have seen Jay start some of the arguments; we will watch more closely at break.' },
        ],
      }),
      note(item2('worries'), review, '10:08', 'Police were called to a neighbour dispute at the address in the holidays; no concerns about the children were raised.', {
        speakerId: lena, professionalsOnly: true, professionalsOnlyReason: 'Third-party information from the police about a neighbour',
      }),
    ],
    actionReviews: [
      { actionId: refer.id, result: 'done', reason: 'First appointment booked.' },
      { actionId: routine.id, result: 'done', reason: '' },
      { actionId: damp.id, result: 'carried-forward', reason: 'The repair has not been booked; housing were not at the meeting.', newDueDate: next, previousDueDate: damp.dueDate },
      { actionId: eyes.id, result: 'done', reason: '' },
      { actionId: quiet.id, result: 'done', reason: '' },
      { actionId: sleep.id, result: 'carried-forward', reason: 'The health visitor could not come to either meeting.', newDueDate: next, previousDueDate: sleep.dueDate },
    ],
    outcomeRatings: [
      { outcomeId: outcomeJay, familyScore: 6, teamScore: 5, change: 'better', familyWords: 'Mornings are calmer. Jay gets himself dressed.' },
      { outcomeId: outcomeMia, familyScore: 4, teamScore: 4, change: 'no-change', familyWords: 'No different yet — still up in the night.' },
      { outcomeId: outcomeHome, familyScore: 2, teamScore: 2, change: 'no-change', familyWords: 'Nothing has been done about the mould.' },
    ],
    nextMeeting: { date: next, startTime: '09:30', venue: 'Greenfield Children’s Centre, Meeting Room 2', venueKind: 'community-centre' },
    closing: { finishedAt: at(review, '10:30'), familyPlanDelivery: 'email', familyViewMissingReason: '', familyAbsentViews: '', unmetChecks: [], overrideReason: '' },
    circulation: [],
    startedAt: at(review, '09:30'), createdAt: at(first, '10:45'), updatedAt: at(review, '10:30'),
  };

  // ---- Next review, planned
  const m3 = id();
  const meeting3: Meeting = {
    ...meeting1,
    id: m3, kind: 'review', date: next, startTime: '09:30', endTime: '10:30', status: 'planned',
    invitations: [], attendance: [], childParticipation: [], agenda: [], notes: [], actionReviews: [], outcomeRatings: [],
    nextMeeting: undefined, closing: undefined, circulation: [], startedAt: undefined,
    createdAt: at(review, '10:30'), updatedAt: at(review, '10:30'),
  };
  meeting2.nextMeetingId = m3;
  meeting1.nextMeetingId = m2;

  return {
    schemaVersion: FAMILY_SCHEMA_VERSION,
    id: id(),
    reference: 'EH-2026-0147',
    revision: 1,
    createdAt: at(addDays(first, -21), '14:00'),
    updatedAt: nowIso,
    homeLanguages: 'English',
    children: [
      { id: jay, firstName: 'Jay', lastName: 'Fletcher', knownAs: '', unborn: false, dateOfBirth: '2016-05-14', schoolOrSetting: 'Greenfield Primary School, Year 5' },
      { id: mia, firstName: 'Mia', lastName: 'Fletcher', knownAs: '', unborn: false, dateOfBirth: '2022-01-09', schoolOrSetting: 'Greenfield Primary School Nursery' },
    ],
    members: [
      {
        id: dawn, name: 'Dawn Fletcher', relationship: 'mother', relationshipDetail: '', parentalResponsibility: true, livesWithChildren: true,
        phone: '07700 900 461', email: 'dawn.fletcher@example.org', address: '14 Mill Lane\nGreenfield\nNS4 2QT', languages: 'English',
        communicationNeeds: 'Prefers text messages to letters. Finds long forms hard; read them through together.', interpreterNeeded: false,
      },
      {
        id: pat, name: 'Pat Fletcher', relationship: 'grandparent', relationshipDetail: 'Grandmother (Dawn’s mum)', parentalResponsibility: false, livesWithChildren: false,
        phone: '01632 960 214', email: '', address: '', languages: 'English', communicationNeeds: 'Hard of hearing: face her when speaking.', interpreterNeeded: false,
      },
    ],
    preferences: {
      preferredVenueKinds: ['community-centre', 'family-home'],
      preferredPlace: 'Greenfield Children’s Centre',
      avoidVenueKinds: [],
      placesToAvoid: 'The school office — Dawn finds it hard to walk in there',
      bestTimes: 'Mornings after 9.15am, once the children are at school and nursery',
    },
    team: [
      { id: tom, name: 'Tom Price', role: 'Pastoral lead', agency: 'Greenfield Primary School', agencyKind: 'school', phone: '01632 960 100', email: 't.price@greenfield.example.sch.uk', canHelpWith: 'Helps Jay feel settled at school and keeps an eye on how often he is there and on time.', active: true },
      { id: sarah, name: 'Sarah Khan', role: 'School nurse', agency: 'Northshire Community Health', agencyKind: 'health', phone: '01632 960 330', email: 'sarah.khan@nhs.example.net', canHelpWith: 'Helps children with health worries such as sleep, eating, headaches and feelings, and can see Jay at school.', active: true },
      { id: grace, name: 'Grace Okafor', role: 'Housing officer', agency: 'Northshire Homes', agencyKind: 'housing', phone: '01632 960 512', email: 'grace.okafor@northshirehomes.example.org', canHelpWith: 'Sorts out repairs, rent questions and moves for council and housing association tenants.', active: true },
      { id: lena, name: 'Lena Nowak', role: 'Family support worker', agency: 'Northshire Early Help', agencyKind: 'early-help', phone: '01632 960 742', email: 'lena.nowak@northshire.example.gov.uk', canHelpWith: 'Visits families at home to help with routines, money worries and getting to appointments.', active: true },
      { id: rhys, name: 'Rhys Evans', role: 'Health visitor', agency: 'Northshire Community Health', agencyKind: 'health', phone: '01632 960 331', email: 'rhys.evans@nhs.example.net', canHelpWith: 'Checks on young children’s health and development and gives parents advice on sleep, eating and behaviour.', active: true },
    ],
    episodes: [
      {
        id: jayEpisode, childId: jay, openedOn: addDays(first, -21), startedBy: 'Greenfield Primary School (Tom Price)',
        reason: 'Jay is often late and upset in the mornings, and has hit out at other children at lunchtime. Dawn asked school for help with mornings.',
        leadProfessionals: [{ teamMemberId: tom, from: addDays(first, -21), reason: 'Lead professional when support started', familyAgreed: 'yes' }],
        consents: [{ ...consent, id: id() }],
        outcomes: [
          { id: outcomeJay, text: 'Jay gets to school calm and on time most days', area: 'learning', agreedOn: first, active: true },
          { id: outcomeHome, text: "The children's bedroom is dry and warm", area: 'family-and-home', agreedOn: first, active: true },
        ],
        closureNote: '',
      },
      {
        id: miaEpisode, childId: mia, openedOn: addDays(first, -21), startedBy: 'Northshire Community Health (health visitor)',
        reason: 'Mia wakes several times a night and has a cough that will not clear; Dawn is exhausted.',
        leadProfessionals: [{ teamMemberId: tom, from: addDays(first, -21), reason: 'Same lead professional as her brother, as Dawn asked', familyAgreed: 'yes' }],
        consents: [{ ...consent, id: id() }],
        outcomes: [{ id: outcomeMia, text: 'Mia sleeps through most nights', area: 'health', agreedOn: first, active: true }],
        closureNote: '',
      },
    ],
    meetings: [meeting1, meeting2, meeting3],
    actions: [refer, routine, damp, eyes, quiet, sleep, meals, group, attendance].map((a) =>
      a.status === 'done' ? { ...a, updatedAt: at(review, '10:00') }
        // Carried forward at the review to the date of the next meeting.
        : a === damp || a === sleep ? { ...a, dueDate: next, updatedAt: at(review, '10:00') } : a,
    ),
  };
}
