// For any minutes: every entry a family member or child said reaches the family plan word for word
// unless kept out (professionals only, information not shared, or words suggesting harm without the
// chair's say), and no kept-out text is anywhere in the plan.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { familyPlanContent, contentText } from '../../../src/core/documents/index';
import type { NoteEntry } from '../../../src/core/minutes/schema';
import { buildDemoFamily } from '../../../src/main/demo/demo-family';

const TODAY = '2026-11-23';

function family() {
  let n = 0;
  return buildDemoFamily(() => `id${String(++n).padStart(6, '0')}`, TODAY, `${TODAY}T10:00:00.000Z`);
}

const KINDS = ['note', 'decision', 'info-not-shared', 'worry', 'strength', 'view'] as const;
const noteArb = fc.record({
  who: fc.constantFrom('family', 'child', 'team', 'none'),
  kind: fc.constantFrom(...KINDS),
  ownWords: fc.boolean(),
  professionalsOnly: fc.boolean(),
  harmFlagged: fc.boolean(),
  familyMaySee: fc.boolean(),
});

describe('the family’s voice in the plan (property)', () => {
  it('holds for any mix of entries', () => {
    const base = family();
    const meeting = base.meetings.find((m) => m.kind === 'review' && m.status === 'finished')!;
    const ids = { family: base.members[0].id, child: base.children[0].id, team: base.team[0].id, none: undefined };
    fc.assert(
      fc.property(fc.array(noteArb, { minLength: 1, maxLength: 12 }), (specs) => {
        const record = structuredClone(base);
        const m = record.meetings.find((x) => x.id === meeting.id)!;
        const notes: NoteEntry[] = specs.map((s, i) => ({
          id: `p-${i}`, agendaItemId: m.agenda[i % m.agenda.length].id, kind: s.kind, text: `Marker${i} zq said this plainly`,
          speakerId: ids[s.who], ownWords: s.ownWords, professionalsOnly: s.professionalsOnly, professionalsOnlyReason: s.professionalsOnly ? 'Reason' : '',
          views: [], reasonNotShared: '', harmFlagged: s.harmFlagged, familyMaySee: s.familyMaySee,
          createdAt: `${m.date}T11:${String(i).padStart(2, '0')}:00.000Z`, updatedAt: `${m.date}T11:${String(i).padStart(2, '0')}:00.000Z`,
        }));
        m.notes = notes;
        const plan = contentText(familyPlanContent({ record, meetingId: m.id, today: TODAY }));
        notes.forEach((n, i) => {
          const s = specs[i];
          const kept = !s.professionalsOnly && s.kind !== 'info-not-shared' && (!s.harmFlagged || s.familyMaySee);
          const theirs = s.who === 'family' || s.who === 'child' || s.ownWords;
          if (!kept) expect(plan, `entry ${i} must be left out`).not.toContain(`Marker${i} `);
          else if (theirs) expect(plan, `entry ${i} must be in, word for word`).toContain(n.text);
        });
      }),
      { numRuns: 150 },
    );
  });
});
