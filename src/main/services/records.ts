// records.* handlers: subject access (everything held about one family, JSON and Word), erasure
// (confirmed by typing the family reference) and the retention review. Nothing is deleted automatically.
import type { Handlers } from '../../api';
import { AppError } from '../../core/shared/result';
import { retentionDue } from '../../core/retention/rules';
import { buildSubjectAccessDoc } from '../../core/retention/subject-access-doc';
import { APP_VERSION } from '../version';
import { when as formatWhen } from '../storage/recovery';
import type { ServiceContext } from './context';
import { notAvailable, type SecurityServices } from './vault';

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function recordsHandlers(ctx: ServiceContext, security: SecurityServices | undefined): Handlers['records'] {
  const s = () => security ?? notAvailable();

  return {
    async restoreNewest({ familyId, noticeId }) {
      const { vault } = s();
      const record = await vault.restoreNewest(familyId);
      ctx.store.forget(familyId);
      if (noticeId) vault.dismissNotice(noticeId);
      return record
        ? { restored: true, message: `Put back the copy of family ${record.reference} saved on ${formatWhen(record.updatedAt)}.` }
        : { restored: false, message: 'No newer copy of this family is held: the file as it is now is the newest there is.' };
    },

    async exportFamily({ familyId }) {
      const { audit } = s();
      const record = await ctx.store.load(familyId);
      const entries = (await audit.list({ familyId })).reverse();
      const today = ctx.today();
      const json = {
        about: 'Everything TAC Chair holds about this family: the record, and the audit log entries about it (who opened, changed, exported or sent it, and when).',
        exportedAt: ctx.now().toISOString(),
        appVersion: APP_VERSION,
        record,
        audit: entries,
      };
      const jsonBytes = Buffer.from(JSON.stringify(json, null, 2), 'utf8');
      const docBytes = await buildSubjectAccessDoc({ record, audit: entries, today });
      await audit.append({ action: 'exported', method: 'records.exportFamily', familyId, detail: 'subject access copy' });
      const base = `subject-access-${familyId}-${today}`;
      return {
        files: [
          { fileName: `${base}.json`, mimeType: 'application/json', base64: jsonBytes.toString('base64'), bytes: jsonBytes.length },
          {
            fileName: `${base}.docx`,
            mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            base64: docBytes.toString('base64'),
            bytes: docBytes.length,
          },
        ],
        note: 'These files are not locked. Save them only where your organisation allows, check them for information about other people before sharing, and delete your copy when the request is answered.',
      };
    },

    async eraseFamily({ familyId, confirmReference }) {
      const { vault, audit } = s();
      if (!vault.has(familyId)) throw new AppError('not-found', 'We could not find that family. It may have been erased already.');
      let reference: string | undefined;
      try {
        reference = (await ctx.store.load(familyId)).reference;
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'cannot-open') throw err;
        reference = vault.list().unreadable.find((u) => u.id === familyId)?.reference;
      }
      const expected = reference ?? familyId;
      if (norm(confirmReference) !== norm(expected)) {
        const message = reference
          ? 'The reference you typed does not match this family’s reference. Type it exactly as shown to confirm.'
          : 'This family’s reference is not known, so type its id exactly as shown to confirm.';
        throw new AppError('invalid-input', message, { confirmReference: message });
      }
      await ctx.store.remove(familyId);
      const { backupCopies, quarantined } = await vault.eraseFamily(familyId);
      await audit.append({ action: 'deleted', method: 'records.eraseFamily', familyId, detail: 'erased from the vault, its backups and quarantine' });
      const copies = backupCopies + quarantined;
      return {
        erased: true as const,
        backupCopies,
        quarantinedCopies: quarantined,
        message:
          `The family’s records were erased from this computer${copies ? `, including ${copies} ${copies === 1 ? 'copy' : 'copies'} in backups and quarantine` : ''}. ` +
          'The audit log keeps a note that they were erased, with no details about the family. Copies you saved or sent elsewhere are not affected.',
      };
    },

    async retentionReview() {
      const { vault, retention } = s();
      const today = ctx.today();
      const due = [];
      const families = vault.retentionFacts();
      for (const family of families) {
        const facts = family.facts ?? (await ctx.store.load(family.id).catch(() => undefined));
        if (!facts) continue;
        const status = retentionDue(facts, retention.policy, today);
        if (status.due) due.push({ familyId: family.id, reference: family.reference, reviewOn: status.reviewOn, summary: status.summary, rules: status.rules });
      }
      due.sort((a, b) => (a.reviewOn ?? '').localeCompare(b.reviewOn ?? '') || a.reference.localeCompare(b.reference));
      return {
        policyNote: retention.policy.policyNote,
        rules: retention.policy.rules.map((r) => ({ id: r.id, label: r.label })),
        due,
        checked: families.length,
        ...(retention.problem ? { problem: retention.problem } : {}),
      };
    },
  };
}
