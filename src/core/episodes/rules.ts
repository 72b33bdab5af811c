// Rules for opening support: one open episode per child, a closed one may be followed by a new
// one linked to it, and the lead professional must be on the team.
import type { FamilyRecord } from '../families/record';
import type { Episode } from './schema';

export interface OpenEpisodeCheck {
  fields: Record<string, string>;
  followsEpisodeId?: string;
}

export function checkOpenEpisode(
  record: FamilyRecord,
  input: { childId: string; leadProfessionalId: string; followsEpisodeId?: string; openedOn: string },
): OpenEpisodeCheck {
  const fields: Record<string, string> = {};
  const child = record.children.find((c) => c.id === input.childId);
  if (!child) fields.childId = 'Choose a child from this family';
  const open = record.episodes.find((e) => e.childId === input.childId && !e.closedOn);
  if (child && open) {
    fields.childId = `${child.knownAs || child.firstName || 'This child'} already has support open. End that support before opening new support.`;
  }
  const lead = record.team.find((t) => t.id === input.leadProfessionalId && t.active);
  if (!lead) fields.leadProfessionalId = 'Choose a lead professional from the team. Add them to the team first if they are not there.';
  const closed = record.episodes
    .filter((e) => e.childId === input.childId && e.closedOn)
    .sort((a, b) => ((a.closedOn ?? '') < (b.closedOn ?? '') ? -1 : 1));
  let followsEpisodeId = input.followsEpisodeId;
  if (followsEpisodeId) {
    const before = closed.find((e) => e.id === followsEpisodeId);
    if (!before) fields.followsEpisodeId = 'Support can only follow an earlier, ended episode for the same child';
    else if (before.closedOn && input.openedOn < before.closedOn) fields.openedOn = 'New support cannot start before the earlier support ended';
  } else {
    const last = closed[closed.length - 1];
    followsEpisodeId = last?.id;
    if (last?.closedOn && input.openedOn < last.closedOn) fields.openedOn = 'New support cannot start before the earlier support ended';
  }
  return { fields, followsEpisodeId };
}

/** The open episode for a child, if any. */
export function openEpisodeFor(record: Pick<FamilyRecord, 'episodes'>, childId: string): Episode | undefined {
  return record.episodes.find((e) => e.childId === childId && !e.closedOn);
}
