// What the family sees on a shared screen during the meeting: large plain words — who is here,
// what we are talking about now, the plan so far, their key person and the next meeting.
// Built only from what may be shown to the family: nothing marked for professionals only.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from './schema';
import { OPEN_STATUSES } from '../actions/schema';
import { personName } from '../families/people';
import { actionIsFor } from '../agenda/carry-over';
import { HERE_STATUSES } from '../attendance/presence';
import { currentLeadProfessional, isOpen } from '../episodes/schema';
import { formatDate, formatDateWithDay, formatTime } from '../shared/dates';
import { plainVersion, type CompiledGlossary } from '../plain-language';
import { BUILT_IN_LOCAL, fillPlaceholders, type LocalWords } from '../prompts/local';
import { childDisplayName } from '../families/schema';

export interface FamilyView {
  title: string;
  itemNow: string;
  here: string[];
  couldNotCome: string[];
  plan: { who: string; what: string; when: string }[];
  nextMeeting: string;
  keyPerson: string;
  teamName: string;
  planName: string;
}

const ITEM_WORDS: Record<string, string> = {
  'action-review': 'Looking at what we said we would do last time',
  'outcome-review': 'Is this better for you?',
};

export function familyView(record: FamilyRecord, meeting: Meeting, options: { glossary: CompiledGlossary; local?: LocalWords }): FamilyView {
  const local = options.local ?? BUILT_IN_LOCAL;
  const plain = (text: string) => plainVersion(text, options.glossary);
  const children = meeting.childIds.map((id) => record.children.find((c) => c.id === id)).filter((c) => !!c).map((c) => childDisplayName(c!));
  const item = meeting.agenda.find((i) => i.id === meeting.currentItemId);
  const itemNow = item
    ? ITEM_WORDS[item.key] ?? plain(fillPlaceholders(item.title, { childNames: children.join(' and '), planName: local.planName, teamName: local.teamName }))
    : meeting.status === 'finished' ? 'The meeting has finished' : 'We are about to start';
  const here = meeting.attendance.filter((a) => HERE_STATUSES.includes(a.status)).map((a) => describe(record, a.personId));
  const couldNotCome = meeting.attendance
    .filter((a) => ['apologies', 'written-update', 'did-not-attend', 'sent-someone-else'].includes(a.status))
    .map((a) => {
      const who = describe(record, a.personId);
      if (a.status === 'written-update') return `${who} (sent an update)`;
      if (a.status === 'sent-someone-else') return `${who} (${a.substituteName || 'someone else'} came instead)`;
      return who;
    });
  const plan = record.actions
    .filter((a) => OPEN_STATUSES.includes(a.status) && actionIsFor(a, meeting))
    .map((a) => ({
      who: a.ownerId ? personName(record, a.ownerId, a.ownerName || 'Someone to be agreed') : a.ownerName || 'Someone to be agreed',
      what: plain(a.text),
      when: whenWords(a.dueDate, meeting.actionReviews.find((r) => r.actionId === a.id), meeting.date),
    }));
  const lead = record.episodes
    .filter((e) => isOpen(e) && meeting.childIds.includes(e.childId))
    .map((e) => currentLeadProfessional(e)?.teamMemberId)
    .find(Boolean);
  const leadPerson = record.team.find((t) => t.id === lead);
  const next = meeting.nextMeeting;
  return {
    title: `${local.teamName} meeting for ${children.join(' and ')}`,
    itemNow,
    here,
    couldNotCome,
    plan,
    nextMeeting: next ? `${formatDateWithDay(next.date)} at ${formatTime(next.startTime)}${next.venue ? `, ${next.venue}` : ''}` : 'To be agreed before we finish',
    keyPerson: leadPerson ? `${leadPerson.name}${leadPerson.phone ? `, ${leadPerson.phone}` : ''}` : 'To be agreed',
    teamName: local.teamName,
    planName: local.planName,
  };
}

/**
 * "by 4 June 2026"; a date already passed at this meeting is never shown as the plan: "was due
 * 27 November 2026, now by 8 January 2027" once a new date is agreed, else "was due …, no new date agreed yet".
 */
export function whenWords(dueDate: string | undefined, review: Meeting['actionReviews'][number] | undefined, meetingDate: string): string {
  if (!dueDate) return 'date to be agreed';
  const before = review?.newDueDate && review.previousDueDate && review.previousDueDate !== dueDate ? review.previousDueDate : undefined;
  if (before) return `was due ${formatDate(before)}, now by ${formatDate(dueDate)}`;
  if (dueDate < meetingDate) return `was due ${formatDate(dueDate)}, no new date agreed yet`;
  return `by ${formatDate(dueDate)}`;
}

function describe(record: FamilyRecord, personId: string): string {
  const t = record.team.find((p) => p.id === personId);
  if (t) return `${t.name} (${t.role})`;
  return personName(record, personId);
}
