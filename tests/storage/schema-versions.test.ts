// Records carry a schemaVersion and move forward through numbered, frozen migrations. A record saved
// at version 1 (a frozen fixture) opens in today's app; a record from a newer app is refused plainly.
import { describe, expect, it } from 'vitest';
import { readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { FAMILY_SCHEMA_VERSION, familyRecordSchema } from '../../src/core/families/record';
import { MIGRATIONS, migrateFamily, NewerVersionError } from '../../src/core/migrations';
import { encryptedVault } from './support';

const FIXTURE = path.join(__dirname, 'fixtures', 'family-v1.json');
const v1 = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('record versions', () => {
  it('has a numbered step for every version from 1 to the current one', () => {
    for (let v = 1; v < FAMILY_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `step ${v} → ${v + 1}`).toBeTypeOf('function');
    expect(Object.keys(MIGRATIONS).map(Number).every((v) => v >= 1 && v < FAMILY_SCHEMA_VERSION)).toBe(true);
  });

  it('a version 1 record (frozen fixture) migrates through every step, unchanged in place, and is valid today', () => {
    const fixture = deepFreeze(v1());
    expect(fixture.schemaVersion).toBe(1);
    const migrated = migrateFamily(fixture) as Record<string, unknown>;
    expect(migrated.schemaVersion).toBe(FAMILY_SCHEMA_VERSION);
    const parsed = familyRecordSchema.safeParse(migrated);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(parsed.data.reference).toBe('EH-2026-0147');
      expect(parsed.data.meetings).toHaveLength(3);
      expect(parsed.data.children.map((c) => c.firstName)).toEqual(['Jay', 'Mia']);
    }
  });

  it('a version 1 file in the vault opens in today’s app', async () => {
    const t = await encryptedVault();
    const raw = v1();
    await fs.writeFile(t.vault.familyFile(String(raw.id)), t.codec.encode(String(raw.id), JSON.stringify(raw)));
    const vault = await t.reopen();
    const record = await vault.readFamily(String(raw.id));
    expect(record.schemaVersion).toBe(FAMILY_SCHEMA_VERSION);
    expect(record.team).toHaveLength(5);
  });

  it('runs the steps in order, one version at a time', () => {
    const seen: number[] = [];
    const steps = {
      1: (r: Record<string, unknown>) => (seen.push(r.schemaVersion as number), { ...r, nickname: r.reference }),
      2: (r: Record<string, unknown>) => (seen.push(r.schemaVersion as number), { ...r, label: `Family ${String(r.nickname)}` }),
    };
    const out = migrateFamily({ schemaVersion: 1, reference: 'EH-1' }, 3, steps) as Record<string, unknown>;
    expect(seen).toEqual([1, 2]);
    expect(out).toEqual({ schemaVersion: 3, reference: 'EH-1', nickname: 'EH-1', label: 'Family EH-1' });
    expect(() => migrateFamily({ schemaVersion: 1 }, 3, { 1: steps[1] })).toThrow('No migration from record version 2');
  });

  it('refuses a record from a newer app with a plain reason', () => {
    const newer = { ...v1(), schemaVersion: FAMILY_SCHEMA_VERSION + 1 };
    expect(() => migrateFamily(newer)).toThrow(NewerVersionError);
    expect(() => migrateFamily(newer)).toThrow(
      `This family was saved by a newer version of TAC Chair (record version ${FAMILY_SCHEMA_VERSION + 1}). Update the app to open it.`,
    );
  });
});
