// No half-empty pages from keeping things together: a short box stays on one page, a long box keeps only
// its first lines together, so it may start part-way down a page.
import { describe, expect, it } from 'vitest';
import { blockXml, keepBoxLine } from '../../src/core/documents/body-xml';
import { blockContext } from '../../src/core/documents/render';
import { DEFAULT_THEME } from '../../src/core/documents/theme';
import type { DocumentContent } from '../../src/core/documents/blocks';

const content = { kind: 'meeting-record', title: 'T', sections: [] } as unknown as DocumentContent;

function keptLines(count: number): number {
  const ctx = blockContext(content, { theme: DEFAULT_THEME, largePrint: false });
  const xml = blockXml({ kind: 'box', tone: 'info', title: 'A long written update', lines: Array.from({ length: count - 1 }, (_, i) => `Line ${i + 1}`) }, { ...ctx, bulletsId: 1 });
  return xml.filter((p) => p.includes('<w:keepNext/>')).length;
}

describe('keeping together', () => {
  it('keeps a short box whole, on one page', () => {
    expect(keptLines(5)).toBe(4);
    expect(keptLines(8)).toBe(7);
  });

  it('lets a long box break after its first lines, so no page is left half empty', () => {
    expect(keptLines(30)).toBe(2);
    expect(keepBoxLine(29, 30)).toBe(false);
  });
});
