// Writing to the family: "You will…" sentences for their own actions, plain forms for professional
// wording (never for anyone's own words), and who came or could not come, in everyday words.
import type { Action } from '../actions/schema';
import type { Meeting } from '../meetings/schema';
import type { NoteEntry } from '../minutes/schema';
import type { PlanItem } from '../actions/meeting-account';
import { dueWords } from './action-dates';
import type { Inline } from './blocks';
import { line, nameOf, text, type Context } from './context';
import { roleInSentence } from '../shared/text';
import { midSentence } from '../shared/wording';

export type Plain = (text: string) => string;

/** Apply the plain-language rewrite to professional text, cleaning before and after. */
export function plainText(plain: Plain, value: string): string {
  const cleaned = text(value);
  return cleaned ? text(plain(cleaned)) : '';
}

function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

/** The family's own actions: owned by a family member or a child. */
export function isFamilyAction(ctx: Context, action: Action): boolean {
  const kind = action.ownerId ? ctx.people.get(action.ownerId)?.kind : undefined;
  return kind === 'family' || kind === 'child';
}

/** Who the sentence is about: "You", "You (Dawn)", "Jay" or "Lena Nowak (family support worker)". */
export function subjectFor(ctx: Context, action: Action, familyOwners: number): string {
  const p = action.ownerId ? ctx.people.get(action.ownerId) : undefined;
  if (p?.kind === 'family') return familyOwners > 1 ? `You (${firstName(p.name)})` : 'You';
  if (p?.kind === 'child') return firstName(p.name);
  if (p?.kind === 'team') return `${p.name} (${roleInSentence(p.role)})`;
  return line(action.ownerName) || 'Someone in the team';
}

/** "book Mia's eye test" from "Book Mia's eye test"; names and capitals like "GP" are kept. */
function lowerFirst(ctx: Context, value: string): string {
  const first = value.split(/[\s'’]/)[0] ?? '';
  const names = new Set([...ctx.people.values()].flatMap((p) => p.name.split(' ')));
  if (names.has(first) || first === 'I' || /^[A-Z]{2,}/.test(first) || !/^[A-Z][a-z]/.test(first)) return value;
  return value[0].toLowerCase() + value.slice(1);
}

/** "You will go to the parents' group on Tuesday mornings" from the action's text. */
export function willSentence(ctx: Context, subject: string, actionText: string): string {
  let t = actionText.replace(/\s+/g, ' ').trim().replace(/[.!]+$/, '');
  t = t.replace(/^(to|will)\s+/i, '');
  const bare = subject.replace(/\s*\(.*\)$/, '');
  const already = new RegExp(`^${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+will\\s+`, 'i');
  t = t.replace(already, '');
  return `${subject} will ${lowerFirst(ctx, t)}`;
}

/**
 * One line for the family: "You will … — by 4 June 2026." (or "— was due 5 October 2026, now by
 * 18 December 2026."). Several paragraphs of text stay as they are.
 */
export function actionLine(ctx: Context, plain: Plain, item: PlanItem, familyOwners: number): Inline {
  const action = item.action;
  const [first, ...rest] = plainText(plain, action.text).split('\n');
  const sentence = willSentence(ctx, subjectFor(ctx, action, familyOwners), first ?? '');
  return [sentence, ...rest.map((r) => `\n${r}`), { text: ` — ${dueWords(item)}.`, bold: true }];
}

export interface AttendanceLines {
  came: string[];
  couldNotCome: { line: string; update: string }[];
  children: string[];
}

function who(ctx: Context, id: string): string {
  const p = ctx.people.get(id);
  if (!p) return 'Someone not on the record';
  if (p.kind === 'team') return `${p.name} (${roleInSentence(p.role)}${p.agency ? `, ${p.agency}` : ''})`;
  return p.name;
}

/** Who was there, who could not come and how their part was covered, in everyday words. */
export function attendanceLines(ctx: Context, plain: Plain, meeting: Meeting): AttendanceLines {
  const out: AttendanceLines = { came: [], couldNotCome: [], children: [] };
  for (const a of meeting.attendance) {
    const name = who(ctx, a.personId);
    switch (a.status) {
      case 'in-person':
      case 'part':
        out.came.push(a.status === 'part' ? `${name} (for part of the meeting)` : name);
        break;
      case 'remote':
        out.came.push(`${name} (by phone or online)`);
        break;
      case 'sent-someone-else':
        out.couldNotCome.push({ line: `${name} could not come. ${line(a.substituteName) || 'Someone else'} came instead.`, update: '' });
        break;
      case 'written-update':
        out.couldNotCome.push({ line: `${name} could not come, but sent us an update${a.writtenUpdate.trim() ? ':' : '.'}`, update: plainText(plain, a.writtenUpdate) });
        break;
      case 'apologies':
        out.couldNotCome.push({ line: `${name} could not come and let us know.`, update: '' });
        break;
      case 'did-not-attend':
        out.couldNotCome.push({ line: `${name} did not come.`, update: '' });
        break;
      case 'not-invited':
        break;
    }
  }
  for (const p of meeting.childParticipation) {
    const name = nameOf(ctx, p.childId).split(' ')[0];
    const how = {
      present: `${name} came to the meeting.`,
      part: `${name} came for part of the meeting.`,
      'views-beforehand': `${name} told us what they think before the meeting${line(p.viewsGivenTo) ? `, through ${midSentence(line(p.viewsGivenTo))}` : ''}.`,
      'not-involved': `${name} did not take part this time.`,
    }[p.how];
    out.children.push([how, line(p.reason)].filter(Boolean).join(' '));
  }
  return out;
}

/** Notes the family may see: nothing for professionals only, no record of withheld information, and
 * nothing whose words suggest harm unless the chair confirmed it may go in. */
export function familyNotes(meeting: Meeting): NoteEntry[] {
  return meeting.notes
    .filter((n) => !n.professionalsOnly && n.kind !== 'info-not-shared' && (!n.harmFlagged || n.familyMaySee))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** Said by a family member or a child (whatever the kind of entry), or kept in someone's own words. */
export function saidByFamily(ctx: Context, note: NoteEntry): boolean {
  const kind = note.speakerId ? ctx.people.get(note.speakerId)?.kind : undefined;
  return kind === 'family' || kind === 'child' || note.ownWords;
}

/** Who passed on the views of a child who gave them before the meeting ("Tom Price"), or ''. */
export function passedOnBy(meeting: Meeting, speakerId: string | undefined): string {
  if (!speakerId) return '';
  const p = meeting.childParticipation.find((c) => c.childId === speakerId && c.how === 'views-beforehand');
  // "His class teacher" reads "passed on by his class teacher"; a name keeps its capital.
  return p ? line(p.viewsGivenTo).replace(/^(His|Her|Their|The|A|An|Our|My|Your)\b/, (w) => w.toLowerCase()) || 'someone who spoke with them' : '';
}

/** "Jay said (passed on by Tom Price)" for a child's views given beforehand; else the speaker's name. */
export function saidBy(ctx: Context, meeting: Meeting, speakerId: string | undefined, name: string): string {
  const via = passedOnBy(meeting, speakerId);
  return via ? `${name.split(' ')[0]} said (passed on by ${via})` : name;
}
