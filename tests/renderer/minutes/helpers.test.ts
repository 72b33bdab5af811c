// The minutes screen's small rules on the demo family: who can be the speaker, whose words are their
// own, the follow-up for information not shared, the word at the caret, and keeping the page's copy in step.
import { describe, expect, it } from 'vitest';
import { buildDemoFamily } from '../../../src/main/demo/demo-family';
import type { FamilyRecord } from '../../../src/core/families/record';
import type { NoteEntry } from '../../../src/core/minutes/schema';
import { defaultKind, ownWordsByDefault, speakersFor } from '../../../src/renderer/features/minutes/speakers';
import { followUpText, whatWasNotShared } from '../../../src/renderer/features/minutes/not-shared';
import { mergeNotes } from '../../../src/renderer/features/minutes/minutes-store';
import { compiledGlossary, findingAtCaret, spanChange } from '../../../src/renderer/features/plain-language/use-glossary';
import { applySuggestion, BUILT_IN_GLOSSARY, checkText } from '../../../src/core/plain-language';

function demo(): { record: FamilyRecord; review: FamilyRecord['meetings'][number] } {
  let n = 0;
  const record = buildDemoFamily(() => `demo-${String(++n).padStart(4, '0')}`, '2026-11-23', '2026-11-23T09:00:00.000Z');
  const review = record.meetings.find((m) => m.status === 'planned')!;
  review.status = 'in-progress';
  return { record, review };
}
const nameOf = (record: FamilyRecord, id: string) => [...record.team, ...record.members].find((p) => p.id === id)?.name
  ?? record.children.find((c) => c.id === id)?.firstName;

describe('who said it', () => {
  it('offers everyone on the record before attendance is taken, and only those here after', () => {
    const { record, review } = demo();
    expect(speakersFor(record, review).map((s) => s.label)).toContain('Rhys Evans (Health visitor, Northshire Community Health)');
    const dawn = record.members.find((m) => m.name === 'Dawn Fletcher')!;
    const tom = record.team.find((t) => t.name === 'Tom Price')!;
    const rhys = record.team.find((t) => t.name === 'Rhys Evans')!;
    const jay = record.children.find((c) => c.firstName === 'Jay')!;
    review.attendance = [
      { personId: dawn.id, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: tom.id, status: 'remote', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true },
      { personId: rhys.id, status: 'apologies', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: false },
    ];
    review.childParticipation = [{ childId: jay.id, how: 'part', viewsGivenTo: '', reason: '' }];
    const here = speakersFor(record, review).map((s) => nameOf(record, s.id));
    expect(here.sort()).toEqual(['Dawn Fletcher', 'Jay', 'Tom Price']);
  });

  it('offers a child who gave their views before the meeting, said as passed on by whoever took them', () => {
    const { record, review } = demo();
    const dawn = record.members.find((m) => m.name === 'Dawn Fletcher')!;
    const jay = record.children.find((c) => c.firstName === 'Jay')!;
    review.attendance = [{ personId: dawn.id, status: 'in-person', writtenUpdate: '', substituteName: '', notInvitedReason: '', askedForView: true }];
    review.childParticipation = [{ childId: jay.id, how: 'views-beforehand', viewsGivenTo: 'Tom Price', reason: '' }];
    const jayHere = speakersFor(record, review).find((s) => s.id === jay.id)!;
    expect(jayHere.label).toBe('Jay (views given before the meeting, passed on by Tom Price)');
    expect(jayHere.saidAs).toBe('Jay said (passed on by Tom Price)');
    expect(ownWordsByDefault(jayHere)).toBe(true);
  });

  it('takes the family’s and the child’s words as their own, not a professional’s', () => {
    const { record, review } = demo();
    const speakers = speakersFor(record, review);
    const kind = (name: string) => speakers.find((s) => s.label.startsWith(name));
    expect(ownWordsByDefault(kind('Dawn Fletcher'))).toBe(true);
    expect(ownWordsByDefault(kind('Jay Fletcher'))).toBe(true);
    expect(ownWordsByDefault(kind('Sarah Khan'))).toBe(false);
    expect(ownWordsByDefault(undefined)).toBe(false);
  });

  it('starts a note under the family’s view as a view, under worries as a worry', () => {
    expect(defaultKind('family-view')).toBe('view');
    expect(defaultKind('worries')).toBe('worry');
    expect(defaultKind('gone-well')).toBe('strength');
    expect(defaultKind('welcome')).toBe('note');
  });
});

describe('information not shared', () => {
  it('writes the follow-up as "Ask <who> for <what>"', () => {
    const what = whatWasNotShared('The GP letter about Jay’s headaches.\nSarah will chase it.');
    expect(what).toBe('the GP letter about Jay’s headaches');
    expect(followUpText('the GP', what)).toBe('Ask the GP for the GP letter about Jay’s headaches');
    expect(followUpText('  ', 'the housing report')).toBe('Ask for the housing report');
    expect(whatWasNotShared('CAMHS assessment')).toBe('CAMHS assessment');
  });
});

describe('the plainer word at the caret', () => {
  const glossary = compiledGlossary(BUILT_IN_GLOSSARY);
  const text = 'The EWO will liaise with school';
  const findings = checkText(text, glossary, { audience: 'professional' });

  it('finds the flagged word under the caret or just typed, and nothing further away', () => {
    expect(findingAtCaret(findings, 5)?.text).toBe('EWO');
    expect(findingAtCaret(findings, 7)?.text).toBe('EWO');
    expect(findingAtCaret(findings, 9)?.text).toBe('EWO');
    expect(findingAtCaret(findings, 20)?.text).toBe('liaise with');
    expect(findingAtCaret(findings, text.length)).toBeUndefined();
  });

  it('turns a suggestion into one small edit, so the field’s undo can put the word back', () => {
    const after = applySuggestion(text, findings[0], 0);
    const change = spanChange(text, after);
    expect(text.slice(0, change.start) + change.insert + text.slice(change.end)).toBe(after);
    expect(change.end - change.start).toBeLessThanOrEqual(3);
    expect(change.insert).toContain('education welfare officer');
  });
});

describe('keeping the page’s copy of the family in step', () => {
  const note = (id: string, text: string, at: string): NoteEntry => ({
    id, agendaItemId: 'item-000001', kind: 'note', text, ownWords: false, professionalsOnly: false, professionalsOnlyReason: '',
    views: [], reasonNotShared: '', createdAt: at, updatedAt: at,
  });

  it('puts saved entries in, takes removed ones out, and leaves the record alone when nothing changed', () => {
    const { record, review } = demo();
    review.notes = [note('note-000001', 'First', '2026-11-25T09:31:00.000Z'), note('note-000002', 'Slip', '2026-11-25T09:32:00.000Z')];
    const same = mergeNotes(record, review.id, [review.notes[0]], new Set());
    expect(same).toBe(record);
    const changed = mergeNotes(record, review.id, [{ ...review.notes[0], text: 'First, longer', updatedAt: '2026-11-25T09:33:00.000Z' }, note('note-000003', 'New', '2026-11-25T09:34:00.000Z')], new Set(['note-000002']));
    expect(changed).not.toBe(record);
    expect(changed.meetings.find((m) => m.id === review.id)!.notes.map((n) => n.text)).toEqual(['First, longer', 'New']);
    expect(review.notes.map((n) => n.text)).toEqual(['First', 'Slip']);
  });
});
