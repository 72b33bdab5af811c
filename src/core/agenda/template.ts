// Agenda templates: the items a first, review or closing meeting runs through, their order,
// timings and wording. Data in templates/agendas/*.json; these built-in copies are the fallback.
import { z } from 'zod';
import { requiredLine } from '../shared/strings';
import { MEETING_KINDS, type MeetingKind } from '../meetings/schema';
import { CUSTOM_KEY, GENERATED_KEYS } from './keys';
import { PLACEHOLDER_MESSAGE, aboutSchema, placeholdersKnown } from '../prompts/local';

const minutes = z
  .number({ error: 'Give the minutes as a whole number from 0 to 240' })
  .int({ error: 'Give the minutes as a whole number from 0 to 240' })
  .min(0, { error: 'Give the minutes as a whole number from 0 to 240' })
  .max(240, { error: 'Give the minutes as a whole number from 0 to 240' });

export const agendaTemplateItemSchema = z
  .object({
    /** A standing key from agenda/keys.ts, or a local key of its own (lower case and hyphens). */
    key: z
      .string({ error: 'Give each item a key, like family-view' })
      .regex(/^[a-z0-9-]{1,60}$/, { error: 'A key uses only lower-case letters, numbers and hyphens, like family-view' })
      .refine((k) => !GENERATED_KEYS.includes(k), { error: 'This key is made by the app itself; use review-actions or outcomes instead' }),
    title: requiredLine('Give each item a title', 200).refine(placeholdersKnown, { error: PLACEHOLDER_MESSAGE }),
    minutes,
    order: z.number({ error: 'Give each item an order number, like 1' }).int({ error: 'Give each item a whole order number' }),
    /** For `review-actions` and `outcomes`: the minutes for each action or outcome under it. */
    minutesEach: minutes.optional(),
  })
  .strict();
export type AgendaTemplateItem = z.infer<typeof agendaTemplateItemSchema>;

export const agendaTemplateSchema = z
  .object({
    about: aboutSchema,
    kind: z.enum(MEETING_KINDS, { error: 'The kind must be first, review or closing' }),
    name: requiredLine('Give the template a name, like Review meeting', 120),
    items: z.array(agendaTemplateItemSchema).min(1, { error: 'A template needs at least one item' }).max(60),
  })
  .strict()
  .superRefine((t, ctx) => {
    const orders = new Map<number, number>();
    const keys = new Map<string, number>();
    t.items.forEach((item, i) => {
      if (orders.has(item.order)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'order'], message: `Two items have order ${item.order}; give each its own number` });
      }
      orders.set(item.order, i);
      if (item.key !== CUSTOM_KEY && keys.has(item.key)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: `The key ${item.key} is used twice` });
      }
      keys.set(item.key, i);
    });
  });
export type AgendaTemplate = z.infer<typeof agendaTemplateSchema>;

/** The schema for one kind's file: also checks the file says it is for that kind of meeting. */
export function agendaTemplateSchemaFor(kind: MeetingKind) {
  return agendaTemplateSchema.refine((t) => t.kind === kind, {
    path: ['kind'],
    error: `This file is the agenda for ${kind === 'first' ? 'a first' : kind === 'review' ? 'a review' : 'a closing'} meeting, so its kind must be "${kind}"`,
  });
}

/** Where each kind's template lives, under templates/. */
export const AGENDA_TEMPLATE_FILES: Record<MeetingKind, string> = {
  first: 'agendas/first-meeting.json',
  review: 'agendas/review.json',
  closing: 'agendas/closing.json',
};

type Row = [key: string, title: string, minutes: number, minutesEach?: number];
const items = (rows: Row[]): AgendaTemplateItem[] =>
  rows.map(([key, title, mins, each], i) => ({ key, title, minutes: mins, order: (i + 1) * 10, ...(each === undefined ? {} : { minutesEach: each }) }));

const ABOUT =
  'Change the titles, minutes and order of items here. Keys come from the app (welcome, introductions, family-view, child-view, gone-well, worries, review-actions, outcomes, missing-from-team, new-actions, realistic, next-meeting, closing) or can be your own, like keep-going. review-actions is followed by one item for each open action; outcomes by one item for each agreed outcome, and minutesEach sets their time. Titles may use {childNames}, {familyNames}, {planName}, {teamName}, {keyPerson} and {leadProfessional}.';

export const BUILT_IN_AGENDAS: Record<MeetingKind, AgendaTemplate> = {
  first: {
    about: ABOUT,
    kind: 'first',
    name: 'First meeting',
    items: items([
      ['welcome', 'Welcome and why we are here', 5],
      ['introductions', 'Who is here and what each service can help with', 10],
      ['family-view', 'What the family thinks, in their own words', 15],
      ['child-view', 'Hearing from {childNames}', 10],
      ['gone-well', 'What is going well', 10],
      ['worries', 'What we are worried about', 15],
      ['outcomes', 'What we want to be different, and where things are now', 5, 3],
      ['missing-from-team', 'Is anyone missing from this team?', 5],
      ['new-actions', 'Who will do what, by when', 15],
      ['realistic', 'Is this realistic?', 5],
      ['next-meeting', 'When and where we meet next', 5],
      ['closing', 'What happens next and who gets the {planName}', 5],
    ]),
  },
  review: {
    about: ABOUT,
    kind: 'review',
    name: 'Review meeting',
    items: items([
      ['welcome', 'Welcome and why we are here', 5],
      ['introductions', 'Who is here and what each service can help with', 5],
      ['family-view', 'What the family thinks, in their own words', 10],
      ['child-view', 'Hearing from {childNames}', 10],
      ['gone-well', 'What has gone well since last time', 10],
      ['review-actions', 'What we said we would do last time', 2, 3],
      ['worries', 'What we are worried about now', 10],
      ['outcomes', 'Is this better for you?', 2, 3],
      ['missing-from-team', 'Is anyone missing from this team?', 5],
      ['new-actions', 'Who will do what, by when', 10],
      ['realistic', 'Is this realistic?', 5],
      ['next-meeting', 'When and where we meet next', 5],
      ['closing', 'What happens next and who gets the {planName}', 5],
    ]),
  },
  closing: {
    about: ABOUT,
    kind: 'closing',
    name: 'Closing meeting',
    items: items([
      ['welcome', 'Welcome and why we are here', 5],
      ['introductions', 'Who is here', 5],
      ['family-view', 'What has changed since we started, in the family’s words', 15],
      ['child-view', 'Hearing from {childNames}: what has changed', 10],
      ['review-actions', 'What we said we would do last time', 2, 3],
      ['outcomes', 'Is this better for you?', 2, 3],
      ['keep-going', 'What will keep things going once we stop meeting', 10],
      ['if-things-get-hard', 'Who to go to if things get hard again', 5],
      ['worries', 'Anything still worrying anyone', 5],
      ['feedback', 'What worked and what did not', 5],
      ['closing', 'Saying goodbye and who gets the closing summary', 5],
    ]),
  },
};

/** The template's items in the order they are run. */
export function orderedItems(template: AgendaTemplate): AgendaTemplateItem[] {
  return template.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.order - b.item.order || a.index - b.index)
    .map((x) => x.item);
}
