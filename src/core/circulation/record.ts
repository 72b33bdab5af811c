// Recording one copy as sent: who, which version, when and how. Checks that the version is one meant
// for them, that the time is sensible, and that an agency the family excluded is given a reason.
import type { FamilyRecord } from '../families/record';
import type { CirculationEntry, DocumentKind } from './schema';
import { DOCUMENT_KIND_LABELS, SEND_METHODS } from './schema';
import { circulationList } from './list';
import { cleanLine } from '../shared/text';
import { londonDate } from '../shared/dates';

export interface CirculationInput {
  meetingId: string;
  personId: string;
  version: DocumentKind;
  how: (typeof SEND_METHODS)[number];
  /** ISO instant the copy went out. */
  sentAt: string;
  excludedOverrideReason?: string;
}

export type FieldErrors = Record<string, string>;

/**
 * Field errors for recording this copy (empty when it can be recorded). `now` is the current instant;
 * `planName` is the council's word for the family plan (templates/local.json), used in the messages.
 */
export function checkCirculation(record: FamilyRecord, input: CirculationInput, now: Date, planName = 'family plan'): FieldErrors {
  const errors: FieldErrors = {};
  const label = (kind: DocumentKind) => (kind === 'family-plan' ? planName : DOCUMENT_KIND_LABELS[kind].toLowerCase());
  const meeting = record.meetings.find((m) => m.id === input.meetingId);
  if (!meeting) return { meetingId: 'We could not find that meeting.' };
  if (meeting.status !== 'finished') return { meetingId: 'Finish the meeting before recording who was sent the record.' };
  const list = circulationList(record, input.meetingId)!;
  const row = list.rows.find((r) => r.personId === input.personId);
  if (!row) return { personId: 'Choose someone in the team or the family.' };
  if (!row.versions.includes(input.version)) {
    errors.version = row.kind === 'family'
      ? `Family members are sent the ${planName}. The meeting record and the closing summary are for professionals.`
      : `Choose a version for ${row.name}`;
  }
  const sent = new Date(input.sentAt);
  if (Number.isNaN(sent.getTime())) errors.sentAt = 'Enter when it was sent';
  else if (sent.getTime() > now.getTime() + 5 * 60_000) errors.sentAt = 'The date it was sent cannot be in the future';
  else if (londonDate(sent) < meeting.date && (!meeting.closing || londonDate(sent) < londonDate(new Date(meeting.closing.finishedAt)))) {
    errors.sentAt = 'The date it was sent cannot be before the meeting';
  }
  if (row.excluded && !cleanLine(input.excludedOverrideReason ?? '')) {
    errors.excludedOverrideReason = row.excluded.kind === 'excluded-by-family'
      ? `Say why you are sending the ${label(input.version)} to ${row.name} when the family asked that ${row.excluded.agency} is not sent information`
      : `Say why you are sending the ${label(input.version)} to ${row.name} when there is no consent in force to share information`;
  }
  return errors;
}

/** The entry to keep: the reason only when the person was excluded (a stray reason is not stored). */
export function circulationEntry(record: FamilyRecord, input: CirculationInput, id: string): CirculationEntry {
  const row = circulationList(record, input.meetingId)?.rows.find((r) => r.personId === input.personId);
  return {
    id,
    personId: input.personId,
    version: input.version,
    sentAt: new Date(input.sentAt).toISOString(),
    how: input.how,
    excludedOverrideReason: row?.excluded ? cleanLine(input.excludedOverrideReason ?? '') : '',
  };
}
