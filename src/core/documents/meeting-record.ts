// The meeting record for professionals: meeting details, who came, last time's actions reviewed,
// the minutes in agenda order, the new action plan per child, outcome ratings against last time, next meeting.
import { ATTENDANCE_LABELS, CHILD_PARTICIPATION_LABELS, INVITE_REPLY_LABELS, type AttendanceStatus } from '../attendance/schema';
import type { Action } from '../actions/schema';
import { notRecordedIds } from '../attendance/presence';
import { FATE_LABELS, meetingActionAccount, planAfter, type MeetingActionAccount, type PlanItem } from '../actions/meeting-account';
import { dueCell, fateCells, waitingWords } from './action-dates';
import { currentConsent, excludedAgencies } from '../episodes/schema';
import { MEETING_KIND_LABELS, type Meeting } from '../meetings/schema';
import { CHANGE_LABELS } from '../outcomes/schema';
import { formatDate, formatDateWithDay, formatTime } from '../shared/dates';
import type { Block, Cell, DocumentContent } from './blocks';
import { midSentence } from '../shared/wording';
import {
  actionAgency, actionPurpose, childNames, contextOf, describe, episodesOn, findMeeting, leadProfessionalsOn, line,
  nameOf, outcomesById, ownerName, roleOf, text, type Context, type DocumentInput,
} from './context';
import { minutesBlocks } from './minutes-blocks';
import { meetingOutcomes } from '../outcomes/meeting-outcomes';
import { abbreviationBlocks, concernBlocks } from './record-extras';

const STATUS_ORDER: AttendanceStatus[] = ['in-person', 'remote', 'part', 'sent-someone-else', 'written-update', 'apologies', 'did-not-attend', 'not-invited'];

export function timeRange(start: string, end?: string): string {
  return end ? `${formatTime(start)} to ${formatTime(end)}` : formatTime(start);
}

function childLine(ctx: Context, id: string): string {
  const c = ctx.record.children.find((x) => x.id === id);
  if (!c) return nameOf(ctx, id);
  const born = c.unborn ? (c.expectedDate ? `expected ${formatDate(c.expectedDate)}` : 'expected') : c.dateOfBirth ? `born ${formatDate(c.dateOfBirth)}` : '';
  return [nameOf(ctx, id), born, line(c.schoolOrSetting)].filter(Boolean).join(', ');
}

function detailsBlocks(ctx: Context, meeting: Meeting): Block[] {
  const episodes = episodesOn(ctx, meeting.childIds, meeting.date);
  const leads = leadProfessionalsOn(ctx, episodes, meeting.date);
  const out: Block[] = [];
  if (meeting.status !== 'finished') {
    out.push({ kind: 'box', tone: 'warning', title: 'Draft', lines: [meeting.status === 'cancelled' ? `This meeting was cancelled. ${line(meeting.cancelledReason)}`.trim() : 'The meeting has not finished, so this record may change.'] });
  }
  out.push({ kind: 'heading', level: 1, text: 'About the meeting' });
  out.push({
    kind: 'facts',
    rows: [
      ['Meeting', MEETING_KIND_LABELS[meeting.kind]],
      ['Date', formatDateWithDay(meeting.date)],
      ['Time', timeRange(meeting.startTime, meeting.endTime)],
      ['Where', line(meeting.venue)],
      [meeting.childIds.length === 1 ? 'Child' : 'Children', meeting.childIds.map((id) => childLine(ctx, id)).join('\n')],
      ['Chair', describe(ctx, meeting.chairId)],
      ['Minutes taken by', describe(ctx, meeting.minuteTakerId)],
      [leads.length === 1 ? 'Lead professional' : 'Lead professionals', leads.map((id) => describe(ctx, id)).join('\n') || 'Not recorded'],
      ['Family reference', line(ctx.record.reference)],
      ['Record produced', formatDate(ctx.today)],
    ],
  });
  const excluded = excludedAgencies(episodes);
  const noConsent = episodes.filter((e) => !currentConsent(e));
  if (excluded.length > 0) {
    out.push({ kind: 'box', tone: 'warning', title: 'Do not send this record to', lines: [excluded.join(', '), 'The family did not agree to these services being sent information.'] });
  }
  if (noConsent.length > 0) {
    out.push({ kind: 'box', tone: 'warning', title: 'No consent in force', lines: [`There is no consent to share information for ${childNames(ctx, noConsent.map((e) => e.childId))}. Do not share this record until the family agrees.`] });
  }
  return out;
}

function attendanceBlocks(ctx: Context, meeting: Meeting): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Who came' }];
  const recorded = new Set(meeting.attendance.map((a) => a.personId));
  const rows: Cell[][] = [...meeting.attendance]
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
    .map((a) => {
      const note =
        a.status === 'sent-someone-else' ? `${line(a.substituteName) || 'Someone else'} came instead`
          : a.status === 'written-update' ? 'Their written update is below'
            : a.status === 'not-invited' ? line(a.notInvitedReason)
              : '';
      return [nameOf(ctx, a.personId), roleOf(ctx, a.personId), ATTENDANCE_LABELS[a.status], note];
    });
  for (const inv of meeting.invitations) {
    if (!recorded.has(inv.personId)) rows.push([nameOf(ctx, inv.personId), roleOf(ctx, inv.personId), 'Not recorded', `Invited on ${formatDate(inv.invitedOn)}; reply: ${INVITE_REPLY_LABELS[inv.reply].toLowerCase()}`]);
  }
  // Everyone else left as "not recorded yet": kept when the meeting finished, worked out while it runs.
  const invited = new Set(meeting.invitations.map((i) => i.personId));
  const unrecorded = meeting.closing ? meeting.closing.notRecordedIds ?? [] : meeting.attendance.length > 0 ? notRecordedIds(ctx.record, meeting) : [];
  for (const id of unrecorded) {
    if (!recorded.has(id) && !invited.has(id)) rows.push([nameOf(ctx, id), roleOf(ctx, id), 'Not recorded', '']);
  }
  if (rows.length === 0) out.push({ kind: 'paragraph', text: 'Attendance was not recorded.' });
  else out.push({ kind: 'table', columns: [{ title: 'Name', weight: 22 }, { title: 'Role and service', weight: 30 }, { title: 'How they took part', weight: 22 }, { title: 'Notes', weight: 26 }], rows });

  const updates = meeting.attendance.filter((a) => a.status === 'written-update' || text(a.writtenUpdate));
  if (updates.length > 0) {
    out.push({ kind: 'heading', level: 2, text: 'Written updates' });
    for (const a of updates) {
      out.push({ kind: 'paragraph', style: 'label', text: `From ${describe(ctx, a.personId)}` });
      out.push({ kind: 'paragraph', text: text(a.writtenUpdate) || 'The update was not summarised.' });
    }
  }
  if (meeting.childParticipation.length > 0) {
    out.push({ kind: 'heading', level: 2, text: 'How the children took part' });
    out.push({
      kind: 'bullets',
      items: meeting.childParticipation.map((p) => [
        { text: `${nameOf(ctx, p.childId)}: `, bold: true },
        [CHILD_PARTICIPATION_LABELS[p.how], line(p.viewsGivenTo) ? `Views given to ${midSentence(line(p.viewsGivenTo))}.` : '', line(p.reason)].filter(Boolean).join('. ').replace(/\.\./g, '.'),
      ]),
    });
  }
  const closing = meeting.closing;
  if (closing && (line(closing.familyAbsentViews) || line(closing.familyViewMissingReason))) {
    out.push({ kind: 'heading', level: 2, text: 'The family’s views' });
    if (line(closing.familyAbsentViews)) out.push({ kind: 'paragraph', text: `How the family’s views were heard: ${line(closing.familyAbsentViews)}` });
    if (line(closing.familyViewMissingReason)) out.push({ kind: 'paragraph', text: `Why the family’s view is missing: ${line(closing.familyViewMissingReason)}` });
  }
  return out;
}

function reviewBlocks(ctx: Context, meeting: Meeting, account: MeetingActionAccount): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Actions from last time' }];
  const rows = account.openAtStart.map((a): Cell[] => {
    const { what, detail } = fateCells(a);
    return [text(a.action.text), ownerName(ctx, a.action), what, detail.length > 0 ? { paragraphs: detail } : ''];
  });
  if (rows.length === 0) out.push({ kind: 'paragraph', text: 'No actions were open when this meeting started.' });
  else {
    const notLooked = account.openAtStart.filter((a) => a.fate === 'not-looked-at').length;
    out.push({ kind: 'paragraph', text: `${rows.length === 1 ? '1 action was' : `${rows.length} actions were`} open when this meeting started${notLooked > 0 ? `; ${notLooked} ${notLooked === 1 ? 'was' : 'were'} not looked at and stay in the plan` : ''}.` });
    out.push({ kind: 'table', columns: [{ title: 'What we said we would do', weight: 34 }, { title: 'Who', weight: 17 }, { title: 'What happened', weight: 17 }, { title: 'Why, and what next', weight: 32 }], rows });
  }
  return out;
}

/** Actions agreed at this meeting, plus everything still open from before it, in date order. */
export function newPlanActions(ctx: Context, meeting: Meeting, account?: MeetingActionAccount): PlanItem[] {
  return planAfter(ctx.record, meeting, account);
}

/** Group actions by whose plan they belong to: each child, children together, or the whole family. */
export function groupByPlan<T extends { action: Action }>(ctx: Context, items: T[], meetingChildIds: readonly string[]): { title: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const ids = item.action.childIds.filter((id) => ctx.people.has(id));
    const key = ids.length === 0 || (ids.length === meetingChildIds.length && meetingChildIds.length > 1) ? '' : [...ids].sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const order = (key: string) => (key === '' ? 1e9 : Math.min(...key.split(',').map((id) => Math.max(0, meetingChildIds.indexOf(id)))));
  return [...groups.entries()]
    .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))
    .map(([key, list]) => ({
      title: key === '' ? 'For the whole family' : `${childNames(ctx, key.split(','))}’s plan`,
      items: list,
    }));
}

function planBlocks(ctx: Context, meeting: Meeting, account: MeetingActionAccount): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Who will do what, by when' }];
  const outcomes = outcomesById(ctx);
  const items = newPlanActions(ctx, meeting, account);
  if (items.length === 0) {
    out.push({ kind: 'paragraph', text: 'No actions were agreed at this meeting and none are still open.' });
    return out;
  }
  for (const group of groupByPlan(ctx, items, meeting.childIds)) {
    out.push({ kind: 'heading', level: 2, text: group.title });
    out.push({
      kind: 'table',
      columns: [{ title: 'What', weight: 30 }, { title: 'Who', weight: 14 }, { title: 'Service', weight: 16 }, { title: 'By when', weight: 20 }, { title: 'Outcome it serves', weight: 20 }],
      rows: group.items.map((item) => {
        const { action, carried, fate, waiting } = item;
        const extra = [
          carried ? { text: `Still open from an earlier meeting: ${fate ? FATE_LABELS[fate].toLowerCase() : 'carried forward'}`, italic: true } : undefined,
          waiting ? { text: waitingWords(waiting), italic: true } : undefined,
          line(action.fundingNeeded) ? `Funding needed: ${line(action.fundingNeeded)}${line(action.fundingFoundBy) ? `; found by ${line(action.fundingFoundBy)}` : ''}` : undefined,
        ].filter((x) => x !== undefined);
        return [
          { paragraphs: [text(action.text), ...extra] },
          ownerName(ctx, action),
          actionAgency(ctx, action),
          dueCell(item),
          actionPurpose(ctx, action, outcomes) || '—',
        ];
      }),
    });
  }
  return out;
}

function score(n: number | undefined): string {
  return n === undefined ? 'not given' : `${n} out of 10`;
}

function ratingBlocks(ctx: Context, meeting: Meeting): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Outcomes and ratings' }];
  const list = meetingOutcomes(ctx.record, meeting);
  if (list.length === 0) {
    out.push({ kind: 'paragraph', text: 'No outcomes had been agreed for the children by this meeting.' });
    return out;
  }
  const notRated = list.filter((x) => !x.now).length;
  out.push({ kind: 'paragraph', style: 'small', text: `Scores are from 0 (very worried) to 10 (no worries). Last time’s score is in brackets.${notRated > 0 ? ` ${notRated === 1 ? '1 outcome was' : `${notRated} outcomes were`} not rated at this meeting.` : ''}` });
  out.push({
    kind: 'table',
    columns: [{ title: 'What will be different', weight: 28 }, { title: 'Family’s score', weight: 15 }, { title: 'Team’s score', weight: 15 }, { title: 'Change', weight: 12 }, { title: 'In the family’s words', weight: 30 }],
    rows: list.map(({ outcome, childId, now, before }): Cell[] => {
      const was = (n: number | undefined) => (before ? ` (last time ${n === undefined ? 'not given' : n})` : '');
      const cell = (n: number | undefined, last: number | undefined) => (now ? score(n) : 'Not rated at this meeting') + was(last);
      return [
        { paragraphs: [text(outcome.text), { text: `For ${nameOf(ctx, childId)}`, italic: true }] },
        cell(now?.familyScore, before?.rating.familyScore),
        cell(now?.teamScore, before?.rating.teamScore),
        !now ? '—' : !before ? 'First scores' : now.change ? CHANGE_LABELS[now.change] : 'Not said',
        now && text(now.familyWords) ? `“${text(now.familyWords)}”` : '',
      ];
    }),
  });
  return out;
}

export function nextMeetingBlocks(ctx: Context, meeting: Meeting): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Next meeting' }];
  const next = meeting.nextMeeting ?? ctx.record.meetings.find((m) => m.id === meeting.nextMeetingId);
  if (!next) {
    out.push({ kind: 'paragraph', text: 'The date of the next meeting has not been set yet.' });
    return out;
  }
  out.push({ kind: 'facts', rows: [['Date', formatDateWithDay(next.date)], ['Time', formatTime(next.startTime)], ['Where', line(next.venue) || 'To be confirmed']] });
  return out;
}

function closingBlocks(meeting: Meeting): Block[] {
  const c = meeting.closing;
  if (!c || (c.unmetChecks.length === 0 && !line(c.overrideReason))) return [];
  return [
    { kind: 'heading', level: 1, text: 'Checks not met when the meeting finished' },
    { kind: 'bullets', items: c.unmetChecks.map((x) => line(x)).filter(Boolean) },
    ...(line(c.overrideReason) ? [{ kind: 'paragraph', text: `The chair’s reason for finishing: ${line(c.overrideReason)}` } as Block] : []),
  ];
}

export function meetingRecordContent(input: DocumentInput): DocumentContent {
  const ctx = contextOf(input);
  const meeting = findMeeting(ctx, input.meetingId);
  const account = meetingActionAccount(ctx.record, meeting);
  const blocks: Block[] = [
    ...detailsBlocks(ctx, meeting),
    ...attendanceBlocks(ctx, meeting),
    ...reviewBlocks(ctx, meeting, account),
    ...minutesBlocks(ctx, meeting),
    ...concernBlocks(meeting),
    ...planBlocks(ctx, meeting, account),
    ...ratingBlocks(ctx, meeting),
    ...nextMeetingBlocks(ctx, meeting),
    ...closingBlocks(meeting),
  ];
  return {
    kind: 'meeting-record',
    audience: 'professionals',
    title: `${ctx.words.teamName} meeting record`,
    subtitle: [`${MEETING_KIND_LABELS[meeting.kind]}, ${formatDateWithDay(meeting.date)}`, `About ${childNames(ctx, meeting.childIds)}`],
    reference: line(ctx.record.reference),
    subject: `${MEETING_KIND_LABELS[meeting.kind]} held on ${formatDate(meeting.date)}`,
    blocks: [...blocks, ...abbreviationBlocks(input, ctx, blocks)],
  };
}
