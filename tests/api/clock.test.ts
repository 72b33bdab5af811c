// The injectable clock: a host started with `today` (the browser host's `--today`) runs on that date,
// the time of day still running, and every date the app shows or defaults follows it.
import { afterEach, describe, expect, it } from 'vitest';
import { shiftedClock } from '../../src/main/services/context';
import { parseArgs } from '../../src/main/web/cli';
import { startTestHost, type TestHost } from '../support/host';
import { familyInput } from '../support/fixtures';

describe('the app clock', () => {
  let t: TestHost | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('moves the date, keeps the time of day running', () => {
    let real = new Date('2026-12-07T09:15:00Z');
    const clock = shiftedClock('2027-03-01', () => real);
    expect(clock().toISOString()).toBe('2027-03-01T09:15:00.000Z');
    real = new Date('2026-12-07T09:16:30Z');
    expect(clock().toISOString()).toBe('2027-03-01T09:16:30.000Z');
    expect(shiftedClock(undefined, () => real)()).toBe(real);
  });

  it('a host started on another day says so, and dates what it records by that day', async () => {
    t = await startTestHost({ today: '2031-02-14' });
    const info = await t.value('app.info');
    expect(info.today).toBe('2031-02-14');
    expect(info.now.slice(0, 10)).toBe('2031-02-14');
    const record = await t.value('families.create', familyInput('EH-2031-0001'));
    expect(record.createdAt.slice(0, 10)).toBe('2031-02-14');
  });

  it('--today takes a real date only', () => {
    expect(parseArgs(['--today', '2026-11-19']).today).toBe('2026-11-19');
    expect(() => parseArgs(['--today', '2026-02-30'])).toThrow(/real date/);
    expect(() => parseArgs(['--today'])).toThrow(/needs a value/);
  });
});
