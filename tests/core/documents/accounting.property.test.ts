// For any history of 1–5 meetings, the meeting record and the family plan built by the real builders
// account for every open action exactly once, show every agreed outcome, leak nothing private, and never show a passed date as the plan.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFamilyPlan, buildMeetingRecord } from '../../../src/core/documents/index';
import { FATE_LABELS } from '../../../src/core/actions/meeting-account';
import { formatDate } from '../../../src/core/shared/dates';
import { partText, unzipDocx } from '../../documents/support';
import { planArb, playHistory, type Expected } from './histories';

/** The body as units a reader sees together: each table row, and each paragraph outside a table. */
function units(documentXml: string): string[] {
  const body = documentXml.replace(/<\/w:p>/g, '<w:t> </w:t></w:p>');
  return [...body.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>|<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => partText(m[0]).replace(/\s+/g, ' ').trim());
}

/** The units between a heading (its last occurrence when `last`) and the next of `until`. */
function section(all: string[], heading: string, until: string[], last = false): string[] {
  const at = last ? all.lastIndexOf(heading) : all.indexOf(heading);
  expect(at, `the heading “${heading}”`).toBeGreaterThanOrEqual(0);
  const end = all.findIndex((u, i) => i > at && until.includes(u));
  return all.slice(at + 1, end < 0 ? undefined : end);
}

/** The action's own token, "Zq007x": its first word may be lower-cased in the family's sentences. */
const tok = (t: string): string => t.split(' ')[1];

function count(list: string[], needle: string): number {
  return list.reduce((n, u) => n + u.split(needle).length - 1, 0);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE = new RegExp(`(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})`, 'g');

/** Dates before the meeting that a unit shows as if they were still the plan (not "was due …" or "since …"). */
function staleDates(unit: string, meetingDate: string): string[] {
  const out: string[] = [];
  for (const m of unit.matchAll(DATE)) {
    const iso = `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    if (iso >= meetingDate) continue;
    const before = unit.slice(Math.max(0, m.index - 9), m.index).toLowerCase();
    if (!before.endsWith('was due ') && !before.endsWith('since ')) out.push(m[0]);
  }
  return out;
}

function checkRecord(xml: string, exp: Expected): void {
  const all = units(xml);
  const review = section(all, 'Actions from last time', ['Minutes']);
  for (const a of exp.openAtStart) {
    expect(count(review, tok(a.text)), `${a.text} once in the review`).toBe(1);
    const row = review.find((u) => u.includes(tok(a.text)))!;
    expect(row).toContain(FATE_LABELS[a.fate === 'none' ? 'not-looked-at' : a.fate]);
    if (a.fate === 'waiting') expect(row).toContain('Waiting since');
    const times = a.carriedBefore === 1 ? 'once' : a.carriedBefore === 2 ? 'twice' : `${a.carriedBefore} times`;
    if (a.carriedBefore > 0) expect(row).toContain(`Carried over ${times} before this meeting`);
    else expect(row).not.toContain('Carried over');
  }
  if (exp.openAtStart.length > 0) expect(review.join(' ')).not.toContain('No actions were open');
  expect(count(review, ' Zq')).toBe(exp.openAtStart.length);
  const plan = section(all, 'Who will do what, by when', ['Outcomes and ratings'], true);
  for (const a of exp.after) expect(count(plan, tok(a.text)), `${a.text} once in the record's plan`).toBe(1);
  expect(count(plan, ' Zq')).toBe(exp.after.length);
  checkDates(plan, exp);
  const outcomes = section(all, 'Outcomes and ratings', ['Next meeting']);
  for (const o of exp.outcomes) expect(count(outcomes, o), o).toBe(1);
}

function checkDates(plan: string[], exp: Expected): void {
  for (const a of exp.after) {
    const unit = plan.find((u) => u.includes(tok(a.text)));
    if (!unit) continue;
    expect(staleDates(unit, exp.date), `${unit}`).toEqual([]);
    if (a.wasDue && a.due) expect(unit.toLowerCase()).toContain(`was due ${formatDate(a.wasDue)}, now by ${formatDate(a.due)}`.toLowerCase());
    else if (a.due && a.due < exp.date) expect(unit.toLowerCase()).toContain(`was due ${formatDate(a.due).toLowerCase()}`);
  }
}

async function checkPlan(bytes: Uint8Array, exp: Expected, allPrivate: string[]): Promise<void> {
  const parts = await unzipDocx(bytes);
  for (const [name, xml] of parts) for (const p of allPrivate) expect(xml, `${p} in ${name}`).not.toContain(p.split(' ')[0]);
  const all = units(parts.get('word/document.xml')!);
  const plan = section(all, 'Who will do what, by when', ['Your key person'], true);
  for (const a of exp.after) expect(count(plan, tok(a.text)), `${a.text} in the family plan`).toBe(a.hidden ? 0 : 1);
  for (const a of exp.after.filter((x) => x.hidden)) expect(count(all, tok(a.text))).toBe(0);
  expect(count(plan, ' Zq')).toBe(exp.after.filter((a) => !a.hidden).length);
  checkDates(plan, exp);
  for (const o of exp.outcomes) expect(count(all, o), o).toBeGreaterThanOrEqual(1);
}

describe('documents for any history of meetings', () => {
  it('account for every open action once, every outcome, and keep private words and passed dates out of the plan', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const { record, expected } = playHistory(plan);
        const today = expected[expected.length - 1].date;
        const allPrivate = expected.flatMap((e) => e.privateTexts);
        for (const exp of expected) {
          const recordBytes = await buildMeetingRecord({ record, meetingId: exp.meetingId, today });
          checkRecord((await unzipDocx(recordBytes)).get('word/document.xml')!, exp);
          await checkPlan(await buildFamilyPlan({ record, meetingId: exp.meetingId, today }), exp, allPrivate);
        }
      }),
      { numRuns: 30, endOnFailure: true },
    );
  }, 120_000);
});
