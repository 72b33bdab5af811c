// Opens every Word file and checks what assistive technology and other word processors rely on:
// real headings in order, repeating table header rows, exact widths, en-GB, marking and page numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { buildAll, type Built } from './documents';
import { headingProblems, headingSequence, tables, unzipDocx } from './support';

let docs: Built[] = [];
const parts = new Map<string, Map<string, string>>();

beforeAll(async () => {
  docs = (await buildAll()).docs;
  for (const d of docs) parts.set(d.name, await unzipDocx(d.bytes));
});

const each = (fn: (doc: Built, files: Map<string, string>) => void) => () => {
  expect(docs.length).toBe(8);
  for (const d of docs) fn(d, parts.get(d.name)!);
};
const headerParts = (files: Map<string, string>, kind: 'header' | 'footer') => [...files.entries()].filter(([n]) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(n)).map(([, x]) => x);

describe('every document', () => {
  it('uses a Title then Heading 1 and Heading 2 in order, never skipping a level', each((d, files) => {
    const seq = headingSequence(files.get('word/document.xml')!);
    expect(seq.length, d.name).toBeGreaterThan(6);
    expect(headingProblems(seq), d.name).toEqual([]);
    expect(seq.filter((s) => s === 'Heading1').length, d.name).toBeGreaterThanOrEqual(5);
  }));

  it('gives every table a header row that repeats on each page', each((d, files) => {
    const found = tables(files.get('word/document.xml')!);
    expect(found.length, d.name).toBeGreaterThan(0);
    for (const t of found) {
      const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(t)![0];
      expect(firstRow, d.name).toContain('<w:tblHeader/>');
    }
  }));

  it('sets exact widths in twips on every table and every cell, adding up to the page width', each((d, files) => {
    for (const t of tables(files.get('word/document.xml')!)) {
      const tblW = /<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(t);
      expect(tblW, d.name).not.toBeNull();
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(Number(tblW![1]));
      const cells = [...t.matchAll(/<w:tcW [^>]*\/>/g)].map((m) => m[0]);
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c).toMatch(/w:type="dxa"/);
      for (const row of t.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!) {
        const widths = [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(widths).toEqual(grid);
      }
    }
  }));

  it('is written in British English', each((d, files) => {
    const styles = files.get('word/styles.xml')!;
    expect(styles, d.name).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    expect([...styles.matchAll(/<w:lang [^>]*w:val="([^"]+)"/g)].map((m) => m[1]).filter((v) => v !== 'en-GB'), d.name).toEqual([]);
  }));

  it('defines every style the body uses', each((d, files) => {
    const styles = files.get('word/styles.xml')!;
    const used = new Set([...files.get('word/document.xml')!.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    for (const id of used) expect(styles, `${d.name}: ${id}`).toContain(`w:styleId="${id}"`);
  }));

  it('shows the protective marking once per page, in the header, and "Page X of Y" in the footer', each((d, files) => {
    const headers = headerParts(files, 'header');
    const footers = headerParts(files, 'footer');
    expect(headers.join('').split('OFFICIAL-SENSITIVE').length - 1, d.name).toBe(1);
    expect(footers.some((x) => x.includes('OFFICIAL-SENSITIVE')), d.name).toBe(false);
    const footer = footers.join('');
    expect(footer).toMatch(/Page <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*of <\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect([...files.values()].join('')).not.toContain('{{');
  }));

  it('has the document title in its properties, with the authority as author', each((d, files) => {
    const core = files.get('docProps/core.xml')!;
    expect(core, d.name).toContain(`<dc:title>${d.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Northshire Council</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Northshire Council</cp:lastModifiedBy>');
  }));

  it('keeps every name of the family out of the file’s properties', each((d, files) => {
    const meta = [...files.entries()].filter(([n]) => n.startsWith('docProps/')).map(([, x]) => x).join('\n');
    for (const name of ['Jay', 'Mia', 'Fletcher', 'Dawn', 'Pat']) expect(meta, `${d.name}: ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
    // …while the body does name them.
    expect(files.get('word/document.xml')).toContain('Jay');
  }));

  it('has well-formed XML with no control characters in any part', each((d, files) => {
    for (const [name, xml] of files) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      expect(XMLValidator.validate(xml), `${d.name}: ${name}`).toBe(true);
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml), `${d.name}: ${name}`).toBe(false);
    }
  }));

  it('carries the logo with alternative text in the theme’s header', () => {
    for (const d of docs.filter((x) => x.name.includes('(theme)'))) {
      const files = parts.get(d.name)!;
      expect(headerParts(files, 'header').join(''), d.name).toMatch(/<wp:docPr [^>]*descr="Northshire Council logo"/);
    }
  });
});

describe('large print', () => {
  it('sets body text to at least 16pt and headings larger still', () => {
    for (const d of docs.filter((x) => x.largePrint)) {
      const styles = parts.get(d.name)!.get('word/styles.xml')!;
      const body = Number(/<w:docDefaults>[\s\S]*?<w:sz w:val="(\d+)"\/>/.exec(styles)![1]);
      expect(body, d.name).toBeGreaterThanOrEqual(32);
      const size = (id: string) => Number(new RegExp(`w:styleId="${id}"[\\s\\S]*?<w:sz w:val="(\\d+)"`).exec(styles)![1]);
      expect(size('Heading1')).toBeGreaterThan(body);
      expect(size('Heading2')).toBeGreaterThan(body);
      expect(size('Title')).toBeGreaterThan(size('Heading1'));
      for (const id of ['TableText', 'SmallText', 'Label']) expect(size(id), `${d.name}: ${id}`).toBeGreaterThanOrEqual(32);
    }
  });

  it('ordinary print keeps body text at the theme’s 11pt', () => {
    const d = docs.find((x) => x.name === 'family plan (theme)')!;
    expect(parts.get(d.name)!.get('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*?<w:sz w:val="22"\/>/);
  });
});
