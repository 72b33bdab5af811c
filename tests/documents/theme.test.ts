// The council's look: templates/theme.json checked on load (a broken one reported, the built-in used),
// safe file names with no one's name in them, and letterheads checked before use.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import {
  DEFAULT_THEME, buildMeetingRecord, checkLetterhead, documentFileName, fileNameFor, themeSchema,
} from '../../src/core/documents/index';
import { loadTemplate } from '../../src/main/templates/load';
import { LETTERHEAD, LOGO } from './documents';
import { TODAY, demoFamily, reviewMeeting, unzipDocx } from './support';

function templatesWith(content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tac-theme-'));
  writeFileSync(path.join(dir, 'theme.json'), content);
  return dir;
}

describe('the theme', () => {
  it('ships a templates/theme.json that loads and matches the built-in theme', () => {
    const loaded = loadTemplate(path.resolve('templates'), 'theme.json', themeSchema, DEFAULT_THEME);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.source).toBe('file');
    expect({ ...loaded.value, logoAltText: '' }).toEqual(DEFAULT_THEME);
    expect(loaded.value.logoAltText).toBe('Northshire Council logo');
  });

  it('fills in anything a council leaves out', () => {
    const t = themeSchema.parse({ authorityName: 'Westmoor Borough Council', colours: { primary: '#003366' } });
    expect(t.authorityName).toBe('Westmoor Borough Council');
    expect(t.colours.primary).toBe('003366');
    expect(t.protectiveMarking).toBe('OFFICIAL-SENSITIVE');
    expect(t.fileNamePattern).toBe('{reference} {kind} {date}');
  });

  it('reports a pale colour by file and field, and uses the built-in theme instead', () => {
    const loaded = loadTemplate(templatesWith(JSON.stringify({ colours: { primary: '#FFEE88' } })), 'theme.json', themeSchema, DEFAULT_THEME);
    expect(loaded.source).toBe('default');
    expect(loaded.value).toEqual(DEFAULT_THEME);
    expect(loaded.problem).toContain('templates/theme.json');
    expect(loaded.problem).toContain('colours.primary');
    expect(loaded.problem).toContain('too pale to read on white paper');
  });

  it('reports broken JSON, a misspelt setting, a logo outside the folder and an unknown file-name field', () => {
    const cases: [string, string][] = [
      ['{ "authorityName": "Westmoor", }', 'not valid JSON'],
      [JSON.stringify({ protectiveMarkng: 'OFFICIAL' }), 'protectiveMarkng'],
      [JSON.stringify({ logoFile: '../../secrets/logo.png' }), 'logoFile'],
      [JSON.stringify({ fileNamePattern: '{child} {kind}' }), 'can only use {reference}, {kind} and {date}'],
      [JSON.stringify({ fileNamePattern: '{reference} {date}' }), 'must include {kind}'],
      [JSON.stringify({ bodySize: 8 }), 'at least 10 points'],
    ];
    for (const [content, expected] of cases) {
      const loaded = loadTemplate(templatesWith(content), 'theme.json', themeSchema, DEFAULT_THEME);
      expect(loaded.source, content).toBe('default');
      expect(loaded.problem, content).toContain(expected);
    }
  });
});

describe('file names', () => {
  it('follow the pattern with the reference, the kind and the date', () => {
    expect(documentFileName('{reference} {kind} {date}', { reference: 'EH-2026-0147', kind: 'meeting-record', date: '2026-11-23' })).toBe('EH-2026-0147 meeting record 2026-11-23.docx');
    expect(documentFileName('{date} - {kind}', { reference: 'x', kind: 'support plan', date: '2026-11-23' })).toBe('2026-11-23 - support plan.docx');
  });

  it('use safe characters only and never start with a dot or run too long', () => {
    const name = documentFileName('{reference} {kind}', { reference: '../..\\etc/passwd:*?"<>|', kind: 'family-plan', date: '2026-11-23' });
    expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9 .-]*\.docx$/);
    expect(name).not.toContain('..');
    const long = documentFileName('{reference} {kind} {date}', { reference: 'A'.repeat(500), kind: 'closing-summary', date: '2026-11-23' });
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('leave out the names of people on the record, even when typed into the reference', () => {
    const record = demoFamily();
    record.reference = 'Fletcher family EH-7';
    expect(fileNameFor({ record, today: TODAY }, 'meeting-record')).toBe('family EH-7 meeting record 2026-11-23.docx');
    record.reference = 'EH-2026-0147';
    expect(fileNameFor({ record, today: TODAY }, 'family-plan')).toBe('EH-2026-0147 family plan 2026-11-23.docx');
  });
});

describe('letterheads', () => {
  it('the shipped letterhead passes its own check', async () => {
    expect(await checkLetterhead(LETTERHEAD)).toEqual({ usable: true, problems: [] });
    expect([...readFileSync(path.resolve('templates/logo.png')).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(LOGO.length).toBeGreaterThan(500);
  });

  it('a file that is not a Word document, or has no {{body}}, is reported and the built-in design used', async () => {
    expect(await checkLetterhead(new TextEncoder().encode('not a zip'))).toMatchObject({ usable: false });
    const noBody = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Westmoor Council')] }] })));
    const check = await checkLetterhead(noBody);
    expect(check.usable).toBe(false);
    expect(check.problems[0]).toContain('{{body}}');
    const record = demoFamily();
    const bytes = await buildMeetingRecord({ record, meetingId: reviewMeeting(record).id, today: TODAY, letterhead: noBody });
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(raw).toContain('Team Around the Family meeting record');
    expect(raw).not.toContain('Westmoor Council');
  });

  it('a bare council letterhead gets the styles and language the body needs, and its problems are named', async () => {
    const bare = new Uint8Array(await Packer.toBuffer(new Document({
      creator: 'Jane Officer',
      sections: [{ children: [new Paragraph({ children: [new TextRun('Westmoor Council — {{body}}')] })] }],
    })));
    const check = await checkLetterhead(bare);
    expect(check.usable).toBe(true);
    expect(check.problems.join(' ')).toContain('{{title}}');
    expect(check.problems.join(' ')).toContain('{{marking}}');
    expect(check.problems.join(' ')).toContain('Page X of Y');
    const record = demoFamily();
    const bytes = await buildMeetingRecord({ record, meetingId: reviewMeeting(record).id, today: TODAY, letterhead: bare });
    const files = await unzipDocx(bytes);
    const styles = files.get('word/styles.xml')!;
    for (const id of ['Title', 'Heading1', 'Heading2', 'Quote', 'TableText']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>/);
    expect(files.get('docProps/core.xml')).toContain('<dc:creator>Northshire Council</dc:creator>');
    expect(files.get('docProps/core.xml')).not.toContain('Jane Officer');
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html.value).toContain('<h1>About the meeting</h1>');
    expect(html.value.indexOf('Team Around the Family meeting record')).toBeLessThan(html.value.indexOf('About the meeting'));
  });
});
