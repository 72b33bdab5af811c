// Renders each document with LibreOffice (needs LibreOffice: soffice and pdftotext; CI installs them)
// and checks the pages: every page marked and numbered, page one of the family plan complete on its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFamilyPlan, buildMeetingRecord } from '../../src/core/documents/index';
import { buildAll, type Built } from './documents';
import { awkwardFamily } from './awkward-family';
import { largeFamily } from './large-family';
import { TODAY, demoFamily, hasLibreOffice, reviewMeeting, squash, toPdf, type PdfResult } from './support';

const soffice = hasLibreOffice();
const suite = soffice ? describe : describe.skip;
const pdfs = new Map<string, PdfResult>();
let docs: Built[] = [];

/** Page one of a family plan must stand alone: what was agreed, who does what by when, the key person, the next meeting. */
function expectCompletePageOne(page: string, keyPerson: { name: string; phone: string; email: string }, nextMeeting: string): void {
  const p = squash(page);
  expect(p).toContain('The plan on one page');
  expect(p).toContain('Who will do what, by when');
  expect(p).toMatch(/You( \(\w+\))? will .+ by \d{1,2} \w+ 20\d\d/);
  expect(p).toContain('Your key person');
  expect(p).toContain(keyPerson.name);
  expect(p).toContain(keyPerson.phone);
  expect(p).toContain(keyPerson.email);
  expect(p).toContain('When we meet next');
  expect(p).toContain(nextMeeting);
}

suite('rendered with LibreOffice (needs LibreOffice installed)', () => {
  beforeAll(() => {
    return (async () => {
      docs = (await buildAll()).docs;
      // One conversion at a time: LibreOffice allows one instance per profile.
      for (const d of docs) pdfs.set(d.name, toPdf(d.bytes, d.name.replace(/[^a-z]+/g, '-')));
    })();
  }, 600_000);

  it('converts every document, with the marking and "Page X of Y" on every page', () => {
    expect(pdfs.size).toBe(8);
    for (const [name, pdf] of pdfs) {
      expect(pdf.pageCount, name).toBeGreaterThanOrEqual(2);
      pdf.pages.forEach((page, i) => {
        expect(page, `${name} page ${i + 1}`).toContain('OFFICIAL-SENSITIVE');
        expect(squash(page), `${name} page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pageCount}`);
        expect(page, `${name} page ${i + 1}`).toContain('Reference EH-2026-0147');
      });
    }
  });

  it('never breaks a word or an email address in a table column', () => {
    const record = demoFamily();
    const emails = [...record.team.map((t) => t.email), ...record.members.map((m) => m.email)].filter(Boolean);
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    for (const [name, pdf] of pdfs) {
      const all = pdf.pages.join('\n');
      for (const e of emails) {
        const user = e.split('@')[0];
        if (all.includes(`${user}@`)) expect(all, `${name}: ${e}`).toContain(e);
      }
      for (const m of all.matchAll(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*/g)) {
        expect(months, `${name}: “${m[0]}” is a date broken across lines`).toContain(m[0].split(' ')[1]);
      }
    }
  });

  it('never leaves "When we meet next" alone on the family plan’s last page, and page one says what was decided', () => {
    for (const [name, pdf] of pdfs) {
      if (!name.startsWith('family plan')) continue;
      const last = pdf.pages[pdf.pages.length - 1].split('\n').map((l) => l.trim()).filter(Boolean)
        .filter((l) => !/OFFICIAL-SENSITIVE|Northshire Council|Keep it somewhere safe|^Reference /.test(l));
      const at = last.findIndex((l) => l.startsWith('When we meet next'));
      const rest = at < 0 ? last : [...last.slice(0, at), ...last.slice(at + 2)];
      expect(rest.length, `${name}: the last page holds more than the next meeting`).toBeGreaterThan(0);
    }
  });

  it('shows each section of the meeting record in order, tables included', () => {
    for (const route of ['theme', 'letterhead']) {
      const all = squash(pdfs.get(`meeting record (${route})`)!.pages.join('\n'));
      let at = -1;
      for (const h of ['About the meeting', 'Who came', 'Actions from last time', 'Minutes What the family thinks', 'Who will do what, by when Jay’s plan', 'Outcomes and ratings', 'Next meeting']) {
        const i = all.indexOf(h, at + 1);
        expect(i, `${route}: ${h}`).toBeGreaterThan(at);
        at = i;
      }
      expect(all).toContain('Did not come');
      expect(all).toContain('For professionals only');
    }
  });

  it('puts the whole plan on page one of the family plan, in ordinary and large print', () => {
    const kp = { name: 'Tom Price', phone: '01632 960 100', email: 't.price@greenfield.example.sch.uk' };
    for (const d of docs.filter((x) => x.kind === 'family-plan')) {
      expectCompletePageOne(pdfs.get(d.name)!.pages[0], kp, 'Wednesday 25 November 2026');
      expect(squash(pdfs.get(d.name)!.pages[0]), d.name).not.toContain('Who came to the meeting');
    }
    expect(pdfs.get('family plan in large print (theme)')!.pageCount).toBeGreaterThan(pdfs.get('family plan (theme)')!.pageCount);
  });

  it('keeps page one complete for a large meeting with 120 actions', async () => {
    const { record, meetingId } = largeFamily();
    const lead = record.team[0];
    for (const largePrint of [false, true]) {
      const pdf = toPdf(await buildFamilyPlan({ record, meetingId, today: TODAY, largePrint }), `large-plan-${largePrint}`);
      expectCompletePageOne(pdf.pages[0], { name: lead.name, phone: lead.phone, email: lead.email }, 'Monday 14 December 2026');
      expect(squash(pdf.pages[0])).toMatch(/There are \d+ more things in the plan/);
      expect(pdf.pageCount).toBeGreaterThan(3);
    }
  }, 240_000);

  it('keeps page one complete when names, roles and places are long', async () => {
    const record = demoFamily();
    const tom = record.team.find((t) => t.name === 'Tom Price')!;
    tom.role = 'Designated safeguarding lead and pastoral support co-ordinator';
    tom.agency = 'Greenfield and Hollybank Federation of Primary Schools and Nursery';
    const meeting = reviewMeeting(record);
    meeting.nextMeeting = { ...meeting.nextMeeting!, venue: 'Greenfield Children’s Centre, the Community Room on the first floor, entrance by the car park on Mill Lane' };
    for (const largePrint of [false, true]) {
      const pdf = toPdf(await buildFamilyPlan({ record, meetingId: meeting.id, today: TODAY, largePrint }), `long-plan-${largePrint}`);
      expectCompletePageOne(pdf.pages[0], { name: 'Tom Price', phone: tom.phone, email: tom.email }, 'Wednesday 25 November 2026');
      expect(squash(pdf.pages[0])).toContain('entrance by the car park on Mill Lane');
    }
  }, 240_000);

  it('opens a document full of awkward text, keeping the names and the end of a 20,000-character note', async () => {
    const { record, note } = awkwardFamily();
    const pdf = toPdf(await buildMeetingRecord({ record, meetingId: reviewMeeting(record).id, today: TODAY }), 'awkward');
    const all = squash(pdf.pages.join('\n'));
    expect(all).toContain('Siân Llŷr');
    expect(all).toContain('Łucja Wóźniak');
    const last = note.split('\n\n').pop()!;
    expect(all).toContain(squash(last));
    expect(pdf.pageCount).toBeGreaterThan(8);
  }, 240_000);
});

describe('LibreOffice check', () => {
  it(soffice ? 'found LibreOffice, so the rendering tests ran' : 'skipped the rendering tests: LibreOffice (soffice) is not installed', () => {
    expect(typeof soffice).toBe('boolean');
  });
});
