// The demo family (Jay and Mia Fletcher) for the circulation rules, with small changes per test.
import { buildDemoFamily } from '../../../src/main/demo/demo-family';
import type { FamilyRecord } from '../../../src/core/families/record';
import type { CirculationEntry } from '../../../src/core/circulation/schema';

export const TODAY = '2026-11-23';

export function demo(today = TODAY): FamilyRecord {
  let n = 0;
  return buildDemoFamily(() => `id${String(++n).padStart(6, '0')}`, today, `${today}T10:00:00.000Z`);
}

export const review = (r: FamilyRecord) => r.meetings.find((m) => m.kind === 'review' && m.status === 'finished')!;
export const first = (r: FamilyRecord) => r.meetings.find((m) => m.kind === 'first')!;
export const personId = (r: FamilyRecord, name: string) => [...r.team, ...r.members].find((p) => p.name === name)!.id;

export function sent(r: FamilyRecord, name: string, version: CirculationEntry['version'], sentAt: string, extra: Partial<CirculationEntry> = {}): CirculationEntry {
  return { id: `c-${name.replace(/\W/g, '')}-${sentAt.slice(0, 10)}`, personId: personId(r, name), version, sentAt, how: 'email', excludedOverrideReason: '', ...extra };
}
