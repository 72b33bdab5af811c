// Saving checks the whole family, even when only one meeting changed: a broken meeting, a broken
// action or a broken rule across the record is refused, with the field named.
import { describe, expect, it } from 'vitest';
import { buildDemoFamily } from '../../../src/main/demo/demo-family';
import { checkFamily } from '../../../src/core/families/validate';
import { familyRecordSchema } from '../../../src/core/families/record';

function demo() {
  let n = 0;
  const record = familyRecordSchema.parse(buildDemoFamily(() => `id${(n++).toString().padStart(6, '0')}`, '2026-11-23', '2026-11-23T09:00:00.000Z'));
  return record;
}

describe('checking a changed family', () => {
  it('accepts the demo family and gives the same result as a full check', () => {
    const record = demo();
    const checked = checkFamily(structuredClone(record), record);
    expect(checked.success).toBe(true);
    if (checked.success) expect(checked.data).toEqual(familyRecordSchema.parse(record));
  });

  it('refuses a changed meeting with an impossible date, naming the meeting field', () => {
    const record = demo();
    const draft = structuredClone(record);
    draft.meetings[1].date = '2026-02-30';
    const checked = checkFamily(draft, record);
    expect(checked.success).toBe(false);
    if (!checked.success) expect(checked.issues.map((i) => i.path.join('.'))).toContain('meetings.1.date');
  });

  it('refuses a changed action whose wait has no start date', () => {
    const record = demo();
    const draft = structuredClone(record);
    draft.actions[2].status = 'waiting';
    const checked = checkFamily(draft, record);
    expect(checked.success).toBe(false);
    if (!checked.success) expect(checked.issues.map((i) => i.path.join('.'))).toContain('actions.2.waitingSince');
  });

  it('still checks rules across the record: a second open episode for the same child', () => {
    const record = demo();
    const draft = structuredClone(record);
    draft.episodes.push({ ...structuredClone(draft.episodes[0]), id: 'second-episode' });
    const checked = checkFamily(draft, record);
    expect(checked.success).toBe(false);
  });

  it('checks a brand-new family in full when there is nothing to compare with', () => {
    const record = demo();
    const draft = structuredClone(record) as unknown as Record<string, unknown>;
    (draft.meetings as { venue: string }[])[0].venue = '';
    expect(checkFamily(draft).success).toBe(false);
  });
});
