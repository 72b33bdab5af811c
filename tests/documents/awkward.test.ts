// Real text is messy: very long notes, characters pasted from email and Word, Welsh and Polish
// names, emoji. Every document must still open, keep every word, and hold nothing that breaks Word.
import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { XMLValidator } from 'fast-xml-parser';
import { buildClosingSummary, buildFamilyPlan, buildMeetingRecord, fileNameFor } from '../../src/core/documents/index';
import { LETTERHEAD } from './documents';
import { TODAY, reviewMeeting, unzipDocx } from './support';
import { awkwardFamily } from './awkward-family';

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
