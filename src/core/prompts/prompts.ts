// Looking up the chair's prompts: the words for an agenda item at this kind of meeting, the
// "what happens at a …" guidance line, and the prompt for a situation, with placeholders filled.
import type { MeetingKind } from '../meetings/schema';
import type { Prompts, SituationKey } from './schema';
import { BUILT_IN_PROMPTS } from './built-in';
import { fillPlaceholders, type PlaceholderContext } from './local';

export interface ItemScript {
  /** Read aloud to everyone. */
  say: string[];
  /** For the chair only. */
  chair: string[];
}

/**
 * The prompts for an agenda item key at a first, review or closing meeting. Words set for that
 * kind of meeting replace the general ones; an unknown key gives empty lists.
 */
export function promptsFor(
  itemKey: string,
  kind: MeetingKind,
  context: PlaceholderContext,
  prompts: Prompts = BUILT_IN_PROMPTS,
): ItemScript {
  const item = Object.prototype.hasOwnProperty.call(prompts.items, itemKey) ? prompts.items[itemKey] : undefined;
  if (!item) return { say: [], chair: [] };
  const special = item[kind];
  const say = special?.say ?? item.say;
  const chair = special?.chair ?? item.chair;
  const fill = (lines: readonly string[]) => lines.filter((t) => !namesNoOne(t, context)).map((t) => fillPlaceholders(t, context));
  return { say: fill(say), chair: fill(chair) };
}

/**
 * A line introducing the lead professional as the {keyPerson} when none is chosen yet would read
 * "Your key person is your key person": it is left out until someone is.
 */
function namesNoOne(text: string, context: PlaceholderContext): boolean {
  const unknown = context.leadProfessional === `your ${context.keyPerson}`;
  return unknown && /\{leadProfessional\}/i.test(text) && /\{keyPerson\}/i.test(text);
}

/** One line for guided mode: what happens at this kind of meeting. */
export function meetingGuidance(kind: MeetingKind, context: PlaceholderContext, prompts: Prompts = BUILT_IN_PROMPTS): string {
  return fillPlaceholders(prompts.guidance[kind], context);
}

export interface FilledSituation {
  key: SituationKey;
  chair: string;
  say?: string;
  followUp?: string;
}

/** The prompt for a situation (family absent, owner not here …) with its placeholders filled. */
export function situationPrompt(key: SituationKey, context: PlaceholderContext, prompts: Prompts = BUILT_IN_PROMPTS): FilledSituation {
  const s = prompts.situations[key];
  return {
    key,
    chair: fillPlaceholders(s.chair, context),
    ...(s.say ? { say: fillPlaceholders(s.say, context) } : {}),
    ...(s.followUp ? { followUp: fillPlaceholders(s.followUp, context) } : {}),
  };
}
