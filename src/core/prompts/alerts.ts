// The chair's private alerts for a meeting as it stands: family not here, repeated non-attendance,
// a plan past the local limit, owners not here, actions carried over, done but no better, fewer came.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import { OPEN_STATUSES } from '../actions/schema';
import { personName } from '../families/people';
import { actionIsFor, actionsToReview, previousMeeting } from '../agenda/carry-over';
import { fit } from '../agenda/build';
import { attendanceCounts, familyPresent, ownerNotHere } from '../attendance/presence';
import { nonAttendanceFlags, type FollowUpAction } from '../attendance/flags';
import { doneButNotBetter } from '../outcomes/ratings';
import { BUILT_IN_LOCAL, type LocalWords } from './local';
import { BUILT_IN_PROMPTS } from './built-in';
import type { Prompts, SituationKey } from './schema';
import { promptContext } from './context';
import { situationPrompt } from './prompts';

export interface ChairAlert {
  key: SituationKey;
  /** For the chair only. */
  text: string;
  /** Words the chair may say aloud, when the template gives some. */
  say?: string;
  followUp?: FollowUpAction;
  actionId?: string;
  outcomeId?: string;
  personIds?: string[];
}

/** Open actions in this meeting's plan, including ones agreed at this meeting. */
export function openActionCount(record: Pick<FamilyRecord, 'actions'>, meeting: Pick<Meeting, 'childIds'>): number {
  return record.actions.filter((a) => OPEN_STATUSES.includes(a.status) && actionIsFor(a, meeting)).length;
}

export function chairAlerts(
  record: FamilyRecord,
  meeting: Meeting,
  options: { local?: LocalWords; prompts?: Prompts } = {},
): ChairAlert[] {
  const local = options.local ?? BUILT_IN_LOCAL;
  const prompts = options.prompts ?? BUILT_IN_PROMPTS;
  const ctx = promptContext(record, meeting, local);
  const alerts: ChairAlert[] = [];
  const recorded = meeting.attendance.length > 0;

  const familyInvites = meeting.invitations.filter((i) => record.members.some((m) => m.id === i.personId));
  const familyCannotCome = familyInvites.length > 0 && familyInvites.every((i) => i.reply === 'cannot-come');
  if (record.members.length > 0 && ((recorded && !familyPresent(record, meeting)) || (!recorded && familyCannotCome))) {
    const s = situationPrompt('family-absent', ctx, prompts);
    alerts.push({ key: 'family-absent', text: s.chair, ...(s.say ? { say: s.say } : {}) });
  }

  for (const flag of nonAttendanceFlags(record, { before: meeting }, { local, prompts })) {
    const key: SituationKey =
      flag.kind === 'family-not-coming' ? 'family-not-coming' : flag.kind === 'missed' ? 'repeated-non-attendance' : 'written-updates-only';
    alerts.push({ key, text: flag.prompt, personIds: flag.personIds, ...(flag.followUp ? { followUp: flag.followUp } : {}) });
  }

  const open = openActionCount(record, meeting);
  if (open > local.maxActionsBeforePrompt) {
    const s = situationPrompt('too-many-actions', { ...ctx, count: open, maxActions: local.maxActionsBeforePrompt }, prompts);
    alerts.push({ key: 'too-many-actions', text: s.chair });
  }

  const toReview = actionsToReview(record, meeting, { carriedOverFlagAt: local.carriedOverFlagAt });
  const fresh = record.actions.filter((a) => a.createdInMeetingId === meeting.id);
  if (recorded) {
    for (const action of [...toReview.map((r) => r.action), ...fresh]) {
      if (!OPEN_STATUSES.includes(action.status)) continue;
      const absent = ownerNotHere(action, meeting);
      if (!absent) continue;
      const owner = personName(record, absent.ownerId, action.ownerName || 'the owner');
      const s = situationPrompt('owner-not-here', { ...ctx, owner, action: fit(action.text, 120) }, prompts);
      alerts.push({
        key: 'owner-not-here',
        text: s.chair,
        actionId: action.id,
        personIds: [absent.ownerId],
        ...(s.followUp ? { followUp: { text: s.followUp, ownerId: meeting.chairId, agency: '', childIds: action.childIds } } : {}),
      });
    }
  }
  for (const r of toReview.filter((x) => x.flagged)) {
    const s = situationPrompt('carried-over', { ...ctx, count: r.carriedOver, action: fit(r.action.text, 120) }, prompts);
    alerts.push({ key: 'carried-over', text: s.chair, actionId: r.action.id });
  }

  for (const outcomeId of doneButNotBetter(record.actions, meeting.outcomeRatings)) {
    const outcome = record.episodes.flatMap((e) => e.outcomes).find((o) => o.id === outcomeId);
    const s = situationPrompt('done-not-better', { ...ctx, outcome: fit(outcome?.text ?? 'this outcome', 120) }, prompts);
    alerts.push({ key: 'done-not-better', text: s.chair, outcomeId });
  }

  const previous = previousMeeting(record, meeting);
  if (recorded && previous) {
    const now = attendanceCounts(record, meeting).professionalsThere;
    const before = attendanceCounts(record, previous).professionalsThere;
    if (now < before) {
      const s = situationPrompt('fewer-came', { ...ctx, count: now, previous: before }, prompts);
      alerts.push({ key: 'fewer-came', text: s.chair, ...(s.say ? { say: s.say } : {}) });
    }
  }
  return alerts;
}
