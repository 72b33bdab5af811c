// The family's plan, written to them in plain words: the plan on one page first (what we agreed,
// who does what by when, their key person, the next meeting), then the detail. Nothing for professionals only.
import { leadProfessionalOn } from '../episodes/schema';
import { formatDate, formatDateWithDay, formatTime } from '../shared/dates';
import type { PlanItem } from '../actions/meeting-account';
import type { Meeting } from '../meetings/schema';
import type { NoteEntry } from '../minutes/schema';
import type { Block, DocumentContent, Inline } from './blocks';
import { childNames, contextOf, episodesOn, findMeeting, line, text, type Context, type DocumentInput } from './context';
import { actionLine, attendanceLines, familyNotes, isFamilyAction, plainText, saidBy, saidByFamily, type Plain } from './family-words';
import { newPlanActions } from './meeting-record';
import { contentText } from './text';
import { dueCell } from './action-dates';
import { meetingOutcomes } from '../outcomes/meeting-outcomes';
import { roleInSentence } from '../shared/text';

export interface FamilyPlanInput extends DocumentInput {
  /** Plain forms for professional wording (the glossary's plainVersion). Never applied to anyone's own words. */
  plain?: Plain;
}

const identity: Plain = (t) => t;

function keyPerson(ctx: Context, meeting: Meeting) {
  const episodes = episodesOn(ctx, meeting.childIds, ctx.today >= meeting.date ? ctx.today : meeting.date);
  for (const e of episodes) {
    const lp = leadProfessionalOn(e, ctx.today >= meeting.date ? ctx.today : meeting.date);
    const p = lp ? ctx.people.get(lp.teamMemberId) : undefined;
    if (p) return p;
  }
  return undefined;
}

/**
 * Everything still to do after the meeting (agreed at it, or still open from before: partly done,
 * not done, waiting, carried forward, not looked at), the family's own first; none that follows up
 * a professionals-only note (or one kept out for safeguarding) at any meeting.
 */
function planActions(ctx: Context, meeting: Meeting): PlanItem[] {
  const hidden = new Set(ctx.record.meetings.flatMap((m) => m.notes.filter((n) => (n.professionalsOnly || (n.harmFlagged && !n.familyMaySee)) && n.followUpActionId).map((n) => n.followUpActionId)));
  const all = newPlanActions(ctx, meeting).filter((x) => !hidden.has(x.action.id));
  return [...all.filter((x) => isFamilyAction(ctx, x.action)), ...all.filter((x) => !isFamilyAction(ctx, x.action))];
}

function noteBlocks(ctx: Context, plain: Plain, meeting: Meeting, note: NoteEntry): Block[] {
  const body = text(note.text);
  const speaker = note.speakerId ? ctx.people.get(note.speakerId) : undefined;
  const out: Block[] = [];
  if (body) {
    const by = speaker ? saidBy(ctx, meeting, speaker.id, speaker.name) : undefined;
    if (note.ownWords) out.push({ kind: 'quote', text: body, by });
    else if (speaker && speaker.kind !== 'team') out.push({ kind: 'paragraph', text: [{ text: `${by}: `, bold: true }, body] });
    else out.push({ kind: 'paragraph', text: plainText(plain, body) });
  }
  const views = note.views.filter((v) => text(v.text));
  if (note.kind === 'differing-views' && views.length > 0) {
    out.push({ kind: 'paragraph', text: 'We do not all see this the same way:' });
    for (const v of views) {
      const p = v.personId ? ctx.people.get(v.personId) : undefined;
      const name = p?.name || line(v.name) || 'Someone at the meeting';
      if (p && p.kind !== 'team') out.push({ kind: 'quote', text: text(v.text), by: name });
      else out.push({ kind: 'paragraph', text: [{ text: `${name} said: `, bold: true }, plainText(plain, v.text)] });
    }
  }
  return out;
}

/**
 * Page one must stand alone, so it holds only what fits: its space is counted in lines of body text
 * (after the title and headings), and the boxes, the opening and the "more things" note are paid for first.
 */
const PAGE_ONE = { ordinary: { lines: 30, perLine: 84 }, large: { lines: 21, perLine: 52 } } as const;

function linesFor(inline: Inline, perLine: number): number {
  const chars = (typeof inline === 'string' ? inline : Array.isArray(inline) ? inline.map((s) => (typeof s === 'string' ? s : s.text)).join('') : (inline as { text: string }).text).length;
  return Math.max(1, Math.ceil(chars / perLine));
}

function onePage(ctx: Context, plain: Plain, meeting: Meeting, actions: PlanItem[], familyOwners: number, largePrint: boolean): Block[] {
  const page = largePrint ? PAGE_ONE.large : PAGE_ONE.ordinary;
  const kp = keyPerson(ctx, meeting);
  const kpWord = ctx.words.keyPersonName;
  const keyBox: Block = {
    kind: 'box', tone: 'family', title: `Your ${kpWord}`,
    lines: kp
      ? [`${kp.name}, ${roleInSentence(kp.role)}${kp.agency ? ` at ${kp.agency}` : ''}`, ...(kp.phone ? [`Phone: ${kp.phone}`] : []), ...(kp.email ? [`Email: ${kp.email}`] : []), ...(!kp.phone && !kp.email ? ['Ask at the next meeting for the best way to reach them.'] : [])]
      : [`We have not yet agreed who your ${kpWord} is. We will tell you soon.`],
  };
  const nextBox: Block = { kind: 'box', tone: 'family', title: 'When we meet next', lines: nextMeetingLines(ctx, meeting) };
  const intro = `We met on ${formatDateWithDay(meeting.date)} to talk about how things are going for ${childNames(ctx, meeting.childIds)}. This is what we agreed.`;
  const boxLines = (b: Block) => (b.kind === 'box' ? [b.title ?? '', ...b.lines].reduce((n: number, l) => n + linesFor(l, page.perLine), 0) + 1 : 0);
  let budget = page.lines - linesFor(intro, page.perLine) - boxLines(keyBox) - boxLines(nextBox) - 2;

  const out: Block[] = [{ kind: 'heading', level: 1, text: 'The plan on one page' }, { kind: 'paragraph', text: intro }];
  // What was decided first, in at most a third of the room (who does what matters most); what does
  // not fit is counted, so page one always says what was decided.
  const allDecisions = familyNotes(meeting).filter((x) => x.kind === 'decision' && text(x.text));
  if (allDecisions.length > 0) {
    const room = Math.max(4, Math.floor(budget / 3) + 1);
    const moreNote = (n: number, any: boolean) => `We decided ${n === 1 ? `1${any ? ' more' : ''} thing` : `${n}${any ? ' more' : ''} things`}. ${n === 1 ? 'It is' : 'They are'} under “What we decided” on the next pages.`;
    const decisions: Inline[] = [];
    let used = 2;
    for (const n of allDecisions.slice(0, 3)) {
      const d = n.ownWords ? `“${text(n.text)}”` : plainText(plain, n.text);
      const left = allDecisions.length - decisions.length - 1;
      const cost = linesFor(d, page.perLine) + (left > 0 ? linesFor(moreNote(left, true), page.perLine) + 1 : 0);
      if (used + cost > room) break;
      used += linesFor(d, page.perLine);
      decisions.push(d);
    }
    const more = allDecisions.length - decisions.length;
    if (decisions.length > 0) {
      out.push({ kind: 'heading', level: 2, text: 'What we decided' }, { kind: 'bullets', items: decisions });
      if (more > 0) out.push({ kind: 'paragraph', text: moreNote(more, true) });
      budget -= used + (more > 0 ? linesFor(moreNote(more, true), page.perLine) + 1 : 0);
    } else {
      out.push({ kind: 'paragraph', text: moreNote(more, false) });
      budget -= linesFor(moreNote(more, false), page.perLine) + 1;
    }
  }
  out.push({ kind: 'heading', level: 2, text: 'Who will do what, by when' });
  const shown: Inline[] = [];
  for (const a of actions) {
    const item = actionLine(ctx, plain, a, familyOwners);
    const cost = linesFor(item, page.perLine);
    if (cost > budget) break;
    budget -= cost;
    shown.push(item);
  }
  if (actions.length === 0) out.push({ kind: 'paragraph', text: 'We did not agree any actions at this meeting, and none are still to do.' });
  if (shown.length > 0) out.push({ kind: 'bullets', items: shown });
  if (shown.length < actions.length) {
    const more = actions.length - shown.length;
    out.push({ kind: 'paragraph', text: `${shown.length > 0 ? `There ${more === 1 ? 'is 1 more thing' : `are ${more} more things`}` : `There are ${actions.length} things`} in the plan. They are all on the next pages.` });
  }
  out.push(keyBox, nextBox);
  return out;
}

function nextMeetingLines(ctx: Context, meeting: Meeting): string[] {
  const next = meeting.nextMeeting ?? ctx.record.meetings.find((m) => m.id === meeting.nextMeetingId);
  if (!next) return ['We have not set a date yet. Your key person will let you know.'.replace('key person', ctx.words.keyPersonName)];
  return [`${formatDateWithDay(next.date)} at ${formatTime(next.startTime)}`, line(next.venue) || 'The place will be confirmed.'];
}

/** The same as one paragraph, ending in a single full stop: "Friday 8 January 2027 at 09:30, Greenfield Children’s Centre." */
function nextMeetingSentence(ctx: Context, meeting: Meeting): string {
  const [first, ...rest] = nextMeetingLines(ctx, meeting);
  if (rest.length === 0 || rest[0].endsWith('.')) return [first, ...rest].map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(' ');
  return `${[first, ...rest].join(', ')}.`;
}

function detail(ctx: Context, plain: Plain, meeting: Meeting, actions: PlanItem[], familyOwners: number): Block[] {
  const out: Block[] = [];
  const people = attendanceLines(ctx, plain, meeting);
  out.push({ kind: 'heading', level: 1, text: 'Who came to the meeting', pageBreakBefore: true });
  out.push(people.came.length > 0 ? { kind: 'bullets', items: people.came } : { kind: 'paragraph', text: 'We did not write down who came.' });
  if (people.couldNotCome.length > 0) {
    out.push({ kind: 'heading', level: 2, text: 'Who could not come' });
    out.push({ kind: 'bullets', items: people.couldNotCome.map((c) => (c.update ? `${c.line}\n${c.update}` : c.line)) });
  }
  if (people.children.length > 0) {
    out.push({ kind: 'heading', level: 2, text: `How ${childNames(ctx, meeting.childIds)} took part` });
    out.push({ kind: 'bullets', items: people.children });
  }

  const notes = familyNotes(meeting);
  const itemKey = new Map(meeting.agenda.map((i) => [i.id, i.key]));
  const section = (title: string, pick: (n: NoteEntry) => boolean, empty: string) => {
    const chosen = notes.filter(pick);
    out.push({ kind: 'heading', level: 1, text: title });
    if (chosen.length === 0 && empty) out.push({ kind: 'paragraph', text: empty });
    for (const n of chosen) out.push(...noteBlocks(ctx, plain, meeting, n));
  };
  // Everything a family member or a child said is theirs to read back, whatever kind of entry it is.
  const told = (n: NoteEntry) => saidByFamily(ctx, n) && n.kind !== 'differing-views' && n.kind !== 'decision';
  const aboutWell = (n: NoteEntry) => n.kind === 'strength' || (itemKey.get(n.agendaItemId) === 'gone-well' && n.kind === 'note');
  const aboutWorry = (n: NoteEntry) => n.kind === 'worry' || n.kind === 'differing-views' || (itemKey.get(n.agendaItemId) === 'worries' && n.kind === 'note');
  const well = (n: NoteEntry) => !told(n) && aboutWell(n);
  const worry = (n: NoteEntry) => !told(n) && aboutWorry(n);
  // When only the family's own words were about it, they are above: never "we did not talk about this".
  const toldAbove = (kind: NoteEntry['kind'], item: string) => notes.some((n) => told(n) && (n.kind === kind || itemKey.get(n.agendaItemId) === item));
  const inYourWords = 'You told us about this in your own words, under “What you told us”.';
  section('What you told us', told, 'We did not write down your words this time.');
  section('What is going well', well, toldAbove('strength', 'gone-well') ? inYourWords : 'We did not talk about this at this meeting.');
  section('What we are worried about', worry, toldAbove('worry', 'worries') ? inYourWords : 'We did not talk about worries at this meeting.');
  if (notes.some((n) => n.kind === 'decision' && text(n.text))) section('What we decided', (n) => n.kind === 'decision', '');

  const agreed = meetingOutcomes(ctx.record, meeting);
  if (agreed.length > 0) {
    out.push({ kind: 'heading', level: 1, text: 'What will be different, and is it getting better?' });
    out.push({ kind: 'paragraph', text: 'These are the things we agreed should be different. Each one gets a score from 0 to 10. 10 means it is going really well.' });
    out.push({
      kind: 'bullets',
      items: agreed.map(({ outcome, now, before }) => {
        const what = plainText(plain, outcome.text);
        const pair = (r: { familyScore?: number; teamScore?: number }) =>
          [r.familyScore !== undefined ? `you gave it ${r.familyScore} out of 10` : 'you did not give a score', r.teamScore !== undefined ? `the team gave it ${r.teamScore}` : 'the team did not give a score'].join(' and ');
        const lines = [
          now ? `This time ${pair(now)}.${before ? '' : ' These are the first scores.'}` : 'We did not score this at this meeting.',
          ...(before ? [`Last time (${formatDate(before.date)}) ${pair(before.rating)}.`] : []),
        ];
        return [{ text: what, bold: true }, ...lines.map((l) => `\n${l[0].toUpperCase()}${l.slice(1)}`), ...(now && text(now.familyWords) ? [`\nYou said: “${text(now.familyWords).replace(/\n+/g, ' ')}”`] : [])];
      }),
    });
  }

  out.push({ kind: 'heading', level: 1, text: 'Who will do what, by when' });
  const mine = actions.filter((a) => isFamilyAction(ctx, a.action));
  const theirs = actions.filter((a) => !isFamilyAction(ctx, a.action));
  if (actions.length === 0) out.push({ kind: 'paragraph', text: 'We did not agree any actions at this meeting, and none are still to do.' });
  if (mine.length > 0) {
    out.push({ kind: 'heading', level: 2, text: 'What you will do' });
    out.push({ kind: 'bullets', items: mine.map((a) => actionLine(ctx, plain, a, familyOwners)) });
  }
  if (theirs.length > 0) {
    out.push({ kind: 'heading', level: 2, text: 'What the team will do' });
    out.push({
      kind: 'table',
      columns: [{ title: 'Who', weight: 28 }, { title: 'What they will do', weight: 50 }, { title: 'By when', weight: 22 }],
      rows: theirs.map((item) => {
        const a = item.action;
        const p = a.ownerId ? ctx.people.get(a.ownerId) : undefined;
        const who = p ? { paragraphs: [p.name, { text: `${p.role}${p.agency ? `, ${p.agency}` : ''}`, italic: true }] } : line(a.ownerName) || 'Someone in the team';
        return [who, plainText(plain, a.text), dueCell(item)];
      }),
    });
  }
  // The next meeting follows the plan, not the contacts: it never sits alone on a last page.
  out.push({ kind: 'heading', level: 1, text: 'When we meet next' });
  out.push({ kind: 'paragraph', text: nextMeetingSentence(ctx, meeting) });
  return out;
}

function contacts(ctx: Context, meeting: Meeting, plain: Plain): Block[] {
  const out: Block[] = [];
  const kp = keyPerson(ctx, meeting);
  const word = ctx.words.keyPersonName;
  out.push({ kind: 'heading', level: 1, text: `Your ${word}` });
  if (kp) {
    const first = kp.name.split(' ')[0];
    out.push({ kind: 'paragraph', text: `Your ${word} is ${kp.name}. ${first} is the ${roleInSentence(kp.role)}${kp.agency ? ` at ${kp.agency}` : ''}.` });
    out.push({ kind: 'facts', rows: [['Phone', kp.phone || 'Not given'], ['Email', kp.email || 'Not given']] });
    out.push({ kind: 'paragraph', text: `Talk to ${first} if something changes, if you are worried, or if anything in this plan is wrong.` });
  } else {
    out.push({ kind: 'paragraph', text: `We have not yet agreed who your ${word} is. We will tell you soon.` });
  }
  const team = ctx.record.team.filter((t) => t.active && t.id !== kp?.id);
  if (team.length > 0) {
    out.push({ kind: 'heading', level: 2, text: 'The other people helping you' });
    out.push({
      kind: 'bullets',
      items: team.map((t) => {
        const p = ctx.people.get(t.id)!;
        const reach = [p.phone && `Phone: ${p.phone}`, p.email && `Email: ${p.email}`].filter(Boolean).map((r) => `\n${r}`);
        return [{ text: `${p.name}, ${roleInSentence(p.role)}, ${p.agency}`, bold: true }, ...(p.canHelpWith ? [`\n${plainText(plain, p.canHelpWith)}`] : []), ...reach];
      }),
    });
  }
  return out;
}

/** "LP" in professional wording becomes the family's key person: "Tom, your key person" ("Tom's" for "LP's"). */
function keyPersonForLP(ctx: Context, meeting: Meeting, plain: Plain): Plain {
  const kp = keyPerson(ctx, meeting);
  const word = ctx.words.keyPersonName;
  const first = kp?.name.split(' ')[0];
  return (value) =>
    plain(
      value
        .replace(/(?<![\p{L}\p{N}])LP['’]s(?![\p{L}\p{N}])/gu, first ? `${first}’s` : `your ${word}’s`)
        .replace(/(?<![\p{L}\p{N}])(?:the\s+)?LP(?![\p{L}\p{N}])(\s*)(?=(.?))/gu, (_m, space: string, next: string) =>
          !first ? `your ${word}${space}` : /^[\p{L}\p{N}]/u.test(next) ? `${first}, your ${word},${space}` : `${first}, your ${word}${space}`),
    );
}

export function familyPlanContent(input: FamilyPlanInput): DocumentContent {
  const ctx = contextOf(input);
  const meeting = findMeeting(ctx, input.meetingId);
  const plain = keyPersonForLP(ctx, meeting, input.plain ?? identity);
  const actions = planActions(ctx, meeting);
  const familyOwners = new Set(actions.map((x) => x.action).filter((a) => a.ownerId && ctx.people.get(a.ownerId)?.kind === 'family').map((a) => a.ownerId)).size;
  const planName = ctx.words.planName;
  return {
    kind: 'family-plan',
    audience: 'family',
    title: `Your ${planName}`,
    subtitle: [`For ${childNames(ctx, meeting.childIds)}`, `Agreed at our meeting on ${formatDateWithDay(meeting.date)}`],
    reference: line(ctx.record.reference),
    subject: `The ${planName} agreed on ${formatDate(meeting.date)}`,
    blocks: [
      ...onePage(ctx, plain, meeting, actions, familyOwners, !!input.largePrint),
      ...detail(ctx, plain, meeting, actions, familyOwners),
      ...contacts(ctx, meeting, plain),
    ],
  };
}

/** The text that goes in the family plan, so its reading age can be checked before export. */
export function familyPlanText(input: FamilyPlanInput): string {
  return contentText(familyPlanContent(input));
}

