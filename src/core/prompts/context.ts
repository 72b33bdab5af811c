// The words that fill {placeholders} for one meeting: the children's and family's names, the
// lead professional, and the local words. Every value has a plain fallback, so nothing reads "{…}".
import type { FamilyRecord } from '../families/record';
import type { Meeting } from '../meetings/schema';
import { childDisplayName } from '../families/schema';
import { leadProfessionalOn } from '../episodes/schema';
import { BUILT_IN_LOCAL, joinNames, type LocalWords, type PlaceholderContext } from './local';

type MeetingLike = Pick<Meeting, 'childIds' | 'date'>;

/** First names of the children this meeting is about, in the record's order. */
export function childNamesFor(record: Pick<FamilyRecord, 'children'>, meeting: Pick<Meeting, 'childIds'>): string[] {
  const wanted = new Set(meeting.childIds);
  return record.children.filter((c) => wanted.has(c.id)).map((c) => childDisplayName(c));
}

/** "Dawn Fletcher" → "Dawn": first names read more kindly aloud. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** The lead professional's name for the meeting's children on the meeting date. */
export function leadProfessionalName(record: Pick<FamilyRecord, 'episodes' | 'team'>, meeting: MeetingLike): string {
  const wanted = new Set(meeting.childIds);
  const episodes = record.episodes.filter(
    (e) => wanted.has(e.childId) && e.openedOn <= meeting.date && (!e.closedOn || e.closedOn >= meeting.date),
  );
  const pool = episodes.length > 0 ? episodes : record.episodes.filter((e) => wanted.has(e.childId));
  const ids: string[] = [];
  for (const e of pool) {
    const id = leadProfessionalOn(e, meeting.date)?.teamMemberId;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return joinNames(ids.map((id) => record.team.find((t) => t.id === id)?.name ?? '').filter(Boolean));
}

export function promptContext(
  record: Pick<FamilyRecord, 'children' | 'members' | 'episodes' | 'team'>,
  meeting: MeetingLike,
  local: LocalWords = BUILT_IN_LOCAL,
): PlaceholderContext {
  return {
    teamName: local.teamName,
    teamShort: local.teamShort,
    planName: local.planName,
    keyPerson: local.keyPerson,
    authorityName: local.authorityName || 'the council',
    childNames: joinNames(childNamesFor(record, meeting), 'the children'),
    familyNames: joinNames(record.members.map((m) => firstName(m.name)), 'the family'),
    leadProfessional: leadProfessionalName(record, meeting) || `your ${local.keyPerson}`,
  };
}
