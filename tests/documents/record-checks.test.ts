// The record's "Checks not met when the meeting finished", read back from the .docx: plain facts, never
// instructions to the chair, and every action not reviewed named in full, however long the list.
import { describe, expect, it } from 'vitest';
import { buildMeetingRecord } from '../../src/core/documents/index';
import { closingCheck, unmetChecks } from '../../src/core/meetings/closing-check';
import { TODAY, demoFamily, reviewMeeting, unzipDocx } from './support';

async function bodyText(bytes: Uint8Array): Promise<string> {
  const xml = (await unzipDocx(bytes)).get('word/document.xml')!;
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((t) => t.trim())
    .join('\n')
    .replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

describe('the checks not met, in the meeting record', () => {
  it('states what was not done as facts and names every action not reviewed in full', async () => {
    const record = demoFamily();
    const review = reviewMeeting(record);
    // Every action the demo review looked at, put on its agenda to review and left unreviewed.
    const skipped = review.actionReviews.map((r) => r.actionId);
    skipped.forEach((actionId, n) => review.agenda.push({ id: `item-skip-${n}`, key: 'action-review', title: 'Review', minutes: 3, done: true, note: '', actionId }));
    expect(skipped.length).toBeGreaterThan(1);
    // Long action texts, so a shortened list would cut one off part-way.
    for (const id of skipped) {
      const a = record.actions.find((x) => x.id === id)!;
      a.text = `${a.text} and then everything else that goes with it, written out at some length by the chair`;
    }
    review.actionReviews = review.actionReviews.filter((r) => !skipped.includes(r.actionId));
    review.nextMeeting = undefined;
    review.nextMeetingId = undefined;
    const closing = { familyPlanDelivery: undefined, skipped: undefined };
    const unmet = unmetChecks(closingCheck(record, review, { today: TODAY, closing }));
    review.closing = { ...review.closing!, familyPlanDelivery: undefined, skipped: undefined, unmetChecks: unmet, overrideReason: 'Dawn had to leave early.' };

    const text = await bodyText(await buildMeetingRecord({ record, meetingId: review.id, today: TODAY }));
    const section = text.slice(text.indexOf('Checks not met when the meeting finished'));
    expect(section).toContain('The date of the next meeting was not set.');
    for (const id of skipped) expect(section).toContain(`“${record.actions.find((x) => x.id === id)!.text}”`);
    expect(section).not.toMatch(/…/);
    expect(section).not.toMatch(/before everyone leaves|Carry them all forward|Agree how|or say why you are/);
    expect(section).toContain('The chair’s reason for finishing: Dawn had to leave early.');
  });
});
