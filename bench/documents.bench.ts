// Bench: the meeting record and the family plan for a large meeting (40 people, 300 note entries,
// 120 actions) built in ≤ 150 ms median, and at least 3× faster than pandoc making .docx from the same content.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFamilyPlan, buildMeetingRecord, familyPlanContent, meetingRecordContent, type Block, type DocumentContent } from '../src/core/documents/index';
import { cellParagraphs, inlineText } from '../src/core/documents/blocks';
import { largeFamily } from '../tests/documents/large-family';
import { ms, median, percentile, timeEach, type BenchResult } from './lib';

export const title = 'Word documents for a large meeting (40 people, 300 notes, 120 actions)';

const PANDOC = '/usr/bin/pandoc';

/** The same content as Markdown, for pandoc: headings, paragraphs, quotes, lists and pipe tables. */
export function toMarkdown(content: DocumentContent): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n+/g, '<br>');
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'heading': return `${'#'.repeat(b.level + 1)} ${b.text}`;
      case 'paragraph': return inlineText(b.text);
      case 'quote': return `> “${b.text.replace(/\n+/g, '\n>\n> ')}”${b.by ? `\n>\n> — ${b.by}` : ''}`;
      case 'bullets': return b.items.map((i) => `- ${inlineText(i).replace(/\n+/g, ' ')}`).join('\n');
      case 'facts': return b.rows.map(([l, v]) => `**${l}:** ${inlineText(v).replace(/\n+/g, '; ')}`).join('\n\n');
      case 'table': return [
        `| ${b.columns.map((c) => esc(c.title)).join(' | ')} |`,
        `|${b.columns.map(() => '---').join('|')}|`,
        ...b.rows.map((r) => `| ${r.map((c) => esc(cellParagraphs(c).map(inlineText).join('\n'))).join(' | ')} |`),
      ].join('\n');
      case 'box': return [b.title ? `**${b.title}**` : '', ...b.lines.map(inlineText)].filter(Boolean).join('\n\n');
      case 'pageBreak': return '';
    }
  };
  return [`# ${content.title}`, ...content.subtitle, ...content.blocks.map(block)].join('\n\n') + '\n';
}

export async function run(): Promise<BenchResult> {
  const { record, meetingId } = largeFamily();
  const input = { record, meetingId, today: '2026-11-23' };
  let sizes = [0, 0];
  const ours = await timeEach(async () => {
    const a = await buildMeetingRecord(input);
    const b = await buildFamilyPlan(input);
    sizes = [a.length, b.length];
  }, 15, 4);

  const figures: Record<string, number | string> = {
    'both documents, median ms': ms(median(ours)),
    'both documents, p90 ms': ms(percentile(ours, 90)),
    'meeting record bytes': sizes[0],
    'family plan bytes': sizes[1],
    'note entries': record.meetings.find((m) => m.id === meetingId)!.notes.length,
    actions: record.actions.length,
    people: record.children.length + record.members.length + record.team.length,
  };
  const targets = [{ name: 'Both documents built in ≤ 150 ms (median)', ok: median(ours) <= 150, detail: `${ms(median(ours))} ms` }];

  const hasPandoc = spawnSync(PANDOC, ['--version']).status === 0;
  if (!hasPandoc) {
    targets.push({ name: 'At least 3× faster than pandoc', ok: false, detail: `pandoc is not installed at ${PANDOC}` });
    return { figures, targets };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tac-bench-docs-'));
  try {
    const files = [meetingRecordContent(input), familyPlanContent(input)].map((c, i) => {
      const file = path.join(dir, `in-${i}.md`);
      writeFileSync(file, toMarkdown(c));
      return file;
    });
    const theirs = await timeEach(() => {
      for (const [i, f] of files.entries()) {
        const r = spawnSync(PANDOC, ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, `out-${i}.docx`), f]);
        if (r.status !== 0) throw new Error(`pandoc failed: ${r.stderr}`);
      }
    }, 7, 1);
    const ratio = median(theirs) / median(ours);
    figures['pandoc, both documents, median ms'] = ms(median(theirs));
    figures['times faster than pandoc'] = Math.round(ratio * 10) / 10;
    targets.push({ name: 'At least 3× faster than pandoc on the same content', ok: ratio >= 3, detail: `${ms(median(ours))} ms against pandoc’s ${ms(median(theirs))} ms (${figures['times faster than pandoc']}×)` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { figures, targets };
}
