// One audit entry: who (host and a pseudonymous user id, never a name), what, which record id,
// when and which app version — no record content. Each entry carries the SHA-256 of the one before.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'opened', 'created', 'changed', 'exported', 'circulated', 'deleted',
  'unlocked', 'failed unlock', 'locked', 'key changed', 'restored', 'quarantined', 'migrated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  method: z.string().max(80).optional(),
  familyId: z.string().max(64).optional(),
  host: z.enum(['electron', 'web']),
  user: z.string().max(40),
  appVersion: z.string().max(40),
  /** Fixed, content-free words chosen by the app (e.g. "key file"), never text a person typed. */
  detail: z.string().max(120).optional(),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditEvent = Pick<AuditEntry, 'action'> & Partial<Pick<AuditEntry, 'method' | 'familyId' | 'detail' | 'at'>>;

export const GENESIS = '0'.repeat(64);

/** The entry's fields (without `hash`) in a fixed order, so the hash does not depend on key order. */
export function canonical(entry: Omit<AuditEntry, 'hash'> | AuditEntry): string {
  const keys = ['seq', 'at', 'action', 'method', 'familyId', 'host', 'user', 'appVersion', 'detail', 'prev'] as const;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (entry[k] !== undefined) out[k] = entry[k];
  return JSON.stringify(out);
}

export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(canonical(entry)).digest('hex');
}

/** A stable, pseudonymous id for the person logged in to this computer (their login name is not kept). */
export function hostUserId(): string {
  try {
    const name = os.userInfo().username;
    return `u-${createHash('sha256').update(`tac-chair user:${name}`).digest('hex').slice(0, 12)}`;
  } catch {
    return 'u-unknown';
  }
}

const CSV_COLUMNS = ['seq', 'at', 'action', 'method', 'familyId', 'host', 'user', 'appVersion', 'detail', 'prev', 'hash'] as const;
const CSV_HEADINGS = ['Number', 'When (UTC)', 'What', 'Method', 'Family id', 'Host', 'User (pseudonymous)', 'App version', 'Detail', 'Previous hash', 'Hash'];

function csvCell(value: unknown): string {
  const text = value === undefined ? '' : String(value);
  // Cells starting with = + - @ are treated as formulas by spreadsheets: neutralise them.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(entries: readonly AuditEntry[]): string {
  const lines = [CSV_HEADINGS.map(csvCell).join(',')];
  for (const e of entries) lines.push(CSV_COLUMNS.map((c) => csvCell(e[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Which audit action a successful API call counts as (ids only are kept). */
export function actionForMethod(name: string): AuditAction {
  const [domain, verb = ''] = name.split('.');
  if (name === 'records.eraseFamily') return 'deleted';
  if (name === 'families.create') return 'created';
  if (domain === 'circulation' || /^(circulate|send)/i.test(verb)) return 'circulated';
  if (domain === 'documents' || domain === 'records' || /export|download|print|saveFile/i.test(verb)) return 'exported';
  if (/^(get|list|view|preview|check|find|search|load|open|summary|status)/i.test(verb)) return 'opened';
  return 'changed';
}
