// Helpers for the document tests: the demo family, a large meeting, unzipping a .docx and reading
// its parts, the heading sequence, and converting to PDF with LibreOffice when it is installed.
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDemoFamily } from '../../src/main/demo/demo-family';
import type { FamilyRecord } from '../../src/core/families/record';

export const TODAY = '2026-11-23';

export function idMaker(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(6, '0')}`;
}

/** The demo family: Jay and Mia Fletcher, with two meetings held and one planned. */
export function demoFamily(): FamilyRecord {
  return buildDemoFamily(idMaker(), TODAY, `${TODAY}T10:00:00.000Z`);
}

/** The review meeting of the demo family (the second, finished meeting). */
export function reviewMeeting(record: FamilyRecord) {
  return record.meetings.find((m) => m.kind === 'review' && m.status === 'finished')!;
}

/** Every part of a .docx as text (binary parts skipped). */
export async function unzipDocx(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir || /\.(png|jpe?g|gif|emf|wmf|bin)$/i.test(name)) continue;
    out.set(name, await file.async('string'));
  }
  return out;
}

/** Paragraph style ids in body order: "Title", "Heading1", … (other styles left out). */
export function headingSequence(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>/g)].map((m) => m[1]);
}

/** Problems with a heading sequence: must start with the Title and never skip a level. */
export function headingProblems(sequence: readonly string[]): string[] {
  const problems: string[] = [];
  if (sequence[0] !== 'Title') problems.push(`starts with ${sequence[0]}`);
  if (sequence.filter((s) => s === 'Title').length !== 1) problems.push('more than one Title');
  let level = 0;
  for (const s of sequence.slice(1)) {
    const n = Number(s.replace('Heading', ''));
    if (n > level + 1) problems.push(`${s} after level ${level}`);
    level = n;
  }
  return problems;
}

/** Each table in the body, as its XML. */
export function tables(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

/** The text of a part: the w:t contents joined. */
export function partText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

export function hasLibreOffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
}

export interface PdfResult {
  pages: string[];
  pageCount: number;
}

/** Converts a .docx to PDF with LibreOffice (own profile folder) and reads each page's text. */
export function toPdf(bytes: Uint8Array, name = 'document'): PdfResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tac-doc-'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-'));
  try {
    const file = path.join(dir, `${name}.docx`);
    writeFileSync(file, bytes);
    const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
    const pdf = path.join(dir, `${name}.pdf`);
    let data: Buffer;
    try {
      data = readFileSync(pdf);
    } catch {
      throw new Error(`LibreOffice could not convert ${name}: ${run.stderr || run.stdout}`);
    }
    void data;
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
    const pages = text.split('\f');
    if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
    return { pages, pageCount: pages.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Collapse runs of white space, so text wrapped across lines in a PDF can be searched. */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ');
}
