// The check before a meeting closes: new actions have a person and a date, the next meeting is set,
// the family's and children's views are recorded, everyone was asked, and the family will get the plan.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from './schema';
import { FAMILY_PLAN_DELIVERY, type SkippedChoice } from './schema';
import { childDisplayName } from '../families/schema';
import { personName } from '../families/people';
import { formatDate, formatDateWithDay, formatTime, type IsoDate } from '../shared/dates';
import { HERE_STATUSES, familyPresent, notRecordedIds } from '../attendance/presence';
import { attendanceGaps } from '../attendance/schema';
import { BUILT_IN_LOCAL, joinNames, type LocalWords } from '../prompts/local';
import { fit } from '../agenda/build';
import { carriedForwardDate, skippedItems } from './skipped';
import { ACTION_REVIEW_KEY, OUTCOME_REVIEW_KEY } from '../agenda/keys';
import { needsNewDate, type Action } from '../actions/schema';

export type ClosingCheckKey =
  | 'actions-named-and-dated'
  | 'next-meeting-set'
  | 'family-view'
  | 'child-views'
  | 'everyone-asked'
  | 'family-plan-delivery'
  | 'family-absent-views'
  | 'attendance-details'
  | 'private-reasons'
  | 'harm-concerns'
  | 'review-reasons'
  | 'review-dates'
  | 'skipped';

export interface ClosingCheck {
  key: ClosingCheckKey;
  /** What should be true, in plain words. */
  label: string;
  met: boolean;
  /** False when the check does not apply to this meeting (it then counts as met). */
  applies: boolean;
  /** What is missing, or how it was met. */
  detail: string;
  /** When not met: what was not done, as a plain fact for the record (never an instruction), in full. */
  fact: string;
}

/** Closing details the chair has filled in but not yet saved. */
export interface ClosingDraft {
  familyPlanDelivery?: (typeof FAMILY_PLAN_DELIVERY)[number];
  familyViewMissingReason?: string;
  familyAbsentViews?: string;
  skipped?: SkippedChoice;
  skippedReason?: string;
}

const DELIVERY_WORDS: Record<(typeof FAMILY_PLAN_DELIVERY)[number], string> = {
  email: 'By email',
  post: 'By post',
  'by-hand': 'By hand',
  'at-meeting': 'Given to them at the meeting',
};

function check(key: ClosingCheckKey, label: string, met: boolean, detail: string, applies = true): ClosingCheck {
  return { key, label, met: met || !applies, applies, detail, fact: '' };
}

/** A check not met: what the chair still needs to do, and the plain fact the record keeps. */
function miss(key: ClosingCheckKey, label: string, detail: string, fact: string): ClosingCheck {
  return { key, label, met: false, applies: true, detail, fact };
}

/** Every text named in full, quoted, for the record (the chair's screen shortens them with `quoted`). */
const quotedInFull = (texts: string[]) => texts.map((t) => `“${t.trim()}”`).join(', ');

function newActionsCheck(record: FamilyRecord, meeting: Meeting): ClosingCheck {
  const label = 'Every new action has a named person and a date';
  const fresh = record.actions.filter((a) => a.createdInMeetingId === meeting.id);
  if (fresh.length === 0) {
    if (meeting.kind === 'first') return miss('actions-named-and-dated', label, 'No actions have been agreed yet. Agree at least one: who will do what, by when.', 'No actions were agreed.');
    return check('actions-named-and-dated', label, true, 'No new actions were agreed at this meeting.', meeting.kind !== 'closing');
  }
  const lacking = fresh
    .map((a) => ({ a, missing: [!a.ownerId && !a.ownerName ? 'a person' : '', !a.dueDate ? 'a date' : ''].filter(Boolean) }))
    .filter((x) => x.missing.length > 0);
  const gaps = lacking.map(({ a, missing }) => `“${fit(a.text, 60)}” needs ${missing.join(' and ')}`);
  if (gaps.length === 0) {
    return check('actions-named-and-dated', label, true, fresh.length === 1 ? 'The new action has a person and a date.' : `All ${fresh.length} new actions have a person and a date.`);
  }
  const facts = lacking.map(({ a, missing }) => `“${a.text.trim()}” had no ${missing.map((m) => m.replace(/^a /, '')).join(' and no ')}`);
  return miss('actions-named-and-dated', label, `${gaps.join('; ')}.`, `${facts.join('; ')}.`);
}

function nextMeetingCheck(meeting: Meeting, today: IsoDate): ClosingCheck {
  const label = 'The next meeting’s date, time and place are set';
  if (meeting.kind === 'closing') return check('next-meeting-set', label, true, 'Not needed: this is the closing meeting.', false);
  const next = meeting.nextMeeting;
  if (!next) return miss('next-meeting-set', label, 'Set the date, time and place of the next meeting before everyone leaves.', 'The date of the next meeting was not set.');
  const problems: string[] = [];
  const was: string[] = [];
  if (next.date <= meeting.date || next.date < today) {
    problems.push('the date is not after this meeting');
    was.push('its date was not after this meeting');
  }
  if (!next.venue) {
    problems.push('the place is missing');
    was.push('no place was given');
  }
  if (problems.length) return miss('next-meeting-set', label, `The next meeting is set, but ${problems.join(' and ')}.`, `The next meeting was set, but ${was.join(' and ')}.`);
  return check('next-meeting-set', label, true, `${formatDateWithDay(next.date)} at ${formatTime(next.startTime)}, ${next.venue}.`);
}

function familyViewCheck(record: FamilyRecord, meeting: Meeting, draft: ClosingDraft): ClosingCheck {
  const label = 'The family’s view is written down';
  const family = new Set([...record.members.map((m) => m.id), ...record.children.map((c) => c.id)]);
  const fromFamily = (id: string | undefined) => !!id && family.has(id);
  const recorded =
    meeting.notes.some(
      (n) =>
        n.ownWords ||
        (n.kind === 'view' && fromFamily(n.speakerId)) ||
        (n.kind === 'differing-views' && n.views.some((v) => fromFamily(v.personId))),
    ) || meeting.attendance.some((a) => fromFamily(a.personId) && a.status === 'written-update' && !!a.writtenUpdate);
  if (recorded) return check('family-view', label, true, 'The family’s view is in the minutes.');
  const reason = draft.familyViewMissingReason ?? meeting.closing?.familyViewMissingReason ?? '';
  if (reason) return check('family-view', label, true, `Not recorded, because: ${reason}`);
  return miss('family-view', label, 'Write down what the family said, in their own words, or say why their view is not recorded.', 'The family’s view was not written down, and no reason was given.');
}

function childViewsCheck(record: FamilyRecord, meeting: Meeting): ClosingCheck {
  const label = 'How each child’s views were heard is recorded';
  const children = record.children.filter((c) => meeting.childIds.includes(c.id) && !c.unborn);
  if (children.length === 0) return check('child-views', label, true, 'Not needed: the meeting is about an unborn baby.', false);
  const missing = children.filter((c) => {
    const p = meeting.childParticipation.find((x) => x.childId === c.id);
    return !p || (p.how === 'not-involved' && !p.reason);
  });
  if (missing.length === 0) return check('child-views', label, true, 'Recorded for every child.');
  const names = joinNames(missing.map((c) => childDisplayName(c)));
  return miss('child-views', label, `Say how ${names} took part, or why they did not.`, `It was not recorded how ${names} took part, or why they did not.`);
}

function everyoneAskedCheck(record: FamilyRecord, meeting: Meeting): ClosingCheck {
  const label = 'Everyone here was asked for their view';
  const here = meeting.attendance.filter((a) => HERE_STATUSES.includes(a.status) || a.status === 'sent-someone-else');
  if (here.length === 0) return miss('everyone-asked', label, 'No one is recorded as being here yet. Record who came.', 'No one was recorded as being here.');
  const notAsked = here.filter((a) => !a.askedForView);
  if (notAsked.length === 0) return check('everyone-asked', label, true, `All ${here.length} people here were asked.`);
  const names = notAsked.map((a) => (a.status === 'sent-someone-else' && a.substituteName ? a.substituteName : personName(record, a.personId)));
  return miss('everyone-asked', label, `Not asked yet: ${joinNames(names)}.`, `Not asked for their view: ${joinNames(names)}.`);
}

/** A status chosen (written update, someone sent instead, not invited) is kept at once; what it asks for can follow. */
function attendanceDetailsCheck(record: FamilyRecord, meeting: Meeting): ClosingCheck {
  const label = 'What each person’s attendance asks for is filled in';
  const gaps = attendanceGaps(meeting.attendance);
  const unrecorded = meeting.attendance.length > 0 ? notRecordedIds(record, meeting) : [];
  if (gaps.length === 0 && unrecorded.length === 0) return check('attendance-details', label, true, 'Nothing is missing.', meeting.attendance.length > 0);
  const lines = [
    ...gaps.map((g) => `for ${personName(record, g.entry.personId)}, ${g.missing}`),
    ...(unrecorded.length ? [`attendance not recorded for ${joinNames(unrecorded.map((id) => personName(record, id)))}`] : []),
  ];
  return miss('attendance-details', label, `Still to add: ${lines.join('; ')}.`, `Not recorded: ${lines.join('; ')}.`);
}

/** A note marked for professionals only is kept (and kept from the family) before its reason is written. */
function privateReasonsCheck(meeting: Meeting): ClosingCheck {
  const label = 'Every note for professionals only says why';
  const marked = meeting.notes.filter((n) => n.professionalsOnly);
  const missing = marked.filter((n) => !n.professionalsOnlyReason.trim());
  if (missing.length === 0) return check('private-reasons', label, true, 'Each one gives a reason.', marked.length > 0);
  const what = missing.map((n) => (n.text.trim() ? `“${fit(n.text, 60)}”` : 'a note with no words yet'));
  const full = missing.map((n) => (n.text.trim() ? `“${n.text.trim()}”` : 'a note with no words'));
  return miss(
    'private-reasons',
    label,
    `Say why ${missing.length === 1 ? 'this note is' : 'these notes are'} for professionals only: ${what.join(', ')}.`,
    `No reason was given for keeping ${missing.length === 1 ? 'this note' : 'these notes'} for professionals only: ${full.join(', ')}.`,
  );
}

/** The notes whose words suggest harm with neither a concern recorded for them nor a reason why not. */
export function harmNotesWithoutConcern(meeting: Meeting): Meeting['notes'] {
  const raised = new Set((meeting.concerns ?? []).map((c) => c.noteId).filter(Boolean));
  const explained = new Set((meeting.noConcernReasons ?? []).filter((r) => r.reason.trim()).map((r) => r.noteId));
  return meeting.notes.filter((n) => n.harmFlagged && !raised.has(n.id) && !explained.has(n.id));
}

/** A note whose words suggest harm: a concern raised is recorded for it, or the chair says why not. */
function harmConcernsCheck(meeting: Meeting): ClosingCheck {
  const label = 'Each note that may suggest harm has a concern recorded, or says why not';
  const flagged = meeting.notes.filter((n) => n.harmFlagged);
  const missing = harmNotesWithoutConcern(meeting);
  if (missing.length === 0) return check('harm-concerns', label, true, 'Each one has a concern recorded or a reason.', flagged.length > 0);
  const what = missing.map((n) => (n.text.trim() ? `“${fit(n.text, 60)}”` : 'a note with no words yet'));
  const full = missing.map((n) => (n.text.trim() ? `“${n.text.trim()}”` : 'a note with no words'));
  return miss(
    'harm-concerns',
    label,
    `${missing.length === 1 ? 'A note may' : 'Some notes may'} suggest harm (${what.join(', ')}): record that a concern was raised, or say why not.`,
    `${missing.length === 1 ? 'A note that may suggest harm has' : 'Notes that may suggest harm have'} no concern recorded and no reason why not: ${full.join(', ')}.`,
  );
}

/** "Not done" is kept as soon as it is chosen; why can follow. */
function reviewReasonsCheck(record: FamilyRecord, meeting: Meeting): ClosingCheck {
  const label = 'Each action not done says why';
  const notDone = meeting.actionReviews.filter((r) => r.result === 'not-done');
  const missing = notDone.filter((r) => !r.reason.trim());
  if (missing.length === 0) return check('review-reasons', label, true, 'Each one gives a reason.', notDone.length > 0);
  const texts = missing.map((r) => record.actions.find((a) => a.id === r.actionId)?.text ?? 'an action no longer in the plan');
  return miss(
    'review-reasons',
    label,
    `Say why ${missing.length === 1 ? 'this was' : 'these were'} not done: ${quoted(texts)}.`,
    `No reason was given why ${missing.length === 1 ? 'this was' : 'these were'} not done: ${quotedInFull(texts)}.`,
  );
}

/** A result kept open on an action whose date has passed is kept before the new date is agreed; the date can follow. */
function reviewDatesCheck(record: FamilyRecord, meeting: Meeting): ClosingCheck {
  const label = 'Each action kept open has a new date';
  const stale = meeting.actionReviews.filter((r) => {
    const action = record.actions.find((a) => a.id === r.actionId);
    return !!action && needsNewDate(action, r.result, meeting.date, r.previousDueDate);
  });
  const missing = stale.filter((r) => !r.newDueDate);
  if (missing.length === 0) return check('review-dates', label, true, 'Each one has a new date.', stale.length > 0);
  const texts = missing.map((r) => record.actions.find((a) => a.id === r.actionId)!.text);
  return miss(
    'review-dates',
    label,
    `Say by when for ${quoted(texts)}: ${missing.length === 1 ? 'its date has' : 'their dates have'} passed.`,
    `No new date was agreed for ${missing.length === 1 ? 'an action' : 'actions'} kept open whose date had passed: ${quotedInFull(texts)}.`,
  );
}

function deliveryCheck(record: FamilyRecord, meeting: Meeting, draft: ClosingDraft, local: LocalWords): ClosingCheck {
  const label = `We know how the family will get the ${meeting.kind === 'closing' ? 'closing summary' : local.planName}`;
  const how = draft.familyPlanDelivery ?? meeting.closing?.familyPlanDelivery;
  if (how) return check('family-plan-delivery', label, true, `${DELIVERY_WORDS[how]}.`);
  const family = new Set(record.members.map((m) => m.id));
  const sent = meeting.circulation.find((c) => family.has(c.personId) && (c.version === 'family-plan' || c.version === 'closing-summary'));
  if (sent) return check('family-plan-delivery', label, true, `Sent to ${personName(record, sent.personId)}.`);
  return miss(
    'family-plan-delivery',
    label,
    `Agree how the family will get it (email, post, by hand or at the meeting). Aim to send it within ${local.familyPlanWithinWorkingDays} working days.`,
    `How the family will get the ${meeting.kind === 'closing' ? 'closing summary' : local.planName} was not agreed.`,
  );
}

function absentViewsCheck(record: FamilyRecord, meeting: Meeting, draft: ClosingDraft): ClosingCheck {
  const label = 'The family’s views were brought in, though no one from the family is here';
  if (familyPresent(record, meeting)) return check('family-absent-views', label, true, 'Not needed: the family is here.', false);
  const how = draft.familyAbsentViews ?? meeting.closing?.familyAbsentViews ?? '';
  if (how) return check('family-absent-views', label, true, how);
  return miss(
    'family-absent-views',
    label,
    'No one from the family is here. Say how their views were brought in, and who will talk the plan through with them.',
    'No one from the family was there, and it was not recorded how their views were brought in.',
  );
}

const quoted = (texts: string[]) => texts.map((t) => `“${fit(t, 60)}”`).join(', ');

/** " The action whose date has passed is now due by 9 April 2027, …" when the next meeting's date is set. */
export function carriedDateWords(actions: readonly Pick<Action, 'dueDate'>[], meeting: Pick<Meeting, 'date' | 'nextMeeting'>): string {
  const dated = actions.map((a) => carriedForwardDate(a, meeting)).filter(Boolean);
  if (dated.length === 0) return '';
  const when = formatDate(dated[0]!);
  return dated.length === 1
    ? ` The action whose date has passed is now due by ${when}, the date of the next meeting.`
    : ` The ${dated.length} actions whose dates have passed are now due by ${when}, the date of the next meeting.`;
}

/** Actions open at the start not reviewed, and outcomes not rated: each named, then carried forward or a reason. */
function skippedCheck(record: FamilyRecord, meeting: Meeting, draft: ClosingDraft): ClosingCheck {
  const label = 'Every action from last time was reviewed and every outcome rated';
  const { actions, outcomes } = skippedItems(record, meeting);
  if (actions.length === 0 && outcomes.length === 0) {
    // Only a meeting with actions to review or outcomes to rate on its agenda could skip any.
    return check('skipped', label, true, 'Nothing was skipped.', meeting.agenda.some((i) => i.key === ACTION_REVIEW_KEY || i.key === OUTCOME_REVIEW_KEY));
  }
  const lists = [
    actions.length ? `${actions.length === 1 ? 'Action' : 'Actions'} not reviewed: ${quoted(actions.map((a) => a.text))}.` : '',
    outcomes.length ? `${outcomes.length === 1 ? 'Outcome' : 'Outcomes'} not rated: ${quoted(outcomes.map((o) => o.text))}.` : '',
  ].filter(Boolean).join(' ');
  const listsInFull = [
    actions.length ? `${actions.length === 1 ? 'Action' : 'Actions'} not reviewed: ${quotedInFull(actions.map((a) => a.text))}.` : '',
    outcomes.length ? `${outcomes.length === 1 ? 'Outcome' : 'Outcomes'} not rated: ${quotedInFull(outcomes.map((o) => o.text))}.` : '',
  ].filter(Boolean).join(' ');
  const choice = draft.skipped ?? meeting.closing?.skipped;
  const reason = draft.skippedReason ?? meeting.closing?.skippedReason ?? '';
  if (choice === 'carry-forward') return check('skipped', label, true, `${lists} All carried forward to the next meeting.${carriedDateWords(actions, meeting)}`);
  if (choice === 'reason' && reason) return check('skipped', label, true, `${lists} Finishing without them, because: ${reason}`);
  return miss(
    'skipped',
    label,
    `${lists} Carry them all forward to the next meeting, or say why you are finishing without them.`,
    `${listsInFull} They were not carried forward, and no reason was given for finishing without them.`,
  );
}

/**
 * The closing checks for a meeting, in the order the chair meets them. The chair can finish with
 * unmet checks only by giving a reason; the service enforces that with `unmetChecks`.
 */
export function closingCheck(
  record: FamilyRecord,
  meeting: Meeting,
  options: { today: IsoDate; closing?: ClosingDraft; local?: LocalWords },
): ClosingCheck[] {
  const draft = options.closing ?? {};
  const local = options.local ?? BUILT_IN_LOCAL;
  return [
    skippedCheck(record, meeting, draft),
    reviewReasonsCheck(record, meeting),
    reviewDatesCheck(record, meeting),
    newActionsCheck(record, meeting),
    nextMeetingCheck(meeting, options.today),
    familyViewCheck(record, meeting, draft),
    absentViewsCheck(record, meeting, draft),
    childViewsCheck(record, meeting),
    everyoneAskedCheck(record, meeting),
    attendanceDetailsCheck(record, meeting),
    privateReasonsCheck(meeting),
    harmConcernsCheck(meeting),
    deliveryCheck(record, meeting, draft, local),
  ];
}

/**
 * The unmet checks as plain facts, to keep in `closing.unmetChecks` when the chair finishes anyway.
 * They go into the record as they are: no instructions to the chair, and nothing cut short.
 */
export function unmetChecks(checks: readonly ClosingCheck[]): string[] {
  return checks.filter((c) => !c.met).map((c) => c.fact || c.detail);
}
