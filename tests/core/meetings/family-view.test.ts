// The family's live screen: an action whose date has passed at this meeting is never shown as if it
// were the plan ("was due …", "now by …"), and an acronym the user explained is shown in plain words.
import { describe, expect, it } from 'vitest';
import { familyView } from '../../../src/core/meetings/family-view';
import { BUILT_IN_GLOSSARY, compileGlossary, mergeGlossaries } from '../../../src/core/plain-language';
import { demoFamily } from '../../documents/support';

const glossary = compileGlossary(mergeGlossaries(BUILT_IN_GLOSSARY, [{ term: 'FMASM', kind: 'acronym', plain: 'family meeting', expansion: 'Family and Multi-Agency Support Meeting' }]));

function nextMeeting() {
  const record = demoFamily();
  const m = record.meetings.find((x) => x.status === 'planned')!;
  m.status = 'in-progress';
  m.date = '2027-02-10';
  return { record, m };
}

describe('the family’s screen: the plan so far', () => {
  it('says "was due" for a date already passed, and "now by" once a new date is agreed', () => {
    const { record, m } = nextMeeting();
    const open = record.actions.filter((a) => ['open', 'in-progress', 'waiting'].includes(a.status) && a.dueDate);
    expect(open.length).toBeGreaterThan(1);
    const [late, moved] = open;
    late.dueDate = '2026-11-27';
    late.text = 'Chase the FMASM about Jay';
    moved.dueDate = '2027-03-05';
    m.actionReviews.push({ actionId: moved.id, result: 'carried-forward', reason: 'Still waiting.', newDueDate: '2027-03-05', previousDueDate: '2026-12-11' } as (typeof m.actionReviews)[number]);
    const view = familyView(record, m, { glossary });
    expect(view.plan.map((p) => p.when)).toContain('was due 27 November 2026, no new date agreed yet');
    expect(view.plan.map((p) => p.when)).toContain('was due 11 December 2026, now by 5 March 2027');
    expect(view.plan.map((p) => p.when)).not.toContain('by 27 November 2026');
    const chase = view.plan.find((p) => /Chase/.test(p.what))!;
    expect(chase.what).not.toContain('FMASM');
    expect(chase.what).toContain('family meeting');
  });
});
