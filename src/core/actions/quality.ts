// Gentle checks on an action and on the whole plan: a named person, a date, something to measure,
// not a copy of another action, and the lead professional not left doing most of the work. Warnings, never blocks.
import { formatDate, type IsoDate } from '../shared/dates';
import { OPEN_STATUSES, type Action } from './schema';
import { candidatesFor } from './people-index';
import type { OwnerRecord } from './owners';

/** The parts of an action the checks read: a saved action or a draft from the line reader. */
export type ActionLike = Pick<Action, 'text'> & Partial<Pick<Action, 'id' | 'ownerId' | 'ownerName' | 'agency' | 'dueDate' | 'status'>>;

export interface ActionCheckContext {
  meetingDate: IsoDate;
  leadProfessionalId?: string;
  /** The other actions in the plan, to spot the same action twice. */
  actions?: readonly ActionLike[];
  record?: OwnerRecord;
}

/** Verbs that say an attitude, not a deed, with a way to say it so everyone can tell it was done. */
const VAGUE: [RegExp, string, string][] = [
  [/\bmonitor(?:s|ed|ing)?\b/i, 'Monitor', 'Check Jay’s attendance every Friday and tell Dawn'],
  [/\bsupport(?:s|ed|ing)?\b/i, 'Support', 'Go with Dawn to the housing office on 3 December'],
  [/\blook(?:s|ed|ing)? into\b/i, 'Look into', 'Find out which holiday clubs have places and tell Dawn by Friday'],
  [/\bliaise(?:s|d)?\b|\bliaising\b/i, 'Liaise', 'Ring the housing officer and tell Dawn what was agreed'],
  [/\bcontinu(?:e|es|ed|ing) to\b/i, 'Continue to', 'See Jay every Monday morning until the next meeting'],
  [/\bconsider(?:s|ed|ing)?\b/i, 'Consider', 'Decide whether to refer Jay, and tell Dawn why'],
  [/\bexplor(?:e|es|ed|ing)\b/i, 'Explore', 'Find two after-school clubs Jay could join and share them with Dawn'],
  [/\bbe aware\b|\bbeing aware\b/i, 'Be aware', 'Tell Tom the same day if Jay seems upset in the morning'],
  [/\bkeep an eye on\b/i, 'Keep an eye on', 'Check Mia’s cough at each home visit and write down what you see'],
];

/**
 * Signs that an action says what will happen or how we will know: a number, how often, or a deed
 * someone can see done (tell, send, ring, book, fill in …). Nouns do not count: "consider a referral" is still vague.
 */
const MEASURE = new RegExp(
  [
    '\\d',
    '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|once|twice|every|each|weekly|daily|fortnightly|monthly|termly|times)\\b',
    '\\b(?:tell|report|feed back|share|send|write|email|text|ring|phone|call|book|refer|apply|register|fill|complete|sign|visit|meet|go|take|bring|check|record|decide|find|show|arrange|let \\w+ know)\\b',
    '\\bso that\\b',
  ].join('|'),
  'i',
);

const SERVICE_ONLY = /^(?:the\s+)?(?:school|nursery|college|health|housing|camhs|gp|early help|social care|social services|police|council|the council|youth service|team|service)$/i;

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9']+/g, ' ').trim();
const isOpen = (a: ActionLike) => !a.status || OPEN_STATUSES.includes(a.status);

export function actionWarnings(action: ActionLike, context: ActionCheckContext): string[] {
  const warnings: string[] = [];
  const ownerName = (action.ownerName ?? '').trim();
  const agency = (action.agency ?? '').trim();

  // Who
  if (!action.ownerId && (!ownerName || SERVICE_ONLY.test(ownerName))) {
    const service = agency || ownerName;
    warnings.push(service ? `Name a person at ${service}, not only the service, so everyone knows who to ask.` : 'Say who will do this.');
  } else if (action.ownerId && context.record) {
    const person = candidatesFor(context.record).find((c) => c.id === action.ownerId);
    if (!person) warnings.push('The person chosen is not on this family’s record any more. Choose who will do this.');
    else if (!person.active && person.kind === 'team') warnings.push(`${person.name} is no longer on the team. Choose who will do this now.`);
  }

  // When
  if (!action.dueDate) warnings.push('Add a date for when this will be done.');
  else if (isOpen(action) && action.dueDate < context.meetingDate) {
    warnings.push(`The date, ${formatDate(action.dueDate)}, is before the meeting on ${formatDate(context.meetingDate)}. Choose a new date if this is still to do.`);
  }

  // What, and how we will know
  const text = action.text ?? '';
  const vague = VAGUE.map((v) => ({ v, at: text.search(v[0]) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at)[0]?.v;
  if (vague && !MEASURE.test(text)) {
    warnings.push(`“${vague[1]}” does not say what will be done or how we will know it has happened. Say what will happen, for example: “${vague[2]}”.`);
  }

  // The lead professional coordinates; nudge when they already hold most of the other actions.
  if (context.leadProfessionalId && action.ownerId === context.leadProfessionalId && context.actions) {
    const others = context.actions.filter((o) => o !== action && (!action.id || o.id !== action.id) && isOpen(o));
    const theirs = others.filter((o) => o.ownerId === context.leadProfessionalId).length;
    if (others.length >= 2 && theirs * 2 > others.length) {
      warnings.push(`The lead professional already has ${theirs} of the other ${others.length} actions. Could someone else on the team, or in the family, take this one?`);
    }
  }

  // The same action twice
  if (context.actions && text.trim()) {
    const same = context.actions.find((other) => other !== action && (!action.id || other.id !== action.id) && isOpen(other) && norm(other.text) === norm(text));
    if (same) warnings.push('This is the same as another action in the plan. Keep one of them.');
  }
  return warnings;
}

/**
 * Warnings about the plan as a whole: the lead professional owning more than half of the open
 * actions (three or more), since their job is to coordinate, not to do everything.
 */
export function planWarnings(actions: readonly ActionLike[], leadProfessionalId: string | undefined, options: { record?: OwnerRecord } = {}): string[] {
  const warnings: string[] = [];
  const open = actions.filter(isOpen);
  if (leadProfessionalId && open.length >= 3) {
    const theirs = open.filter((a) => a.ownerId === leadProfessionalId).length;
    if (theirs * 2 > open.length) {
      const person = options.record ? candidatesFor(options.record).find((c) => c.id === leadProfessionalId) : undefined;
      const who = person ? `${person.name}, the lead professional,` : 'The lead professional';
      warnings.push(`${who} has ${theirs} of the ${open.length} actions. The lead professional keeps the plan together; ask who else on the team, or in the family, can take some of them.`);
    }
  }
  return warnings;
}
