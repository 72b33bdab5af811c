// The family plan is built from the data, never by hiding text: nothing marked for professionals only
// reaches any part of its file, and plain forms change professional wording but never anyone's own words.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { buildFamilyPlan, familyPlanText, type Plain } from '../../src/core/documents/index';
import { BUILT_IN_GLOSSARY, compileGlossary, plainVersion, readability } from '../../src/core/plain-language/index';
import type { FamilyRecord } from '../../src/core/families/record';
import { LETTERHEAD, LOGO } from './documents';
import { TODAY, demoFamily, reviewMeeting } from './support';

const SECRETS = [
  'Police were called to a neighbour dispute',
  'Third-party information from the police',
  'MARAC referral was discussed',
  'The neighbour has a caution',
  'Ask the police for the incident log',
  'Details of the GP letter about Jay’s headaches',
];

/** The demo family with more that must stay with professionals: a private differing view and a follow-up action. */
function withSecrets(): FamilyRecord {
  const record = demoFamily();
  const meeting = reviewMeeting(record);
  const worries = meeting.agenda.find((i) => i.key === 'worries')!;
  const follow = { ...record.actions[0], id: 'secret-action-1', text: 'Ask the police for the incident log', status: 'not-started' as const, createdInMeetingId: meeting.id, childIds: [] };
  record.actions.push(follow);
  meeting.notes.push({
    id: 'secret-note-1', agendaItemId: worries.id, kind: 'differing-views', text: 'MARAC referral was discussed', ownWords: false,
    professionalsOnly: true, professionalsOnlyReason: 'Third-party information from the police', reasonNotShared: '',
    views: [{ name: 'Police officer', text: 'The neighbour has a caution' }], followUpActionId: follow.id,
    createdAt: `${meeting.date}T10:20:00.000Z`, updatedAt: `${meeting.date}T10:20:00.000Z`,
  });
  meeting.notes.push({
    id: 'secret-note-2', agendaItemId: worries.id, kind: 'info-not-shared', text: 'Details of the GP letter about Jay’s headaches were not shared.', ownWords: false,
    professionalsOnly: false, professionalsOnlyReason: '', reasonNotShared: 'Not yet shared with the school nurse', views: [],
    createdAt: `${meeting.date}T10:21:00.000Z`, updatedAt: `${meeting.date}T10:21:00.000Z`,
  });
  return record;
}

async function everyPart(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  return texts.join('\n');
}

describe('the family plan leaves out everything for professionals only', () => {
  for (const route of ['theme', 'letterhead'] as const) {
    for (const largePrint of [false, true]) {
      it(`in no part of the file (${route}${largePrint ? ', large print' : ''}): body, headers, footers, properties or comments`, async () => {
        const record = withSecrets();
        const bytes = await buildFamilyPlan({ record, meetingId: reviewMeeting(record).id, today: TODAY, logo: LOGO, largePrint, letterhead: route === 'letterhead' ? LETTERHEAD : undefined });
        const all = await everyPart(bytes);
        for (const s of SECRETS) expect(all, s).not.toContain(s);
        expect(all).not.toContain('For professionals only');
        // The plan itself is all there.
        const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
        expect(raw).toContain("You will go to the 'Time for Me' parents' group");
        expect(raw).toContain('Jay is being picked on in the playground');
      });
    }
  }

  it('and from the text given for the reading-age check', () => {
    const record = withSecrets();
    const t = familyPlanText({ record, meetingId: reviewMeeting(record).id, today: TODAY });
    for (const s of SECRETS) expect(t).not.toContain(s);
  });

  it('while the same note stays in the meeting record, so nothing is lost', async () => {
    const { buildMeetingRecord } = await import('../../src/core/documents/index');
    const record = withSecrets();
    const bytes = await buildMeetingRecord({ record, meetingId: reviewMeeting(record).id, today: TODAY });
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    for (const s of SECRETS.slice(0, 5)) expect(raw).toContain(s);
  });
});

describe('plain forms in the family plan', () => {
  const swap: Plain = (t) => t.replace(/\bCAMHS\b/g, 'children’s mental health service').replace(/\bEHA\b/g, 'early help form');

  function withJargon(): FamilyRecord {
    const record = demoFamily();
    const meeting = reviewMeeting(record);
    const worries = meeting.agenda.find((i) => i.key === 'worries')!;
    const base = { agendaItemId: worries.id, professionalsOnly: false, professionalsOnlyReason: '', reasonNotShared: '', views: [], createdAt: `${meeting.date}T10:30:00.000Z`, updatedAt: `${meeting.date}T10:30:00.000Z` };
    meeting.notes.push({ ...base, id: 'jargon-1', kind: 'worry', text: 'The CAMHS wait is long and the EHA needs updating.', ownWords: false, speakerId: record.team[1].id });
    meeting.notes.push({ ...base, id: 'jargon-2', kind: 'view', text: 'I rang CAMHS three times and nobody rang back.', ownWords: true, speakerId: record.members[0].id });
    return record;
  }

  it('rewrites professional wording but keeps the family’s own words exactly as said', () => {
    const record = withJargon();
    const t = familyPlanText({ record, meetingId: reviewMeeting(record).id, today: TODAY, plain: swap });
    expect(t).toContain('The children’s mental health service wait is long and the early help form needs updating.');
    expect(t).toContain('“I rang CAMHS three times and nobody rang back.”');
    expect(t).not.toContain('The CAMHS wait');
  });

  it('works with the glossary’s own plainVersion', () => {
    const compiled = compileGlossary(BUILT_IN_GLOSSARY);
    const record = withJargon();
    const t = familyPlanText({ record, meetingId: reviewMeeting(record).id, today: TODAY, plain: (x) => plainVersion(x, compiled) });
    expect(t).not.toContain('The CAMHS wait');
    expect(t).toContain('“I rang CAMHS three times and nobody rang back.”');
  });

  it('gives the same text the Word file holds', async () => {
    const record = demoFamily();
    const input = { record, meetingId: reviewMeeting(record).id, today: TODAY, plain: swap };
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(await buildFamilyPlan(input)) })).value.replace(/\s+/g, ' ');
    const lines = familyPlanText(input).split('\n').filter((l) => !l.includes('\t'));
    expect(lines.length).toBeGreaterThan(40);
    for (const l of lines) expect(raw, l).toContain(l.replace(/\s+/g, ' ').trim());
  });

  it('reads at a reading age a family can manage for the demo family (measured 8.9; 10 or under)', () => {
    const record = demoFamily();
    const text = familyPlanText({ record, meetingId: reviewMeeting(record).id, today: TODAY });
    const r = readability(text);
    expect(r.words).toBeGreaterThan(300);
    expect(r.readingAge).toBeLessThanOrEqual(10);
  });
});
