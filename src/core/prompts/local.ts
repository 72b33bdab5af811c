// Local words and numbers a local authority sets in templates/local.json (team and plan names,
// review interval, thresholds), and filling {placeholders} in template text with them.
import { z } from 'zod';
import { optionalLine, requiredLine } from '../shared/strings';

const whole = (min: number, max: number, what: string) =>
  z
    .number({ error: `Enter ${what} as a whole number from ${min} to ${max}` })
    .int({ error: `Enter ${what} as a whole number from ${min} to ${max}` })
    .min(min, { error: `Enter ${what} as a whole number from ${min} to ${max}` })
    .max(max, { error: `Enter ${what} as a whole number from ${min} to ${max}` });

/** A note for whoever edits a template file; the app does not show it. */
export const aboutSchema = z.string().max(2000, { error: 'Keep the note under 2,000 characters' }).optional();

export const localSchema = z
  .object({
    about: aboutSchema,
    /** The council's name as families know it, e.g. "Northshire Council". Empty: "the council". */
    authorityName: optionalLine(160),
    /** In full, as read aloud: "Team Around the Child" or "Team Around the Family". */
    teamName: requiredLine('Enter the team name, for example Team Around the Family', 80),
    /** The short form professionals use: "TAC" or "TAF". Never read aloud to families. */
    teamShort: requiredLine('Enter the short form of the team name, for example TAF', 12),
    /** What the plan is called, in lower case: "action plan", "family plan", "support plan". */
    planName: requiredLine('Enter what the plan is called, for example family plan', 40),
    /** What families call their lead professional: "key person", "main contact". */
    keyPerson: requiredLine('Enter what families call their lead professional, for example key person', 40),
    reviewIntervalWeeks: whole(1, 26, 'the weeks between reviews'),
    /** Meetings missed in a row before the chair is shown a flag. */
    nonAttendanceInARow: whole(1, 10, 'the number of meetings missed in a row'),
    /** Open actions above which the chair gets a gentle prompt. */
    maxActionsBeforePrompt: whole(1, 50, 'the most actions a family can hold'),
    /** Reviews an action can be carried over before it is flagged. */
    carriedOverFlagAt: whole(1, 10, 'the number of carry-overs before an action is flagged'),
    familyPlanWithinWorkingDays: whole(1, 30, 'the working days to send the family plan'),
    readingAgeTarget: whole(5, 18, 'the reading age'),
  })
  .strict();
export type LocalWords = z.infer<typeof localSchema>;

export const LOCAL_FILE = 'local.json';

export const BUILT_IN_LOCAL: LocalWords = {
  about:
    'Local words and numbers. teamName is read aloud in full; teamShort is for professionals only. planName is what the plan is called (action plan, family plan or support plan). keyPerson is what families call their lead professional. nonAttendanceInARow: meetings missed in a row before the chair sees a flag. maxActionsBeforePrompt: open actions before a gentle prompt that the plan may be too long. carriedOverFlagAt: reviews an action can be carried over before it is flagged.',
  authorityName: '',
  teamName: 'Team Around the Child',
  teamShort: 'TAC',
  planName: 'action plan',
  keyPerson: 'key person',
  reviewIntervalWeeks: 6,
  nonAttendanceInARow: 2,
  maxActionsBeforePrompt: 8,
  carriedOverFlagAt: 2,
  familyPlanWithinWorkingDays: 5,
  readingAgeTarget: 9,
};

/** Placeholders every prompt and agenda title may use. A capitalised form ({PlanName}) is also allowed. */
export const STANDARD_PLACEHOLDERS = [
  'teamName', 'teamShort', 'planName', 'keyPerson', 'childNames', 'familyNames', 'leadProfessional', 'authorityName',
] as const;
/** Placeholders filled only in the situations that need them (a chair's alert). */
export const SITUATION_PLACEHOLDERS = [
  'name', 'agency', 'count', 'previous', 'maxActions', 'owner', 'action', 'date', 'outcome', 'substitute', 'missed',
] as const;
export type PlaceholderKey = (typeof STANDARD_PLACEHOLDERS)[number] | (typeof SITUATION_PLACEHOLDERS)[number];
export type PlaceholderContext = Partial<Record<PlaceholderKey, string | number>>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const KNOWN = new Set<string>([...STANDARD_PLACEHOLDERS, ...SITUATION_PLACEHOLDERS]);

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The placeholder names in a text that are not ones we fill (for template checks). */
export function unknownPlaceholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (!KNOWN.has(m[1]) && !KNOWN.has(lowerFirst(m[1]))) out.push(m[1]);
  }
  return out;
}

/**
 * Replaces `{planName}` with the context's value; `{PlanName}` gives the same value with a
 * capital first letter, for the start of a sentence. Placeholders with no value are left as they are.
 */
export function fillPlaceholders(text: string, context: PlaceholderContext): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const exact = (context as Record<string, string | number | undefined>)[name];
    if (exact !== undefined) return String(exact);
    const lower = (context as Record<string, string | number | undefined>)[lowerFirst(name)];
    if (lower !== undefined && name !== lowerFirst(name)) return upperFirst(String(lower));
    return whole;
  });
}

/** "Jay", "Jay and Mia", "Jay, Mia and Leo". */
export function joinNames(names: readonly string[], empty = ''): string {
  const list = names.filter((n) => n.trim().length > 0);
  if (list.length === 0) return empty;
  if (list.length === 1) return list[0];
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** A zod refinement for template text: every {placeholder} must be one we know how to fill. */
export function placeholdersKnown(text: string): boolean {
  return unknownPlaceholders(text).length === 0;
}

export const PLACEHOLDER_MESSAGE =
  'Uses a {placeholder} the app does not know. Use one of: ' +
  [...STANDARD_PLACEHOLDERS].map((p) => `{${p}}`).join(', ');
