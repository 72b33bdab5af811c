// The family record: everything held about one family, stored as one file in the vault and
// validated on every read and before every write. `schemaVersion` moves with numbered migrations.
import { z } from 'zod';
import { idSchema } from '../shared/strings';
import { familyDetailsSchema } from './schema';
import { teamMemberSchema } from '../team/schema';
import { episodeSchema } from '../episodes/schema';
import { meetingSchema } from '../meetings/schema';
import { actionSchema } from '../actions/schema';

export const FAMILY_SCHEMA_VERSION = 1;

export const MAX_MEETINGS = 500;
export const MAX_ACTIONS = 5000;

/** Everything but the cross-record checks: used whole, or without meetings and actions (validate.ts). */
export const familyRecordObjectSchema = familyDetailsSchema.extend({
  schemaVersion: z.literal(FAMILY_SCHEMA_VERSION),
  id: idSchema,
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  team: z.array(teamMemberSchema).max(200).default([]),
  episodes: z.array(episodeSchema).max(200).default([]),
  meetings: z.array(meetingSchema).max(MAX_MEETINGS).default([]),
  actions: z.array(actionSchema).max(MAX_ACTIONS).default([]),
});

type FamilyShape = z.output<typeof familyRecordObjectSchema>;

/** Checks across the record: unique people, support for children in the family, one open episode per child. */
export function checkFamilyInvariants(f: FamilyShape, ctx: { addIssue: (issue: { code: 'custom'; path: (string | number)[]; message: string }) => void }): void {
  const ids = new Set<string>();
  const people = [...f.children, ...f.members, ...f.team];
  people.forEach((p) => {
    if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['id'], message: `Two people share the id ${p.id}` });
    ids.add(p.id);
  });
  const childIds = new Set(f.children.map((c) => c.id));
  const teamIds = new Set(f.team.map((t) => t.id));
  f.episodes.forEach((e, i) => {
    if (!childIds.has(e.childId)) {
      ctx.addIssue({ code: 'custom', path: ['episodes', i, 'childId'], message: 'This support is for a child who is not in the family' });
    }
    e.leadProfessionals.forEach((lp, j) => {
      if (!teamIds.has(lp.teamMemberId)) {
        ctx.addIssue({ code: 'custom', path: ['episodes', i, 'leadProfessionals', j, 'teamMemberId'], message: 'The lead professional must be on the team' });
      }
    });
  });
  const openByChild = new Map<string, number>();
  for (const e of f.episodes) if (!e.closedOn) openByChild.set(e.childId, (openByChild.get(e.childId) ?? 0) + 1);
  for (const [childId, n] of openByChild) {
    if (n > 1) ctx.addIssue({ code: 'custom', path: ['episodes'], message: `A child (${childId}) has more than one open episode of support` });
  }
}

export const familyRecordSchema = familyRecordObjectSchema.superRefine(checkFamilyInvariants);
export type FamilyRecord = z.infer<typeof familyRecordSchema>;

/** Every person on the family record by id: children, family members and professionals. */
export interface PersonSummary {
  id: string;
  name: string;
  kind: 'child' | 'family' | 'team';
  /** Role for professionals, relationship for family members. */
  role: string;
  agency: string;
}
