// Roles keep their capitals in the family plan's sentences: "SENCO" and "CAMHS clinician", never "senco".
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildFamilyPlan } from '../../src/core/documents/index';
import { TODAY, demoFamily, reviewMeeting } from './support';

describe('roles in the family plan', () => {
  it('keep the capitals that carry meaning', async () => {
    const record = demoFamily();
    record.team[0].role = 'SENCO';
    record.team[1].role = 'CAMHS clinician';
    const bytes = await buildFamilyPlan({ record, meetingId: reviewMeeting(record).id, today: TODAY });
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(raw).toContain(`${record.team[0].name}, SENCO`);
    expect(raw).toContain('CAMHS clinician');
    expect(raw).not.toMatch(/senco|camhs/);
  });
});
