// Visible flags for repeated non-attendance: an agency, a professional or the family missing N
// meetings in a row (N from local.json), with a plain chair prompt and a follow-up action ready to add.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import { formatDate } from '../shared/dates';
import { leadProfessionalOn } from '../episodes/schema';
import { BUILT_IN_LOCAL, joinNames, type LocalWords, type PlaceholderContext } from '../prompts/local';
import { BUILT_IN_PROMPTS } from '../prompts/built-in';
import type { Prompts } from '../prompts/schema';
import { situationPrompt } from '../prompts/prompts';
import { promptContext } from '../prompts/context';
import { STATUS_WORDS } from './presence';
import { attendanceHistory, type AttendanceMark, type AttendanceScope, type GroupAttendance, type PersonAttendance } from './patterns';
import { roleInSentence } from '../shared/text';

export type FlagKind = 'missed' | 'written-updates-only' | 'family-not-coming';

/** The data to add a follow-up action in one step. */
export interface FollowUpAction {
  text: string;
  /** Suggested owner: the lead professional for these children. */
  ownerId?: string;
  agency: string;
  childIds: string[];
}

export interface NonAttendanceFlag {
  kind: FlagKind;
  subject: 'agency' | 'person' | 'family';
  /** Who, as shown: "Northshire Homes", "Rhys Evans (health visitor, Northshire Community Health)". */
  label: string;
  agency: string;
  personIds: string[];
  /** Meetings in a row not attended (the run that raised the flag). */
  count: number;
  /** Of those, how many invitations got no reply. */
  noReplyInARow: number;
  /** The meetings in the run, oldest first. */
  run: AttendanceMark[];
  /** The chair's prompt, in plain words. */
  prompt: string;
  followUp?: FollowUpAction;
}

export interface FlagOptions {
  local?: LocalWords;
  prompts?: Prompts;
}

function describeRun(run: readonly AttendanceMark[]): string {
  return joinNames(run.map((m) => `${STATUS_WORDS[m.status]} on ${formatDate(m.date)}`));
}

function scopeChildIds(record: Pick<FamilyRecord, 'meetings' | 'episodes'>, scope: AttendanceScope, meetings: readonly Meeting[]): string[] {
  const episode = scope.episodeId ? record.episodes.find((e) => e.id === scope.episodeId) : undefined;
  if (episode) return [episode.childId];
  if (scope.childIds) return scope.childIds;
  const before = typeof scope.before === 'string' ? record.meetings.find((m) => m.id === scope.before) : scope.before;
  if (before) return before.childIds;
  return [...new Set(meetings.flatMap((m) => m.childIds))];
}

/** The lead professional for these children on a date: the suggested owner of a follow-up. */
function leadFor(record: Pick<FamilyRecord, 'episodes'>, childIds: readonly string[], on: string): string | undefined {
  for (const e of record.episodes) {
    if (!childIds.includes(e.childId) || e.openedOn > on || (e.closedOn && e.closedOn < on)) continue;
    const id = leadProfessionalOn(e, on)?.teamMemberId;
    if (id) return id;
  }
  return undefined;
}

function lastRun(marks: readonly AttendanceMark[], length: number): AttendanceMark[] {
  return marks.filter((m) => m.category !== 'not-invited').slice(-length);
}

/**
 * Flags for everyone who has not come to N or more meetings in a row. Apologies and did-not-attend
 * are misses. A written update is a contribution but not attendance: a run that includes one is
 * reported distinctly (`written-updates-only`). Sending someone else counts as the service being
 * there. An agency's flag covers its people; a person is flagged on their own when their service
 * came, or when they have missed more meetings in a row than their service has.
 */
export function nonAttendanceFlags(
  record: Pick<FamilyRecord, 'meetings' | 'episodes' | 'team' | 'members' | 'children'>,
  scope: AttendanceScope = {},
  options: FlagOptions = {},
): NonAttendanceFlag[] {
  const local = options.local ?? BUILT_IN_LOCAL;
  const prompts = options.prompts ?? BUILT_IN_PROMPTS;
  const n = local.nonAttendanceInARow;
  const history = attendanceHistory(record, scope);
  if (history.meetings.length === 0) return [];
  const latest = history.meetings[history.meetings.length - 1];
  const childIds = scopeChildIds(record, scope, history.meetings);
  const ownerId = leadFor(record, childIds, latest.date);
  const base: PlaceholderContext = promptContext(record, { childIds, date: latest.date }, local);
  const activeTeam = new Set(record.team.filter((t) => t.active).map((t) => t.id));
  const flags: NonAttendanceFlag[] = [];

  const flagFor = (
    who: PersonAttendance | GroupAttendance,
    subject: 'agency' | 'person',
    label: string,
    agency: string,
    personIds: string[],
  ): NonAttendanceFlag | undefined => {
    const missed = who.missedInARow >= n;
    const updatesOnly = !missed && who.notAttendedInARow >= n;
    if (!missed && !updatesOnly) return undefined;
    const count = missed ? who.missedInARow : who.notAttendedInARow;
    const run = lastRun(who.marks, count);
    const ctx: PlaceholderContext = { ...base, name: label, agency, count, missed: describeRun(run) };
    const main = situationPrompt(missed ? 'repeated-non-attendance' : 'written-updates-only', ctx, prompts);
    const noReply = missed && who.noReplyInARow >= n ? situationPrompt('no-reply', { ...ctx, count: who.noReplyInARow }, prompts) : undefined;
    const followText = noReply?.followUp ?? main.followUp;
    return {
      kind: missed ? 'missed' : 'written-updates-only',
      subject,
      label,
      agency,
      personIds,
      count,
      noReplyInARow: who.noReplyInARow,
      run,
      prompt: noReply ? `${main.chair} ${noReply.chair}` : main.chair,
      ...(followText ? { followUp: { text: followText, ...(ownerId ? { ownerId } : {}), agency, childIds } } : {}),
    };
  };

  const flaggedAgencies = new Map<string, NonAttendanceFlag>();
  for (const a of history.agencies) {
    const active = a.personIds.filter((id) => activeTeam.has(id));
    if (active.length === 0) continue;
    const flag = flagFor(a, 'agency', a.name, a.name, active);
    if (flag) {
      flags.push(flag);
      for (const id of active) flaggedAgencies.set(id, flag);
    }
  }
  for (const p of history.people) {
    if (p.kind !== 'team' || !p.active) continue;
    const label = `${p.name} (${roleInSentence(p.role)}, ${p.agency})`;
    const flag = flagFor(p, 'person', label, p.agency, [p.personId]);
    const agencyFlag = flaggedAgencies.get(p.personId);
    if (flag && (agencyFlag?.kind !== flag.kind || flag.count > agencyFlag.count)) flags.push(flag);
  }
  const fam = history.family;
  if (fam.notAttendedInARow >= n) {
    const run = lastRun(fam.marks, fam.notAttendedInARow);
    const s = situationPrompt('family-not-coming', { ...base, count: fam.notAttendedInARow }, prompts);
    flags.push({
      kind: 'family-not-coming',
      subject: 'family',
      label: joinNames(record.members.map((m) => m.name), 'The family'),
      agency: '',
      personIds: fam.personIds,
      count: fam.notAttendedInARow,
      noReplyInARow: fam.noReplyInARow,
      run,
      prompt: s.chair,
      ...(s.followUp ? { followUp: { text: s.followUp, ...(ownerId ? { ownerId } : {}), agency: '', childIds } } : {}),
    });
  }
  return flags;
}
