// The app zips exported documents with Node's native deflate: the same parts, byte for byte, as the
// built-in fflate zip, readable by JSZip and fflate, and several times faster for a long record.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { buildMeetingRecord } from '../../src/core/documents/index';
import { nativeZip } from '../../src/main/services/native-zip';
import { largeFamily } from './large-family';
import { TODAY } from './support';

describe('nativeZip', () => {
  it('gives the same document as fflate, readable by JSZip, with the parts in the same order', async () => {
    const { record, meetingId } = largeFamily();
    const ours = await buildMeetingRecord({ record, meetingId, today: TODAY, zip: nativeZip });
    const theirs = await buildMeetingRecord({ record, meetingId, today: TODAY });
    const a = unzipSync(ours);
    const b = unzipSync(theirs);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    // The properties carry the time each was built; every other part is the same, byte for byte.
    for (const name of Object.keys(b).filter((n) => n !== 'docProps/core.xml')) expect(Buffer.from(a[name]).equals(Buffer.from(b[name])), name).toBe(true);
    const zip = await JSZip.loadAsync(ours);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('</w:body>');
    expect(ours.length).toBeLessThan(theirs.length * 1.5);
  });

  it('is used for a council’s letterhead too (the shipped templates have one)', async () => {
    const { record, meetingId } = largeFamily();
    const letterhead = new Uint8Array(readFileSync(path.resolve('templates/letterhead.docx')));
    const ours = await buildMeetingRecord({ record, meetingId, today: TODAY, letterhead, zip: nativeZip });
    expect(Buffer.from(ours).readUInt16LE(12)).toBe(0x21); // our zip's fixed date, 1 January 1980
    expect(new TextDecoder().decode(unzipSync(ours)['word/document.xml'])).toContain('</w:body>');
  });

  it('stores a part that deflate would not shrink', () => {
    const files = { 'a.bin': new Uint8Array([1]), 'ü.txt': new TextEncoder().encode('x'.repeat(1000)) };
    const back = unzipSync(nativeZip(files));
    expect(Object.keys(back)).toEqual(['a.bin', 'ü.txt']);
    expect(back['a.bin']).toEqual(files['a.bin']);
    expect(new TextDecoder().decode(back['ü.txt'])).toBe('x'.repeat(1000));
  });
});
