// Real text is messy: very long notes, characters pasted from email and Word, Welsh and Polish
// names, emoji. Every document must still open, keep every word, and hold nothing that breaks Word.
import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { XMLValidator } from 'fast-xml-parser';
import { buildClosingSummary, buildFamilyPlan, buildMeetingRecord, fileNameFor } from '../../src/core/documents/index';
import type { FamilyRecord } from '../../src/core/families/record';
import { LETTERHEAD } from './documents';
import { TODAY, demoFamily, reviewMeeting, unzipDocx } from './support';

/** About 20,000 characters in numbered paragraphs, so a missing piece shows which one. */
export function longNote(): string {
  const paras: string[] = [];
  let i = 1;
  while (paras.join('\n\n').length < 20_000) {
    paras.push(`Paragraph ${i}: Siân explained how the week went, day by day, including the bus times, the school gate and what helped at bedtime (${'detail '.repeat(20).trim()}) end of paragraph ${i}.`);
    i++;
  }
  return paras.join('\n\n');
}

/** The demo family with awkward text put straight into the record (as if it had bypassed the forms). */
export function awkwardFamily(): { record: FamilyRecord; note: string } {
  const record = demoFamily();
  const meeting = reviewMeeting(record);
  const note = longNote();
  record.members[0].name = 'Siân Llŷr';
  record.members[1].name = 'Łucja Wóźniak';
  record.children[0].firstName = 'Zoë';
  record.team[0].name = 'Tomos ap Rhys 👍🏽';
  const worries = meeting.agenda.find((i) => i.key === 'worries')!;
  const base = { agendaItemId: worries.id, professionalsOnly: false, professionalsOnlyReason: '', reasonNotShared: '', views: [], createdAt: `${meeting.date}T10:40:00.000Z`, updatedAt: `${meeting.date}T10:40:00.000Z` };
  meeting.notes.push({ ...base, id: 'long-note-1', kind: 'worry', text: note, ownWords: false, speakerId: record.team[1].id });
  meeting.notes.push({ ...base, id: 'pasted-1', kind: 'view', ownWords: true, speakerId: record.members[0].id,
    text: 'Pasted from email:\fpage two\u0007 bell\u000b vertical tab\u0000 null\r\nWindows line\u2028unicode line \uFFFF \uD800 half pair — 😊 <b>not bold</b> & "quoted"' });
  meeting.notes.push({ ...base, id: 'pasted-2', kind: 'note', ownWords: false, text: 'Line one\nLine two\n\n\nLine three\t(tabbed)' });
  record.actions.push({ ...record.actions[0], id: 'emoji-action', text: 'Buy Zoë a 🚲 helmet\u0007 before the ride', createdInMeetingId: meeting.id, status: 'not-started', ownerId: record.members[0].id });
  return { record, note };
}

const built: { name: string; bytes: Uint8Array }[] = [];
let note = '';

beforeAll(async () => {
  const a = awkwardFamily();
  note = a.note;
  const meetingId = reviewMeeting(a.record).id;
  for (const letterhead of [undefined, LETTERHEAD]) {
    const tag = letterhead ? 'letterhead' : 'theme';
    built.push({ name: `meeting record (${tag})`, bytes: await buildMeetingRecord({ record: a.record, meetingId, today: TODAY, letterhead }) });
    built.push({ name: `family plan (${tag})`, bytes: await buildFamilyPlan({ record: a.record, meetingId, today: TODAY, letterhead, largePrint: !!letterhead }) });
    built.push({ name: `closing summary (${tag})`, bytes: await buildClosingSummary({ record: a.record, episodeIds: a.record.episodes.map((e) => e.id), today: TODAY, letterhead }) });
  }
});

describe('awkward input', () => {
  it('still gives well-formed XML with no control characters in any part', async () => {
    for (const d of built) {
      for (const [name, xml] of await unzipDocx(d.bytes)) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        expect(XMLValidator.validate(xml), `${d.name}: ${name}`).toBe(true);
        expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml), `${d.name}: ${name}`).toBe(false);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(xml), `${d.name}: ${name}`).toBe(false);
      }
    }
  });

  it('keeps a 20,000-character note whole, every paragraph in order', async () => {
    for (const d of built.filter((x) => !x.name.startsWith('closing'))) {
      const raw = (await mammoth.extractRawText({ buffer: Buffer.from(d.bytes) })).value;
      const expected = note.split('\n\n');
      expect(expected.length).toBeGreaterThan(60);
      let at = -1;
      for (const p of expected) {
        const i = raw.indexOf(p, at + 1);
        expect(i, `${d.name}: ${p.slice(0, 20)}`).toBeGreaterThan(at);
        at = i;
      }
      expect(expected.join('\n\n').length).toBeGreaterThanOrEqual(20_000);
    }
  });

  it('turns line breaks into separate paragraphs and strips pasted control characters, keeping the words', async () => {
    const d = built.find((x) => x.name === 'meeting record (theme)')!;
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(d.bytes) })).value;
    expect(html).toContain('<p>Line one</p><p>Line two</p><p>Line three (tabbed)</p>');
    expect(html).toMatch(/Pasted from email:<\/p><p>page two bell vertical tab null<\/p><p>Windows line<\/p><p>unicode line\s+half pair — 😊 &lt;b&gt;not bold&lt;\/b&gt; &amp; "quoted"”/);
  });

  it('keeps Welsh and Polish names and emoji as written in the body, and out of the file’s properties and name', async () => {
    for (const d of built) {
      const raw = (await mammoth.extractRawText({ buffer: Buffer.from(d.bytes) })).value;
      expect(raw, d.name).toContain('Siân Llŷr');
      expect(raw, d.name).toContain('Tomos ap Rhys 👍🏽');
      const files = await unzipDocx(d.bytes);
      const meta = [...files.entries()].filter(([n]) => n.startsWith('docProps/')).map(([, x]) => x).join('');
      for (const name of ['Siân', 'Llŷr', 'Łucja', 'Wóźniak', 'Zoë']) expect(meta, `${d.name}: ${name}`).not.toContain(name);
    }
    const plan = (await mammoth.extractRawText({ buffer: Buffer.from(built[1].bytes) })).value;
    expect(plan).toContain('You will buy Zoë a 🚲 helmet before the ride');
    const { record } = awkwardFamily();
    record.reference = 'Zoë Fletcher/Llŷr: case 12';
    expect(fileNameFor({ record, today: TODAY }, 'family-plan')).toBe('case 12 family plan 2026-11-23.docx');
  });
});
