// Retention rules (templates/retention.json, set by each local authority) and when a family's
// records are due a "review for deletion". Pure: today is passed in. Nothing is ever deleted automatically.
import { z } from 'zod';
import { addDays, addMonths, formatDate, isIsoDate, type IsoDate } from '../shared/dates';

export const RETENTION_BASES = ['youngest-child-age', 'after-support-ends'] as const;
export type RetentionBasis = (typeof RETENTION_BASES)[number];

export const retentionRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'Use lower-case letters, numbers and dashes for a rule id' }),
  /** What the date is counted from: the youngest child's date of birth, or the day support ended. */
  basis: z.enum(RETENTION_BASES, { error: 'basis must be "youngest-child-age" or "after-support-ends"' }),
  years: z.number().int().min(1).max(100),
  /** How the rule reads in the app, e.g. "Until the youngest child is 25". */
  label: z.string().min(1).max(200),
});
export type RetentionRule = z.infer<typeof retentionRuleSchema>;

export const retentionPolicySchema = z.object({
  version: z.literal(1),
  /** Records are kept until every rule has passed: the latest date wins. */
  rules: z.array(retentionRuleSchema).min(1).max(10),
  /** Start prompting this many days before the date. */
  reviewNoticeDays: z.number().int().min(0).max(365).default(30),
  /** Shown beside the review list: who decides, and where the local policy is. */
  policyNote: z.string().max(1000).default(''),
});
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

/** The built-in policy, used when templates/retention.json is missing or broken. */
export const DEFAULT_RETENTION: RetentionPolicy = {
  version: 1,
  rules: [
    { id: 'youngest-child-25', basis: 'youngest-child-age', years: 25, label: 'Until the youngest child is 25' },
    { id: 'six-years-after-support', basis: 'after-support-ends', years: 6, label: '6 years after support ended' },
  ],
  reviewNoticeDays: 30,
  policyNote: 'Your data protection officer decides what is deleted. TAC Chair only reminds you when a review is due.',
};

export interface RuleOutcome {
  ruleId: string;
  label: string;
  /** The date this rule stops requiring the records to be kept; undefined while it cannot end yet. */
  keepUntil?: IsoDate;
  reason: string;
}

export interface RetentionStatus {
  /** True when every rule has passed (or will within the notice period). */
  due: boolean;
  /** The date the review is due, when it can be worked out. */
  reviewOn?: IsoDate;
  rules: RuleOutcome[];
  summary: string;
}

const addYears = (date: IsoDate, years: number) => addMonths(date, years * 12);

/** The few facts retention depends on; a whole FamilyRecord fits, and the vault index keeps just these. */
export interface RetentionFacts {
  children: readonly { dateOfBirth?: string; expectedDate?: string }[];
  episodes: readonly { closedOn?: string }[];
  meetings: readonly { date: string }[];
  updatedAt: string;
}

/** Just the facts, small enough for the vault index (so the review never opens every family). */
export function retentionFacts(record: RetentionFacts): RetentionFacts {
  const last = record.meetings.map((m) => m.date).sort().pop();
  return {
    children: record.children.map((c) => ({ dateOfBirth: c.dateOfBirth, expectedDate: c.expectedDate })),
    episodes: record.episodes.map((e) => ({ closedOn: e.closedOn })),
    meetings: last ? [{ date: last }] : [],
    updatedAt: record.updatedAt,
  };
}

function youngestBirth(record: Pick<RetentionFacts, 'children'>): IsoDate | undefined {
  const dates = record.children.map((c) => c.dateOfBirth ?? c.expectedDate).filter((d): d is string => !!d && isIsoDate(d));
  return dates.sort().pop();
}

/** The day support last ended, or the last activity when no support was ever opened. */
function supportEnded(record: RetentionFacts): { date?: IsoDate; open: boolean; fromActivity: boolean } {
  if (record.episodes.some((e) => !e.closedOn)) return { open: true, fromActivity: false };
  const closed = record.episodes.map((e) => e.closedOn).filter((d): d is string => !!d).sort();
  if (closed.length) return { date: closed[closed.length - 1], open: false, fromActivity: false };
  const activity = [record.updatedAt.slice(0, 10), ...record.meetings.map((m) => m.date)].filter(isIsoDate).sort();
  return { date: activity[activity.length - 1], open: false, fromActivity: true };
}

function evaluate(rule: RetentionRule, record: RetentionFacts): RuleOutcome {
  const base = { ruleId: rule.id, label: rule.label };
  if (rule.basis === 'youngest-child-age') {
    const birth = youngestBirth(record);
    if (!birth) return { ...base, reason: 'No child on the record has a date of birth or expected date, so this cannot be worked out.' };
    const keepUntil = addYears(birth, rule.years);
    return { ...base, keepUntil, reason: `The youngest child turns ${rule.years} on ${formatDate(keepUntil)}.` };
  }
  const ended = supportEnded(record);
  if (ended.open) return { ...base, reason: 'Support is still open, so the records are kept.' };
  if (!ended.date) return { ...base, reason: 'There is no date to count from.' };
  const keepUntil = addYears(ended.date, rule.years);
  const from = ended.fromActivity ? `the last activity on the record, on ${formatDate(ended.date)} (no support was opened)` : `support ended on ${formatDate(ended.date)}`;
  return { ...base, keepUntil, reason: `${rule.years} years after ${from}: ${formatDate(keepUntil)}.` };
}

/** Whether a family's records are due a "review for deletion" prompt today. */
export function retentionDue(
  record: RetentionFacts,
  policy: RetentionPolicy,
  today: IsoDate,
): RetentionStatus {
  const rules = policy.rules.map((r) => evaluate(r, record));
  const pending = rules.filter((r) => !r.keepUntil);
  if (pending.length) {
    return { due: false, rules, summary: `Keep: ${pending[0].reason.charAt(0).toLowerCase()}${pending[0].reason.slice(1)}` };
  }
  const reviewOn = rules.map((r) => r.keepUntil!).sort().pop()!;
  const due = today >= addDays(reviewOn, -policy.reviewNoticeDays);
  const summary = due
    ? today >= reviewOn
      ? `Review for deletion: every retention rule passed by ${formatDate(reviewOn)}.`
      : `Review for deletion soon: every retention rule will have passed on ${formatDate(reviewOn)}.`
    : `Keep until ${formatDate(reviewOn)}.`;
  return { due, reviewOn, rules, summary };
}
