// Through the browser host over HTTP: the demo family's Word documents — the meeting record, the
// family plan (reading age checked first, nothing for professionals only) and the step-up summary —
// plus a broken theme and letterhead reported with the built-in design used, and every export audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { startTestHost, tempDir, type TestHost } from '../support/host';
import type { FamilyRecord } from '../../src/core/families/record';

const now = () => new Date('2026-11-23T10:00:00.000Z');
let t: TestHost;
let familyId: string;
let record: FamilyRecord;
const review = () => record.meetings.find((m) => m.kind === 'review' && m.status === 'finished')!;

interface Exported { fileName: string; mimeType: string; base64: string; bytes: number; title: string }

/** Every file in the .docx, as text (binary parts too, so nothing can hide in them). */
async function unzip(file: Exported): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('string'));
  return out;
}
const bodyText = (parts: Map<string, string>) => [...(parts.get('word/document.xml') ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

beforeAll(async () => {
  t = await startTestHost({ demo: true, now });
  familyId = (await t.value('families.list')).families[0].id;
  record = await t.value('families.get', { familyId });
});
afterAll(async () => {
  await t?.close();
});

describe('the meeting record', () => {
  it('exports a Word file that opens, named from the reference, the kind and the meeting date, with no one’s name', async () => {
    const file = await t.value<Exported>('documents.export', { familyId, meetingId: review().id, kind: 'meeting-record' });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.fileName).toBe(`EH-2026-0147 meeting record ${review().date}.docx`);
    expect(file.bytes).toBe(Buffer.from(file.base64, 'base64').length);
    const parts = await unzip(file);
    expect(parts.has('[Content_Types].xml')).toBe(true);
    const text = bodyText(parts);
    expect(text).toContain('Team Around the Child meeting record');
    expect(text).toContain('Grace Okafor');
    // Professionals see the professionals-only note, marked as such.
    expect(text).toContain('Police were called to a neighbour dispute');
    expect(file.title).toBe('Team Around the Child meeting record');
  });

  it('records the export in the audit log with the family id and nothing else about it', async () => {
    const { entries } = await t.value<{ entries: { method?: string; action: string; familyId?: string; detail?: string }[] }>('audit.list', { familyId });
    const exported = entries.find((e) => e.method === 'documents.export');
    expect(exported).toMatchObject({ action: 'exported', familyId });
    expect(JSON.stringify(entries)).not.toContain('Fletcher');
  });
});

describe('the family plan', () => {
  it('reports its reading age against the target before export, with the words that pushed it up', async () => {
    const preview = await t.value('documents.preview', { familyId, meetingId: review().id, kind: 'family-plan' });
    expect(preview.title).toBe('Your action plan');
    expect(preview.fileName).toBe(`EH-2026-0147 action plan ${review().date}.docx`);
    expect(preview.readability.target).toBe(9);
    expect(preview.readability.readingAge).toBeGreaterThan(0);
    expect(preview.readability.meetsTarget).toBe(preview.readability.readingAge <= 9);
    expect(preview.readability.hardWords.length).toBeGreaterThan(0);
    // Names and email addresses are not words anyone can make simpler, so they are not listed.
    expect(preview.readability.hardWords).not.toContain('northshirehomes');
    expect(preview.readability.hardWords.map((w: string) => w.toLowerCase())).not.toContain('okafor');
    // Every hard word is really in the plan, and has three or more syllables' worth of letters.
    const file = await t.value<Exported>('documents.export', { familyId, meetingId: review().id, kind: 'family-plan' });
    const text = bodyText(await unzip(file)).toLowerCase();
    for (const w of preview.readability.hardWords) expect(text).toContain(w.toLowerCase());
    // The review has one professionals-only note (the police call-out).
    expect(preview.professionalsOnlyLeftOut).toBe(1);
    expect(preview.design).toBe('letterhead');
  });

  it('never contains the professionals-only note anywhere in the file', async () => {
    const file = await t.value<Exported>('documents.export', { familyId, meetingId: review().id, kind: 'family-plan' });
    const parts = await unzip(file);
    expect(bodyText(parts)).toContain('Your action plan');
    for (const [name, xml] of parts) {
      expect(xml, name).not.toContain('Police were called');
      expect(xml, name).not.toContain('neighbour dispute');
      expect(xml, name).not.toContain('Third-party information from the police');
    }
  });

  it('makes a large-print copy with bigger text and its own file name', async () => {
    const ordinary = await unzip(await t.value<Exported>('documents.export', { familyId, meetingId: review().id, kind: 'family-plan' }));
    const file = await t.value<Exported>('documents.export', { familyId, meetingId: review().id, kind: 'family-plan', largePrint: true });
    expect(file.fileName).toBe(`EH-2026-0147 action plan large print ${review().date}.docx`);
    const size = (styles: string) => Number(/<w:docDefaults>[\s\S]*?<w:sz w:val="(\d+)"/.exec(styles)?.[1] ?? /<w:style [^>]*w:styleId="Normal"[\s\S]*?<w:sz w:val="(\d+)"/.exec(styles)?.[1]);
    expect(size((await unzip(file)).get('word/styles.xml')!)).toBeGreaterThanOrEqual(32);
    expect(size(ordinary.get('word/styles.xml')!)).toBeLessThan(32);
  });

  it('is refused for a meeting that has not happened yet, and for one that is not on the record', async () => {
    const planned = record.meetings.find((m) => m.status === 'planned')!;
    const early = await t.call('documents.export', { familyId, meetingId: planned.id, kind: 'family-plan' });
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const missing = await t.call('documents.export', { familyId, meetingId: 'no-such-meeting', kind: 'meeting-record' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const noMeeting = await t.call('documents.export', { familyId, kind: 'family-plan' });
    expect(noMeeting).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('the closing summary', () => {
  it('exports a step-up summary once Jay’s and Mia’s support has ended', async () => {
    for (const e of record.episodes) {
      record = await t.value('episodes.close', { familyId, episodeId: e.id, closedOn: '2026-11-20', closureReason: 'stepped-up', closureNote: 'The team agreed to ask children’s social care for an assessment.' });
    }
    const episodeIds = record.episodes.map((e) => e.id);
    const preview = await t.value('documents.preview', { familyId, kind: 'closing-summary', episodeIds });
    // The file is named as the title reads.
    expect(preview).toMatchObject({ title: 'Step-up summary', fileName: 'EH-2026-0147 step-up summary 2026-11-20.docx', professionalsOnlyLeftOut: 0 });
    expect(preview.readability).toBeUndefined();
    const file = await t.value<Exported>('documents.export', { familyId, kind: 'closing-summary', episodeIds });
    const text = bodyText(await unzip(file));
    expect(text).toContain('Step-up summary');
    expect(text).toContain('The team agreed to ask children’s social care for an assessment.');
  });

  it('needs the support it is about', async () => {
    expect(await t.call('documents.export', { familyId, kind: 'closing-summary' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await t.call('documents.export', { familyId, kind: 'closing-summary', episodeIds: ['not-an-episode'] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('a council’s broken theme and letterhead', () => {
  let broken: TestHost;
  beforeAll(async () => {
    const dir = tempDir('tac-templates-');
    cpSync(path.resolve('templates'), dir, { recursive: true });
    const theme = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(path.join(dir, 'theme.json'), 'utf8')));
    theme.colours.primary = '#FFFF00';
    writeFileSync(path.join(dir, 'theme.json'), JSON.stringify(theme));
    writeFileSync(path.join(dir, 'letterhead.docx'), 'This is not a Word file');
    process.env.TAC_TEMPLATES_DIR = dir;
    try {
      broken = await startTestHost({ demo: true, now });
    } finally {
      delete process.env.TAC_TEMPLATES_DIR;
    }
  });
  afterAll(async () => {
    await broken?.close();
  });

  it('reports the theme’s file and field, and the letterhead, then makes the document with the built-in design', async () => {
    const id = (await broken.value('families.list')).families[0].id;
    const meetingId = (await broken.value<FamilyRecord>('families.get', { familyId: id })).meetings.find((m) => m.kind === 'review')!.id;
    const preview = await broken.value('documents.preview', { familyId: id, meetingId, kind: 'meeting-record' });
    expect(preview.design).toBe('theme');
    const { problems } = await broken.value<{ problems: string[] }>('templates.get');
    const themeProblem = problems.find((p) => p.startsWith('templates/theme.json'));
    expect(themeProblem).toMatch(/colours\.primary/);
    expect(themeProblem).toContain('too pale to read on white paper');
    expect(themeProblem).toContain('built-in version is used');
    expect(problems.some((p) => p.startsWith('templates/letterhead.docx') && p.includes('not a Word (.docx) file'))).toBe(true);
    const file = await broken.value<Exported>('documents.export', { familyId: id, meetingId, kind: 'meeting-record' });
    const parts = await unzip(file);
    // The built-in theme's main colour is used for headings.
    expect(parts.get('word/styles.xml')).toContain('1F4E79');
    expect(parts.get('word/styles.xml')).not.toContain('FFFF00');
  });
});
