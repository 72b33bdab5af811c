// Parts of the closing or step-up summary: outcomes then and now, the team and family with contacts,
// consent in force with its exclusions, and attendance across the episode's meetings.
import { PRESENT_STATUSES } from '../attendance/schema';
import { CONSENT_GIVER_LABELS, currentConsent, type Episode } from '../episodes/schema';
import { RELATIONSHIP_LABELS } from '../families/schema';
import { heldMeetings, type Meeting } from '../meetings/schema';
import { CHANGE_LABELS } from '../outcomes/schema';
import { formatDate } from '../shared/dates';
import type { Block, Cell } from './blocks';
import { line, nameOf, text, type Context } from './context';

function ratingText(r: { familyScore?: number; teamScore?: number } | undefined, date: string): string {
  if (!r) return 'Not rated';
  const parts = [r.familyScore !== undefined ? `Family ${r.familyScore}/10` : '', r.teamScore !== undefined ? `team ${r.teamScore}/10` : ''].filter(Boolean);
  return `${parts.join(', ') || 'No scores'} (${formatDate(date)})`;
}

export function outcomeBlocks(ctx: Context, episodes: readonly Episode[], meetings: readonly Meeting[]): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Outcomes: then and now' }];
  const rows: Cell[][] = [];
  for (const e of episodes) {
    for (const o of e.outcomes) {
      const rated = heldMeetings(meetings).flatMap((m) => m.outcomeRatings.filter((r) => r.outcomeId === o.id).map((r) => ({ r, date: m.date })));
      const first = rated[0];
      const last = rated.length > 1 ? rated[rated.length - 1] : undefined;
      rows.push([
        { paragraphs: [text(o.text), { text: `For ${nameOf(ctx, e.childId)}${o.active ? '' : ' (no longer worked on)'}`, italic: true }] },
        ratingText(first?.r, first?.date ?? ''),
        last ? ratingText(last.r, last.date) : rated.length === 0 ? 'Not rated' : 'Rated only once',
        last?.r.change ? CHANGE_LABELS[last.r.change] : '',
        text((last ?? first)?.r.familyWords) ? `“${text((last ?? first)!.r.familyWords)}”` : '',
      ]);
    }
  }
  if (rows.length === 0) out.push({ kind: 'paragraph', text: 'No outcomes were recorded.' });
  else out.push({ kind: 'table', columns: [{ title: 'Outcome', weight: 27 }, { title: 'At the start', weight: 17 }, { title: 'Most recently', weight: 17 }, { title: 'Change', weight: 11 }, { title: 'In the family’s words', weight: 28 }], rows });
  return out;
}

export function teamBlocks(ctx: Context): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'The team and how to reach them' }];
  const active = ctx.record.team.filter((t) => t.active);
  if (active.length === 0) out.push({ kind: 'paragraph', text: 'There is no one on the team.' });
  else {
    out.push({
      kind: 'table',
      columns: [{ title: 'Name', weight: 20 }, { title: 'Role and service', weight: 30 }, { title: 'Phone', weight: 18 }, { title: 'Email', weight: 32 }],
      rows: active.map((t) => [line(t.name), `${line(t.role)}, ${line(t.agency)}`, line(t.phone) || '—', line(t.email) || '—']),
    });
  }
  const left = ctx.record.team.filter((t) => !t.active);
  if (left.length > 0) out.push({ kind: 'paragraph', style: 'small', text: `No longer involved: ${left.map((t) => `${line(t.name)} (${line(t.agency)})`).join(', ')}.` });

  out.push({ kind: 'heading', level: 2, text: 'The family' });
  if (ctx.record.members.length > 0) {
    out.push({
      kind: 'table',
      columns: [{ title: 'Name', weight: 20 }, { title: 'Relationship', weight: 22 }, { title: 'Contact', weight: 26 }, { title: 'What helps', weight: 32 }],
      rows: ctx.record.members.map((m) => [
        line(m.name),
        { paragraphs: [line(m.relationshipDetail) || RELATIONSHIP_LABELS[m.relationship], ...(m.parentalResponsibility ? ['Has parental responsibility'] : []), ...(m.livesWithChildren ? ['Lives with the children'] : [])] },
        { paragraphs: [line(m.phone), line(m.email)].filter(Boolean).length > 0 ? [line(m.phone), line(m.email)].filter(Boolean) : ['—'] },
        { paragraphs: [line(m.languages) ? `Speaks ${line(m.languages)}` : '', m.interpreterNeeded ? 'Needs an interpreter' : '', text(m.communicationNeeds)].filter(Boolean) },
      ]),
    });
  }
  const p = ctx.record.preferences;
  const prefs: [string, string][] = [
    ['Home languages', line(ctx.record.homeLanguages)],
    ['Likes to meet at', line(p.preferredPlace)],
    ['Places to avoid', line(p.placesToAvoid)],
    ['Best times', line(p.bestTimes)],
  ];
  const given = prefs.filter(([, v]) => v);
  if (given.length > 0) out.push({ kind: 'facts', rows: given });
  return out;
}

export function consentBlocks(ctx: Context, episodes: readonly Episode[]): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Consent to share information' }];
  for (const e of episodes) {
    if (episodes.length > 1) out.push({ kind: 'heading', level: 2, text: `For ${nameOf(ctx, e.childId)}` });
    const c = currentConsent(e);
    if (!c) {
      out.push({ kind: 'box', tone: 'warning', title: 'No consent in force', lines: ['Do not share this summary until the family agrees again.'] });
    } else {
      out.push({
        kind: 'facts',
        rows: [
          ['Given by', `${line(c.givenByName)} (${CONSENT_GIVER_LABELS[c.givenBy].replace(/^A /, '').replace(/^The /, '')})`],
          ['How', c.form === 'written' ? 'In writing' : 'Spoken (verbal)'],
          ['Date', formatDate(c.date)],
          ['What can be shared', text(c.scope)],
          ['Not to be shared with', c.excludedAgencies.map(line).join(', ') || 'No services excluded'],
          ...(text(c.notes) ? [['Notes', text(c.notes)] as [string, string]] : []),
        ],
      });
      if (c.excludedAgencies.length > 0) {
        out.push({ kind: 'box', tone: 'warning', title: 'Do not send this summary to', lines: [c.excludedAgencies.map(line).join(', ')] });
      }
    }
    const withdrawn = e.consents.filter((x) => x.withdrawnOn);
    if (withdrawn.length > 0) out.push({ kind: 'bullets', items: withdrawn.map((x) => `Consent given by ${line(x.givenByName)} on ${formatDate(x.date)} was withdrawn on ${formatDate(x.withdrawnOn)}.`) });
  }
  return out;
}

export function attendanceSummary(ctx: Context, meetings: readonly Meeting[]): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: 'Meetings and who came' }];
  const held = heldMeetings(meetings);
  const underWay = meetings.filter((m) => m.status === 'in-progress');
  const notHeldYet = underWay.length > 0
    ? ` ${underWay.length === 1 ? 'The meeting' : 'Meetings'} on ${underWay.map((m) => formatDate(m.date)).join(', ')} ${underWay.length === 1 ? 'is' : 'are'} still under way, so not counted.`
    : '';
  if (held.length === 0) {
    out.push({ kind: 'paragraph', text: `No meetings were held.${notHeldYet}` });
    return out;
  }
  out.push({ kind: 'paragraph', text: `${held.length} ${held.length === 1 ? 'meeting was' : 'meetings were'} held: ${held.map((m) => formatDate(m.date)).join(', ')}.${notHeldYet}` });
  const counts = new Map<string, { came: number; update: number; away: number; dna: number }>();
  for (const m of held) {
    for (const a of m.attendance) {
      const c = counts.get(a.personId) ?? { came: 0, update: 0, away: 0, dna: 0 };
      if (PRESENT_STATUSES.includes(a.status)) c.came++;
      else if (a.status === 'written-update') c.update++;
      else if (a.status === 'apologies') c.away++;
      else if (a.status === 'did-not-attend') c.dna++;
      counts.set(a.personId, c);
    }
  }
  out.push({
    kind: 'table',
    columns: [{ title: 'Name', weight: 24 }, { title: 'Service or relationship', weight: 32 }, { title: 'Came', weight: 11 }, { title: 'Sent an update', weight: 11 }, { title: 'Sent apologies', weight: 11 }, { title: 'Did not come', weight: 11 }],
    rows: [...counts.entries()].map(([id, c]) => {
      const p = ctx.people.get(id);
      return [nameOf(ctx, id), p ? (p.kind === 'team' ? p.agency : p.role) : '', String(c.came), String(c.update), String(c.away), String(c.dna)];
    }),
  });
  return out;
}
