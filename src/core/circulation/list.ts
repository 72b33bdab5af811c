// The circulation list for a finished meeting: everyone in the team and the family, at the meeting
// or not, the version of the record meant for each, and who the family's consent leaves out.
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import type { CirculationEntry, DocumentKind } from './schema';
import { RELATIONSHIP_LABELS } from '../families/schema';
import { ATTENDANCE_LABELS, PRESENT_STATUSES } from '../attendance/schema';
import { currentConsent, isExcludedAgency, type Episode } from '../episodes/schema';

/** Why a professional may not be sent the record unless the chair gives a reason. */
export interface Exclusion {
  kind: 'excluded-by-family' | 'no-consent';
  /** The agency name as the family said it (or the professional's agency when there is no consent). */
  agency: string;
  /** A plain sentence for the screen: "The family asked that Northshire Homes is not sent information." */
  message: string;
}

export interface CirculationRow {
  personId: string;
  name: string;
  kind: 'family' | 'team';
  /** "Pastoral lead" for a professional; "Mother" for a family member. */
  role: string;
  agency: string;
  /** How they were at the meeting, in words: "Came in person", "Sent apologies", "Not recorded". */
  attendance: string;
  present: boolean;
  /** The version meant for them: the family plan for the family, the meeting record for professionals. */
  version: DocumentKind;
  /** The versions they may be sent. The family is never sent the professionals' record. */
  versions: DocumentKind[];
  /** Email address on the record, if any. */
  email: string;
  /** For a family member: how they like to be contacted, languages, interpreter. */
  note: string;
  /** A professional who has since left the team (listed because they were at this meeting). */
  leftTeam: boolean;
  excluded?: Exclusion;
  /** Copies recorded as sent to them, oldest first. */
  sent: CirculationEntry[];
}

export interface CirculationList {
  meetingId: string;
  rows: CirculationRow[];
  /** Agencies the family asked not to be told, as they said them. */
  excludedAgencies: string[];
  /** False when no consent to share is in force for the children this meeting was about. */
  consentInForce: boolean;
}

export const FAMILY_VERSIONS: readonly DocumentKind[] = ['family-plan'];
export const TEAM_VERSIONS: readonly DocumentKind[] = ['meeting-record', 'family-plan', 'closing-summary'];

/** The episodes of support for the children a meeting was about (every one, so no exclusion is missed). */
export function meetingEpisodes(record: Pick<FamilyRecord, 'episodes'>, meeting: Pick<Meeting, 'childIds'>): Episode[] {
  return record.episodes.filter((e) => meeting.childIds.includes(e.childId));
}

/** The agencies excluded by any consent in force for those children, and whether any consent is in force. */
export function consentFor(record: Pick<FamilyRecord, 'episodes'>, meeting: Pick<Meeting, 'childIds'>): { excluded: string[]; inForce: boolean } {
  const episodes = meetingEpisodes(record, meeting);
  const excluded = new Set<string>();
  let inForce = false;
  for (const e of episodes) {
    const c = currentConsent(e);
    if (!c) continue;
    inForce = true;
    for (const a of c.excludedAgencies) excluded.add(a);
  }
  return { excluded: [...excluded], inForce };
}

/** Why this professional may not be sent the record, if they may not. */
export function exclusionFor(agency: string, consent: { excluded: readonly string[]; inForce: boolean }): Exclusion | undefined {
  if (!consent.inForce) {
    return {
      kind: 'no-consent',
      agency,
      message: 'There is no consent in force to share information about these children. Check with the family before sending anything.',
    };
  }
  const match = consent.excluded.find((x) => isExcludedAgency(agency, [x]));
  if (!match) return undefined;
  return { kind: 'excluded-by-family', agency: match, message: `The family asked that ${match} is not sent information.` };
}

function attendanceOf(meeting: Meeting, personId: string): { label: string; present: boolean } {
  const a = meeting.attendance.find((x) => x.personId === personId);
  if (!a) return { label: 'Not recorded', present: false };
  return { label: ATTENDANCE_LABELS[a.status], present: PRESENT_STATUSES.includes(a.status) };
}

export function circulationList(record: FamilyRecord, meetingId: string): CirculationList | undefined {
  const meeting = record.meetings.find((m) => m.id === meetingId);
  if (!meeting) return undefined;
  const consent = consentFor(record, meeting);
  const sentTo = (personId: string) =>
    meeting.circulation.filter((c) => c.personId === personId).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const involved = new Set([...meeting.attendance.map((a) => a.personId), ...meeting.invitations.map((i) => i.personId), ...meeting.circulation.map((c) => c.personId)]);

  const family: CirculationRow[] = record.members.map((m) => {
    const at = attendanceOf(meeting, m.id);
    const note = [m.communicationNeeds, m.languages && !/^english$/i.test(m.languages.trim()) ? `Languages: ${m.languages}` : '', m.interpreterNeeded ? 'Needs an interpreter' : '']
      .map((part) => part.trim().replace(/[.\s]+$/, ''))
      .filter(Boolean)
      .join('. ');
    return {
      personId: m.id, name: m.name, kind: 'family', role: m.relationshipDetail || RELATIONSHIP_LABELS[m.relationship], agency: '',
      attendance: at.label, present: at.present, version: 'family-plan', versions: [...FAMILY_VERSIONS], email: m.email, note,
      leftTeam: false, sent: sentTo(m.id),
    };
  });
  const team: CirculationRow[] = record.team
    .filter((t) => t.active || involved.has(t.id))
    .map((t) => {
      const at = attendanceOf(meeting, t.id);
      return {
        personId: t.id, name: t.name, kind: 'team', role: t.role, agency: t.agency, attendance: at.label, present: at.present,
        version: 'meeting-record', versions: [...TEAM_VERSIONS], email: t.email, note: '', leftTeam: !t.active,
        excluded: exclusionFor(t.agency, consent), sent: sentTo(t.id),
      };
    });
  return { meetingId, rows: [...family, ...team], excludedAgencies: consent.excluded, consentInForce: consent.inForce };
}
