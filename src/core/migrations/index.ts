// Numbered, frozen migrations of stored family records. Each step takes the raw object of version
// N and returns version N+1; a record newer than this app is refused with a plain reason.
import { FAMILY_SCHEMA_VERSION } from '../families/record';

type Raw = Record<string, unknown>;
export type Migration = (record: Raw) => Raw;

/** MIGRATIONS[n] turns version n into version n+1. Never edit a released step; add a new one. */
export const MIGRATIONS: Record<number, Migration> = {};

export class NewerVersionError extends Error {
  constructor(public readonly found: number) {
    super(`This family was saved by a newer version of TAC Chair (record version ${found}). Update the app to open it.`);
  }
}

export function migrateFamily(raw: unknown, target = FAMILY_SCHEMA_VERSION, steps = MIGRATIONS): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let record = raw as Raw;
  let version = typeof record.schemaVersion === 'number' ? record.schemaVersion : NaN;
  if (!Number.isInteger(version)) return raw;
  if (version > target) throw new NewerVersionError(version);
  while (version < target) {
    const step = steps[version];
    if (!step) throw new Error(`No migration from record version ${version}`);
    record = step(record);
    version += 1;
    record = { ...record, schemaVersion: version };
  }
  return record;
}
