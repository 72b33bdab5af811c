// Turning one family file's bytes back into a checked record: unlock (codec), parse, migrate,
// validate, and check it is the family it claims to be — with a plain reason when any step fails.
import { familyRecordSchema, type FamilyRecord } from '../../core/families/record';
import { migrateFamily, NewerVersionError } from '../../core/migrations';
import { explainIssues } from '../../core/shared/issues';
import { CodecError, type RecordCodec } from './codec';

/**
 * Why a file could not be read. `damaged` files are quarantined and replaced by the last good
 * copy; `newer` files are kept exactly as they are (a newer app saved them, nothing is wrong).
 */
export type FileProblemKind = 'damaged' | 'newer' | 'locked';

export type DecodedFamily = { ok: true; record: FamilyRecord } | { ok: false; problem: string; kind: FileProblemKind };

const POWER = 'This can happen if the computer lost power or the app was stopped while saving.';

export function decodeFamily(codec: RecordCodec, id: string, bytes: Buffer): DecodedFamily {
  if (bytes.length === 0) return { ok: false, kind: 'damaged', problem: `The file is empty. ${POWER}` };
  let text: string;
  try {
    text = codec.decode(id, bytes);
  } catch (err) {
    if (err instanceof CodecError) {
      if (err.problem === 'newer-format') return { ok: false, kind: 'newer', problem: `The file could not be opened: ${err.message}.` };
      if (err.problem === 'locked') return { ok: false, kind: 'locked', problem: err.message };
      return { ok: false, kind: 'damaged', problem: `The file could not be unlocked: ${err.message}.` };
    }
    return { ok: false, kind: 'damaged', problem: 'The file could not be unlocked.' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'damaged', problem: `The file is damaged or incomplete. ${POWER}` };
  }
  let migrated: unknown;
  try {
    migrated = migrateFamily(raw);
  } catch (err) {
    if (err instanceof NewerVersionError) return { ok: false, kind: 'newer', problem: err.message };
    return { ok: false, kind: 'damaged', problem: `The file could not be brought up to date: ${(err as Error).message}` };
  }
  const parsed = familyRecordSchema.safeParse(migrated);
  if (!parsed.success) {
    return { ok: false, kind: 'damaged', problem: `The file does not hold a valid family record (${explainIssues(parsed.error.issues)}).` };
  }
  if (parsed.data.id !== id) {
    return { ok: false, kind: 'damaged', problem: 'The file holds a different family’s record, so it was not opened.' };
  }
  return { ok: true, record: parsed.data };
}
