// The fast body writer writes exactly the XML the docx package writes for the same blocks: every
// document kind, large print, the large meeting and awkward text, plus every block on its own.
import { describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../src/core/documents/blocks';
import { bodyXml } from '../../src/core/documents/body-xml';
import { closingSummaryContent, familyPlanContent, meetingRecordContent } from '../../src/core/documents/index';
import { blockContext } from '../../src/core/documents/render';
import { DEFAULT_THEME } from '../../src/core/documents/theme';
import { awkwardFamily } from './awkward-family';
import { steppedUp } from './documents';
import { referenceBodyXml } from './docx-reference';
import { largeFamily } from './large-family';
import { TODAY, demoFamily, reviewMeeting } from './support';

async function compare(content: DocumentContent, largePrint = false) {
  const base = blockContext(content, { theme: DEFAULT_THEME, largePrint });
  const reference = await referenceBodyXml(content, base);
  const bulletsId = Number(/<w:numId w:val="(\d+)"\/>/.exec(reference)?.[1] ?? 1);
  const ours = bodyXml(content, { ...base, bulletsId }, true);
  // Compare paragraph by paragraph first, so a failure points at the first element that differs.
  const split = (xml: string) => xml.split(/(?=<w:p>|<w:tbl>|<w:tr>)/);
  const [a, b] = [split(ours), split(reference)];
  const first = a.findIndex((part, i) => part !== b[i]);
  expect(first === -1 ? null : { ours: a[first], docx: b[first] }).toBeNull();
  expect(ours).toBe(reference);
}

describe('the body written directly matches what docx writes', () => {
  it('for the demo meeting record, family plan (ordinary and large print) and closing summary', async () => {
    const record = demoFamily();
    const input = { record, meetingId: reviewMeeting(record).id, today: TODAY };
    await compare(meetingRecordContent(input));
    await compare(familyPlanContent(input));
    await compare(familyPlanContent({ ...input, largePrint: true }), true);
    const closed = steppedUp(demoFamily());
    await compare(closingSummaryContent({ record: closed, episodeIds: closed.episodes.map((e) => e.id), today: TODAY }));
  });

  it('for the large meeting (40 people, 300 notes, 120 actions)', async () => {
    const { record, meetingId } = largeFamily();
    await compare(meetingRecordContent({ record, meetingId, today: TODAY }));
    await compare(familyPlanContent({ record, meetingId, today: TODAY }));
  });

  it('for awkward text: a very long note, pasted control characters, Welsh and Polish names, emoji', async () => {
    const { record } = awkwardFamily();
    await compare(meetingRecordContent({ record, meetingId: reviewMeeting(record).id, today: TODAY }));
  });

  it('for every kind of block, including emphasis, line breaks, empty cells and boxes or quotes in a row', async () => {
    const content: DocumentContent = {
      kind: 'meeting-record', audience: 'professionals', title: 'Title & <more>', subtitle: ['Line "one"', "Line 'two'"],
      reference: 'EH-1', subject: 'Subject',
      blocks: [
        { kind: 'heading', level: 1, text: 'Heading\n one', pageBreakBefore: true },
        { kind: 'heading', level: 2, text: 'Heading two' },
        { kind: 'paragraph', text: ['Plain, ', { text: 'bold', bold: true }, ' and ', { text: 'italic\nsecond line', italic: true }] },
        { kind: 'paragraph', text: 'Small\ttext', style: 'small' },
        { kind: 'paragraph', text: 'A label', style: 'label' },
        { kind: 'paragraph', text: '   \n\n' },
        { kind: 'quote', text: 'Own words\nover two lines', by: 'Dawn (Mum)' },
        { kind: 'quote', text: 'No name given' },
        { kind: 'bullets', items: ['One', 'Two\nwith more', [{ text: 'Bold: ', bold: true }, 'rest']] },
        { kind: 'facts', rows: [['Date', 'Monday'], ['People', 'A\nB\nC'], ['Empty', '']] },
        { kind: 'table', columns: [{ title: 'What', weight: 3 }, { title: 'Who', weight: 1 }], rows: [['x'.repeat(700), ''], [{ paragraphs: ['One', { text: 'Two', italic: true }] }, 'B']] },
        { kind: 'box', tone: 'info', title: 'Info', lines: ['Line one', 'Line two'] },
        { kind: 'box', tone: 'private', lines: ['Private'] },
        { kind: 'box', tone: 'warning', title: 'Careful', lines: [] },
        { kind: 'box', tone: 'family', lines: ['For you'] },
        { kind: 'pageBreak' },
      ],
    };
    await compare(content);
    await compare(content, true);
  });
});
