// Builds every document the tests check, once: each kind with the theme and with the shipped
// letterhead, the family plan in large print too, and the closing summary for a step-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildClosingSummary, buildFamilyPlan, buildMeetingRecord } from '../../src/core/documents/index';
import type { FamilyRecord } from '../../src/core/families/record';
import { TODAY, demoFamily, reviewMeeting } from './support';

export const LETTERHEAD = new Uint8Array(readFileSync(path.resolve('templates/letterhead.docx')));
export const LOGO = new Uint8Array(readFileSync(path.resolve('templates/logo.png')));

export interface Built {
  name: string;
  kind: 'meeting-record' | 'family-plan' | 'closing-summary';
  title: string;
  largePrint: boolean;
  bytes: Uint8Array;
}

/** The demo family with Jay's and Mia's support ended by a step-up to children's social care. */
export function steppedUp(record: FamilyRecord): FamilyRecord {
  for (const e of record.episodes) {
    e.closedOn = TODAY;
    e.closureReason = 'stepped-up';
  }
  record.episodes[0].closureNote = 'Concerns grew after the half-term holiday.\nThe team agreed to ask children’s social care for an assessment.';
  return record;
}

export async function buildAll(): Promise<{ record: FamilyRecord; docs: Built[] }> {
  const record = demoFamily();
  const meetingId = reviewMeeting(record).id;
  const closed = steppedUp(demoFamily());
  const docs: Built[] = [];
  for (const letterhead of [undefined, LETTERHEAD]) {
    const route = letterhead ? 'letterhead' : 'theme';
    docs.push({ name: `meeting record (${route})`, kind: 'meeting-record', title: 'Team Around the Family meeting record', largePrint: false, bytes: await buildMeetingRecord({ record, meetingId, today: TODAY, logo: LOGO, letterhead }) });
    docs.push({ name: `family plan (${route})`, kind: 'family-plan', title: 'Your family plan', largePrint: false, bytes: await buildFamilyPlan({ record, meetingId, today: TODAY, logo: LOGO, letterhead }) });
    docs.push({ name: `family plan in large print (${route})`, kind: 'family-plan', title: 'Your family plan', largePrint: true, bytes: await buildFamilyPlan({ record, meetingId, today: TODAY, logo: LOGO, letterhead, largePrint: true }) });
    docs.push({ name: `step-up summary (${route})`, kind: 'closing-summary', title: 'Step-up summary', largePrint: false, bytes: await buildClosingSummary({ record: closed, episodeIds: closed.episodes.map((e) => e.id), today: TODAY, logo: LOGO, letterhead }) });
  }
  return { record, docs };
}
