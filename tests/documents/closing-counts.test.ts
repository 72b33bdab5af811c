// The closing summary adds up: a meeting under way is not "held" (in the facts and in "Meetings and who
// came" alike), an outcome never rated says so, and the file is named as the title reads.
import { describe, it, expect } from 'vitest';
import { closingSummaryContent, contentText, fileNameFor } from '../../src/core/documents/index';
import type { FamilyRecord } from '../../src/core/families/record';
import { TODAY, demoFamily } from './support';
import { steppedUp } from './documents';

function summary(record: FamilyRecord): string {
  return contentText(closingSummaryContent({ record, episodeIds: record.episodes.map((e) => e.id), today: TODAY }));
}

describe('the closing summary counts', () => {
  it('counts only finished meetings as held, everywhere, and says which one was still under way', () => {
    const record = demoFamily();
    const next = record.meetings.find((m) => m.status === 'planned')!;
    next.status = 'in-progress';
    const text = summary(record);
    const finished = record.meetings.filter((m) => m.status === 'finished').length;
    expect(finished).toBe(2);
    expect(text).toContain('Meetings held: 2');
    expect(text).toContain('2 meetings were held: ');
    expect(text).toMatch(/The meeting on .+ is still under way, so not counted\./);
    expect(text).not.toMatch(/3 meetings were held|Meetings held: 3/);
  });

  it('says "Not rated" for an outcome never rated, never "Rated only once"', () => {
    const record = demoFamily();
    const episode = record.episodes[0];
    episode.outcomes.push({ ...episode.outcomes[0], id: 'outcome-never-rated', text: 'Jay has a friend to play with at break' });
    const text = summary(record);
    const row = text.slice(text.indexOf('Jay has a friend to play with at break'));
    expect(row.split('\n').slice(0, 5).join('\n')).not.toContain('Rated only once');
    expect(row.split('\n').slice(0, 5).join('\n')).toContain('Not rated');
  });

  it('is named as its title reads', () => {
    const record = steppedUp(demoFamily());
    const input = { record, episodeIds: record.episodes.map((e) => e.id), today: TODAY };
    const title = closingSummaryContent(input).title;
    expect(title).toBe('Step-up summary');
    expect(fileNameFor(input, 'closing-summary')).toBe(`EH-2026-0147 step-up summary ${TODAY}.docx`);
  });
});
