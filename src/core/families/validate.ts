// Checking a changed family before it is saved, quickly: meetings and actions that are exactly
// as they were last checked are not checked again; everything else, and every rule across the
// record, is. The result is the same as parsing the whole record with familyRecordSchema.
import type { z } from 'zod';
import {
  checkFamilyInvariants, familyRecordObjectSchema, MAX_ACTIONS, MAX_MEETINGS, type FamilyRecord,
} from './record';
import { meetingSchema } from '../meetings/schema';
import { actionSchema } from '../actions/schema';

type Issue = z.core.$ZodIssue;
export type Checked = { success: true; data: FamilyRecord } | { success: false; issues: Issue[] };

const shellSchema = familyRecordObjectSchema.omit({ meetings: true, actions: true });

/** Deep equality for plain JSON-like data (what records are made of). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b as object, k) || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function reuseOrParse<T extends { id: string }>(
  items: unknown,
  previous: readonly T[],
  schema: z.ZodType<T>,
  key: 'meetings' | 'actions',
  max: number,
  issues: Issue[],
): T[] {
  if (!Array.isArray(items)) {
    issues.push({ code: 'invalid_type', expected: 'array', path: [key], message: 'This is missing' } as Issue);
    return [];
  }
  if (items.length > max) issues.push({ code: 'custom', path: [key], message: `No more than ${max} ${key}` } as Issue);
  const byId = new Map(previous.map((p) => [p.id, p]));
  return items.map((item, i) => {
    const id = (item as { id?: unknown })?.id;
    const was = typeof id === 'string' ? byId.get(id) : undefined;
    if (was && sameData(was, item)) return was;
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ ...issue, path: [key, i, ...issue.path] } as Issue);
      return item as T;
    }
    return parsed.data;
  });
}

/** Check `draft` as a whole family record, reusing parts unchanged since `previous` was checked. */
export function checkFamily(draft: unknown, previous?: FamilyRecord): Checked {
  const issues: Issue[] = [];
  const raw = (draft ?? {}) as Record<string, unknown>;
  const shell = shellSchema.safeParse({ ...raw, meetings: undefined, actions: undefined });
  if (!shell.success) issues.push(...shell.error.issues);
  const meetings = reuseOrParse(raw.meetings ?? [], previous?.meetings ?? [], meetingSchema as unknown as z.ZodType<FamilyRecord['meetings'][number]>, 'meetings', MAX_MEETINGS, issues);
  const actions = reuseOrParse(raw.actions ?? [], previous?.actions ?? [], actionSchema as unknown as z.ZodType<FamilyRecord['actions'][number]>, 'actions', MAX_ACTIONS, issues);
  if (issues.length > 0 || !shell.success) return { success: false, issues };
  const record = { ...shell.data, meetings, actions } as FamilyRecord;
  checkFamilyInvariants(record, { addIssue: (issue) => issues.push(issue as Issue) });
  return issues.length ? { success: false, issues } : { success: true, data: record };
}
