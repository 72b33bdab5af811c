// audit.* handlers: list entries (ids only), verify the hash chain, export the log for a data
// protection officer — and the hook that records every API call about a family.
import type { Handlers } from '../../api';
import { actionForMethod } from '../security/audit-entry';
import type { AuditLog } from '../security/audit';
import { notAvailable, type SecurityServices } from './vault';

const ID = /^[A-Za-z0-9_-]{6,64}$/;
/** Calls that say nothing about a record, or that record their own entries. */
const NOT_AUDITED = new Set([
  'app.info', 'families.list', 'families.dismissNotice', 'audit.list', 'audit.verify',
  'host.rememberFamily', 'host.lastFamily', 'host.showInFolder',
]);
/** Calls worth an entry even without a family id. */
const ALWAYS = new Set(['host.saveFile']);

export function auditHandlers(security: SecurityServices | undefined): Handlers['audit'] {
  const audit = () => (security ?? notAvailable()).audit;
  return {
    async list({ familyId, limit }) {
      return { entries: await audit().list({ familyId, limit }) };
    },
    async verify() {
      return audit().verify();
    },
    async export({ format }) {
      const file = await audit().export(format);
      await audit().append({ action: 'exported', method: 'audit.export', detail: `audit log as ${format.toUpperCase()}` });
      return { file: { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64'), bytes: file.bytes.length }, verdict: file.verdict };
    },
  };
}

/**
 * After a successful call: one entry with the method name and the family id (from the input, or the
 * new record for families.create). Never the input itself. vault.* and records.* write their own.
 */
export async function auditCall(audit: AuditLog, name: string, input: unknown, output: unknown): Promise<void> {
  if (!audit.isOpen || NOT_AUDITED.has(name) || name.startsWith('vault.') || name.startsWith('records.') || name === 'audit.export') return;
  const fromInput = (input as { familyId?: unknown } | null)?.familyId;
  const fromOutput = name === 'families.create' ? (output as { id?: unknown } | null)?.id : undefined;
  const familyId = [fromInput, fromOutput].find((v): v is string => typeof v === 'string' && ID.test(v));
  if (!familyId && !ALWAYS.has(name)) return;
  await audit.append({ action: actionForMethod(name), method: name, familyId });
}
