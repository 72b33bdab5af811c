// The home screen's overview, from the home list's index entries: reviews coming up or overdue (a
// planned meeting, or none planned when one is due), overdue actions, and each person's open actions.
import { describe, expect, it } from 'vitest';
import { buildDemoFamily } from '../../../src/main/demo/demo-family';
import { summarise, toIndexEntry, type FamilySummary } from '../../../src/core/families/index-entry';
import { openActionsOf, reviewsDue } from '../../../src/renderer/features/home/overview';
import { byPerson, ownerCounts } from '../../../src/renderer/features/actions/per-person-list';

const TODAY = '2026-11-23';

function demoSummary(change?: (r: ReturnType<typeof buildDemoFamily>) => void): FamilySummary {
  let n = 0;
  const record = buildDemoFamily(() => `demo-${String(++n).padStart(4, '0')}`, TODAY, `${TODAY}T09:00:00.000Z`);
  change?.(record);
  return summarise(toIndexEntry(record), TODAY);
}

describe('reviews coming up or overdue', () => {
  it('lists the demo family’s review in two days as coming up, not overdue', () => {
    const due = reviewsDue([demoSummary()], TODAY, 6);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ date: '2026-11-25', overdue: false, children: 'Jay and Mia' });
    expect(due[0].what).toBe('Review meeting, Wednesday 25 November 2026 at 9.30am');
  });

  it('says a planned review whose date has passed is overdue', () => {
    const due = reviewsDue([demoSummary()], '2026-12-01', 6);
    expect(due[0]).toMatchObject({ overdue: true });
    expect(due[0].what).toMatch(/planned for 25 November 2026 has not been held/);
  });

  it('says a review is due when none is planned, six weeks after the last meeting', () => {
    const summary = demoSummary((r) => {
      r.meetings = r.meetings.filter((m) => m.status === 'finished');
    });
    const due = reviewsDue([summary], TODAY, 6);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ date: '2026-11-23', overdue: false });
    expect(due[0].what).toBe('No review planned. One is due by 23 November 2026 (6 weeks after the last meeting).');
    const later = reviewsDue([summary], '2026-11-30', 6);
    expect(later[0].overdue).toBe(true);
    expect(later[0].what).toMatch(/due since 23 November 2026/);
  });

  it('leaves out meetings more than a fortnight away', () => {
    const summary = demoSummary((r) => {
      const planned = r.meetings.find((m) => m.status === 'planned')!;
      planned.date = '2027-01-13';
    });
    expect(reviewsDue([summary], TODAY, 6)).toEqual([]);
  });
});

describe('open actions by person', () => {
  it('puts people with overdue actions first, their overdue actions first, across families', () => {
    const a = demoSummary();
    const b = { ...demoSummary(), id: 'other-family', reference: 'EH-2026-0999' };
    const groups = byPerson(openActionsOf([a, b]), TODAY);
    const tom = groups.find((g) => g.who === 'Tom Price')!;
    expect(tom.actions).toHaveLength(2);
    expect(tom.actions.map((x) => x.family)).toEqual(['Jay and Mia', 'Jay and Mia']);
    expect(new Set(tom.actions.map((x) => x.familyId))).toEqual(new Set([a.id, 'other-family']));
    expect(groups[0].overdue).toBeGreaterThan(0);
    const dated = tom.actions.map((x) => x.dueDate ?? '9999');
    expect([...dated].sort()).toEqual(dated);
  });

  it('counts each person’s actions, the same name being the same person', () => {
    expect(ownerCounts([{ who: 'Tom Price' }, { who: 'tom  price' }, { who: 'Dawn Fletcher' }])).toEqual([
      { who: 'Tom Price', count: 2 },
      { who: 'Dawn Fletcher', count: 1 },
    ]);
  });
});
