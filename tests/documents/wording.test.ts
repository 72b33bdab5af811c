// The demo family's meeting record, family plan and closing summary, built with the real builders and
// read back paragraph by paragraph: no doubled word, no doubled punctuation, no stray capital mid-sentence.
import { describe, it, expect } from 'vitest';
import { buildClosingSummary, buildFamilyPlan, buildMeetingRecord } from '../../src/core/documents/index';
import type { FamilyRecord } from '../../src/core/families/record';
import { TODAY, demoFamily, reviewMeeting, unzipDocx } from './support';
import { steppedUp } from './documents';
import { describeSlips, properNouns, wordingSlips } from '../support/wording';

/** Each paragraph of the body, header and footer as a line of text. */
async function paragraphsOf(bytes: Uint8Array): Promise<string> {
  const parts = await unzipDocx(bytes);
  const lines: string[] = [];
  for (const [name, xml] of parts) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) continue;
    for (const p of xml.split('</w:p>')) {
      const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map((m) => (m[1] === undefined ? '\n' : m[1])).join('')
        .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
      if (text.trim()) lines.push(text);
    }
  }
  return lines.join('\n');
}

function names(record: FamilyRecord): string[] {
  return properNouns([
    ...record.members.map((m) => m.name), ...record.children.map((c) => c.firstName ?? ''),
    ...record.team.flatMap((t) => [t.name, t.agency]), ...record.meetings.map((m) => m.venue),
    'Fletcher', 'Mr Price', 'Sam', 'Time for Me', 'Microsoft', 'Team Around the Family', 'Ben Ali',
  ]);
}

describe('the demo family’s documents read cleanly', () => {
  it('the record, the plan and the closing summary have no wording slips', async () => {
    const record = demoFamily();
    const meeting = reviewMeeting(record);
    // A child's views passed on through someone typed with a capital: mid-sentence it reads "through his class teacher".
    const jay = meeting.childParticipation.find((p) => p.how === 'part' || p.how === 'views-beforehand')!;
    Object.assign(jay, { how: 'views-beforehand', viewsGivenTo: 'His class teacher' });
    const closed = steppedUp(demoFamily());
    const docs: [string, Uint8Array][] = [
      ['meeting record', await buildMeetingRecord({ record, meetingId: meeting.id, today: TODAY })],
      ['family plan', await buildFamilyPlan({ record, meetingId: meeting.id, today: TODAY })],
      ['closing summary', await buildClosingSummary({ record: closed, episodeIds: closed.episodes.map((e) => e.id), today: TODAY })],
    ];
    const slips: string[] = [];
    for (const [name, bytes] of docs) {
      const text = await paragraphsOf(bytes);
      expect(text.length).toBeGreaterThan(500);
      slips.push(...describeSlips(name, wordingSlips(text, names(record))));
    }
    expect(slips, slips.join('\n')).toEqual([]);
    expect(await paragraphsOf(docs[1][1])).toContain('through his class teacher');
  });

  it('the plan with no next meeting set, or no place for it, ends each sentence with one full stop', async () => {
    const record = demoFamily();
    const meeting = reviewMeeting(record);
    const next = meeting.nextMeeting;
    meeting.nextMeeting = undefined;
    meeting.nextMeetingId = undefined;
    const none = await paragraphsOf(await buildFamilyPlan({ record, meetingId: meeting.id, today: TODAY }));
    expect(none).toContain('Your key person will let you know.');
    expect(none).not.toContain('know..');
    meeting.nextMeeting = { ...next!, venue: '' };
    const noPlace = await paragraphsOf(await buildFamilyPlan({ record, meetingId: meeting.id, today: TODAY }));
    expect(noPlace).toContain('The place will be confirmed.');
    for (const text of [none, noPlace]) expect(describeSlips('family plan', wordingSlips(text, names(record)))).toEqual([]);
  });
});
