// The closing or step-up summary: what the next service needs so the family never has to tell their
// story again — needs, what was done, outcomes then and now, open actions, the team, consent, the family's view.
import { CLOSURE_REASON_LABELS, type Episode } from '../episodes/schema';
import { OPEN_STATUSES, ACTION_STATUS_LABELS, type Action } from '../actions/schema';
import { formatDate, londonDate } from '../shared/dates';
import type { Block, DocumentContent } from './blocks';
import {
  DocumentError, actionAgency, childNames, contextOf, describe, meetingsInOrder, nameOf, ownerName, text, line, type Context, type DocumentInput,
} from './context';
import { heldMeetings } from '../meetings/schema';
import { attendanceSummary, consentBlocks, outcomeBlocks, teamBlocks } from './closing-parts';

export function closingTitle(episodes: readonly Episode[]): string {
  const reasons = new Set(episodes.map((e) => (e.closedOn ? e.closureReason : 'open')));
  if (reasons.size === 1) {
    const [r] = [...reasons];
    if (r === 'stepped-up') return 'Step-up summary';
    if (r === 'stepped-down') return 'Step-down summary';
    if (r === 'moved-away') return 'Handover summary';
    if (r === 'open') return 'Summary of support so far';
  }
  return 'Closing summary';
}

function relevantActions(ctx: Context, childIds: readonly string[], meetingIds: Set<string>): Action[] {
  return ctx.record.actions.filter((a) =>
    a.childIds.some((id) => childIds.includes(id)) || (a.childIds.length === 0 && (!a.createdInMeetingId || meetingIds.has(a.createdInMeetingId))));
}

function aboutBlocks(ctx: Context, episodes: readonly Episode[], meetings: number): Block[] {
  const children = childNames(ctx, episodes.map((e) => e.childId));
  const out: Block[] = [
    { kind: 'box', tone: 'info', lines: [`This summary brings together what is on the record, so that ${children} and their family do not have to tell their story again.`] },
    { kind: 'heading', level: 1, text: 'About this support' },
  ];
  for (const e of episodes) {
    if (episodes.length > 1) out.push({ kind: 'heading', level: 2, text: nameOf(ctx, e.childId) });
    const c = ctx.record.children.find((x) => x.id === e.childId);
    out.push({
      kind: 'facts',
      rows: [
        ['Child', [nameOf(ctx, e.childId), c?.dateOfBirth ? `born ${formatDate(c.dateOfBirth)}` : '', line(c?.schoolOrSetting)].filter(Boolean).join(', ')],
        ['Support started', `${formatDate(e.openedOn)}, by ${line(e.startedBy)}`],
        ['Support ended', e.closedOn ? formatDate(e.closedOn) : 'Still open'],
        ...(e.closureReason ? [['Why it ended', CLOSURE_REASON_LABELS[e.closureReason]] as [string, string]] : []),
        ['Lead professional', [...e.leadProfessionals].sort((a, b) => a.from.localeCompare(b.from)).map((p) => `${describe(ctx, p.teamMemberId)}, from ${formatDate(p.from)}${line(p.reason) ? ` (${line(p.reason)})` : ''}`).join('\n')],
      ],
    });
    if (text(e.closureNote)) out.push({ kind: 'paragraph', text: text(e.closureNote) });
  }
  out.push({ kind: 'facts', rows: [['Meetings held', String(meetings)], ['Family reference', line(ctx.record.reference)], ['Summary produced', formatDate(ctx.today)]] });
  return out;
}

function needsBlocks(ctx: Context, episodes: readonly Episode[]): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Why support started' }];
  for (const e of episodes) {
    if (episodes.length > 1) out.push({ kind: 'heading', level: 2, text: nameOf(ctx, e.childId) });
    out.push({ kind: 'paragraph', text: text(e.reason) || 'The reason was not written down.' });
  }
  return out;
}

function doneBlocks(ctx: Context, actions: Action[]): Block[] {
  const done = actions.filter((a) => a.status === 'done');
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'What was done' }];
  if (done.length === 0) out.push({ kind: 'paragraph', text: 'No actions were recorded as done.' });
  else out.push({
    kind: 'table',
    columns: [{ title: 'What', weight: 44 }, { title: 'Who', weight: 18 }, { title: 'Service', weight: 20 }, { title: 'Recorded as done', weight: 18 }],
    rows: done.map((a) => [text(a.text), ownerName(ctx, a), actionAgency(ctx, a) || '—', formatDate(londonDate(new Date(a.updatedAt)))]),
  });
  return out;
}

/** The phone number of whoever keeps an action, if on the record. */
function phoneOf(ctx: Context, a: Action): string[] {
  const p = a.ownerId ? ctx.people.get(a.ownerId) : undefined;
  return p?.phone ? [p.phone] : [];
}

function openBlocks(ctx: Context, actions: Action[]): Block[] {
  const open = actions.filter((a) => OPEN_STATUSES.includes(a.status));
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Actions still open and who keeps them' }];
  if (open.length === 0) out.push({ kind: 'paragraph', text: 'There are no open actions.' });
  else out.push({
    kind: 'table',
    columns: [{ title: 'What', weight: 40 }, { title: 'Who keeps it', weight: 26 }, { title: 'By when', weight: 17 }, { title: 'Where it stands', weight: 17 }],
    rows: open.map((a) => [
      text(a.text),
      { paragraphs: [ownerName(ctx, a), ...(actionAgency(ctx, a) ? [{ text: actionAgency(ctx, a), italic: true }] : []), ...phoneOf(ctx, a)] },
      a.dueDate ? formatDate(a.dueDate) : 'No date set',
      ACTION_STATUS_LABELS[a.status] + (a.status === 'waiting' && a.waitingSince ? ` since ${formatDate(a.waitingSince)}` : ''),
    ]),
  });
  if (open.length > 0) out.push({ kind: 'paragraph', style: 'small', text: 'Email addresses are in the list of the team and the family below.' });
  return out;
}

function familyViewBlocks(ctx: Context, meetings: ReturnType<typeof meetingsInOrder>): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'What the family says' }];
  let any = false;
  for (const m of [...meetings].reverse()) {
    const words = m.notes.filter((n) => n.ownWords && !n.professionalsOnly && text(n.text));
    if (words.length === 0) continue;
    any = true;
    out.push({ kind: 'heading', level: 2, text: `At the meeting on ${formatDate(m.date)}` });
    for (const n of words) out.push({ kind: 'quote', text: text(n.text), by: n.speakerId ? describe(ctx, n.speakerId) : undefined });
  }
  if (!any) out.push({ kind: 'paragraph', text: 'The family’s own words were not recorded at any meeting.' });
  return out;
}

export function closingSummaryContent(input: DocumentInput): DocumentContent {
  const ctx = contextOf(input);
  const ids = input.episodeIds ?? [];
  const episodes = ctx.record.episodes.filter((e) => ids.includes(e.id));
  if (episodes.length === 0) throw new DocumentError('Choose the support (episode) this summary is about.');
  const childIds = episodes.map((e) => e.childId);
  const from = episodes.map((e) => e.openedOn).sort()[0];
  const meetings = meetingsInOrder(ctx).filter((m) => m.childIds.some((id) => childIds.includes(id)) && m.date >= from);
  const actions = relevantActions(ctx, childIds, new Set(meetings.map((m) => m.id)));
  const title = closingTitle(episodes);
  const ended = episodes.every((e) => e.closedOn) ? episodes.map((e) => e.closedOn!).sort().pop() : undefined;
  return {
    kind: 'closing-summary',
    audience: 'professionals',
    title,
    subtitle: [`For ${childNames(ctx, childIds)}`, ended ? `Support from ${formatDate(from)} to ${formatDate(ended)}` : `Support since ${formatDate(from)}`],
    reference: line(ctx.record.reference),
    subject: `${title} produced on ${formatDate(ctx.today)}`,
    blocks: [
      ...aboutBlocks(ctx, episodes, heldMeetings(meetings).length),
      ...needsBlocks(ctx, episodes),
      ...doneBlocks(ctx, actions),
      ...outcomeBlocks(ctx, episodes, meetings),
      ...openBlocks(ctx, actions),
      ...teamBlocks(ctx),
      ...consentBlocks(ctx, episodes),
      ...familyViewBlocks(ctx, meetings),
      ...attendanceSummary(ctx, meetings),
    ],
  };
}
