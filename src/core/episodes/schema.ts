// An episode of support for one child: when and why it opened, the lead professional over time,
// the consent to share information (never a bare "yes"), the outcomes agreed, and how it closed.
import { z } from 'zod';
import { isoDate } from '../shared/dates';
import { idSchema, longText, optionalLine, personRef, requiredLine, requiredText } from '../shared/strings';

export const CONSENT_GIVERS = ['parent', 'carer', 'young-person'] as const;
export const CONSENT_GIVER_LABELS: Record<(typeof CONSENT_GIVERS)[number], string> = {
  parent: 'A parent',
  carer: 'A carer',
  'young-person': 'The young person',
};
export const CONSENT_FORMS = ['written', 'verbal'] as const;

export const consentSchema = z.object({
  id: idSchema,
  givenBy: z.enum(CONSENT_GIVERS, { error: 'Choose who gave consent' }),
  givenByName: requiredLine('Enter the name of the person who gave consent', 120),
  form: z.enum(CONSENT_FORMS, { error: 'Choose whether consent was written or verbal' }),
  date: isoDate('Enter the date consent was given'),
  scope: requiredText('Say what the family agreed can be shared, and with whom', 4000),
  excludedAgencies: z
    .array(requiredLine('Enter the name of the service', 160))
    .max(30)
    .default([]),
  notes: longText(20_000),
  withdrawnOn: isoDate('Enter the date consent was withdrawn').optional(),
});
export type Consent = z.infer<typeof consentSchema>;

export const FAMILY_AGREED = ['yes', 'no', 'not-asked'] as const;
export const FAMILY_AGREED_LABELS: Record<(typeof FAMILY_AGREED)[number], string> = {
  yes: 'Yes',
  no: 'No',
  'not-asked': 'Not asked yet',
};

export const leadProfessionalPeriodSchema = z.object({
  teamMemberId: personRef('Choose the lead professional'),
  from: isoDate('Enter the date they became the lead professional'),
  reason: optionalLine(400),
  familyAgreed: z.enum(FAMILY_AGREED, { error: 'Say whether the family agreed' }),
});
export type LeadProfessionalPeriod = z.infer<typeof leadProfessionalPeriodSchema>;

export const OUTCOME_AREAS = [
  'health', 'safety', 'learning', 'feelings-and-behaviour', 'family-and-home', 'money-and-work', 'other',
] as const;

export const outcomeSchema = z.object({
  id: idSchema,
  text: requiredText('Write what will be different for the child', 1000),
  area: z.enum(OUTCOME_AREAS).default('other'),
  agreedOn: isoDate('Enter the date this was agreed'),
  active: z.boolean().default(true),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const CLOSURE_REASONS = [
  'needs-met', 'stepped-up', 'stepped-down', 'moved-away', 'family-ended', 'other',
] as const;
export const CLOSURE_REASON_LABELS: Record<(typeof CLOSURE_REASONS)[number], string> = {
  'needs-met': 'Things have improved and support is no longer needed',
  'stepped-up': "Moved to children's social care (stepped up)",
  'stepped-down': 'Moved to a universal service such as school or health (stepped down)',
  'moved-away': 'The family moved away',
  'family-ended': 'The family chose to stop',
  other: 'Another reason',
};

export const episodeSchema = z
  .object({
    id: idSchema,
    childId: personRef('Choose the child this support is for'),
    openedOn: isoDate('Enter the date support started'),
    startedBy: requiredLine('Say who started this support, for example the school or the family', 200),
    reason: longText(50_000),
    leadProfessionals: z.array(leadProfessionalPeriodSchema).min(1, { error: 'Choose a lead professional' }),
    consents: z.array(consentSchema).min(1, { error: 'Record the consent to share information' }),
    outcomes: z.array(outcomeSchema).max(40).default([]),
    closedOn: isoDate('Enter the date support ended').optional(),
    closureReason: z.enum(CLOSURE_REASONS).optional(),
    closureNote: longText(20_000),
    followsEpisodeId: idSchema.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.closedOn && !e.closureReason) {
      ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'Choose why support ended' });
    }
    if (e.closedOn && e.closedOn < e.openedOn) {
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Support cannot end before it started' });
    }
  });
export type Episode = z.infer<typeof episodeSchema>;

export function isOpen(episode: Pick<Episode, 'closedOn'>): boolean {
  return !episode.closedOn;
}

/** The lead professional on a date: the latest period starting on or before it. */
export function leadProfessionalOn(episode: Pick<Episode, 'leadProfessionals'>, on: string): LeadProfessionalPeriod | undefined {
  const sorted = [...episode.leadProfessionals].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let current: LeadProfessionalPeriod | undefined;
  for (const p of sorted) if (p.from <= on) current = p;
  return current ?? sorted[0];
}

export function currentLeadProfessional(episode: Pick<Episode, 'leadProfessionals'>): LeadProfessionalPeriod | undefined {
  const sorted = [...episode.leadProfessionals].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return sorted[sorted.length - 1];
}

/** The consent in force: the latest not withdrawn. */
export function currentConsent(episode: Pick<Episode, 'consents'>): Consent | undefined {
  const live = episode.consents.filter((c) => !c.withdrawnOn);
  return [...live].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).pop();
}

/** Agencies the family asked not to be told, across the consents in force for these episodes. */
export function excludedAgencies(episodes: readonly Pick<Episode, 'consents' | 'closedOn'>[]): string[] {
  const out = new Set<string>();
  for (const e of episodes) {
    const c = currentConsent(e);
    for (const a of c?.excludedAgencies ?? []) out.add(a);
  }
  return [...out];
}

/** True when an agency name matches one the family excluded (case and spacing ignored). */
export function isExcludedAgency(agency: string, excluded: readonly string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const a = norm(agency);
  return excluded.some((x) => {
    const n = norm(x);
    return n.length > 0 && (a === n || a.includes(n) || n.includes(a));
  });
}
