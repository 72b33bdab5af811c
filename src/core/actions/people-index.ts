// The people an action could be given to, from the family record (listPeople), with what the owner
// reader matches on: first names, surname, role, service, relationship and whether they are still active.
import type { FamilyRecord } from '../families/record';
import { listPeople } from '../families/people';
import type { AgencyKind } from '../team/schema';
import type { Relationship } from '../families/schema';

export interface Candidate {
  id: string;
  name: string;
  kind: 'child' | 'family' | 'team';
  /** Role for professionals; relationship label for family members. */
  role: string;
  agency: string;
  agencyKind?: AgencyKind;
  relationship?: Relationship;
  /** The relationship detail typed for a family member, e.g. "Grandmother (Dawn’s mum)". */
  detail: string;
  /** Lower-case first names and "known as" names. */
  firstNames: string[];
  /** Lower-case surname ('' when none). */
  lastName: string;
  active: boolean;
}

const lower = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").trim();

/** A title before a name on the record ("Dr Lena Okafor"): not a first name. */
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|nurse)\.?$/;

function splitName(name: string): { first: string; last: string } {
  const all = lower(name).split(/\s+/).filter(Boolean);
  const tokens = all.length > 1 && TITLE.test(all[0]) ? all.slice(1) : all;
  return { first: tokens[0] ?? '', last: tokens.length > 1 ? tokens[tokens.length - 1] : '' };
}

export function candidatesFor(record: Pick<FamilyRecord, 'children' | 'members' | 'team'>): Candidate[] {
  const children = new Map(record.children.map((c) => [c.id, c]));
  const members = new Map(record.members.map((m) => [m.id, m]));
  const team = new Map(record.team.map((t) => [t.id, t]));
  return listPeople(record).map((p): Candidate => {
    const base = { id: p.id, name: p.name, kind: p.kind, role: p.role, agency: p.agency, detail: '', active: true };
    const child = children.get(p.id);
    if (child) {
      return {
        ...base,
        firstNames: [child.firstName, child.knownAs].filter(Boolean).map(lower),
        lastName: lower(child.lastName),
        active: !child.unborn,
      };
    }
    const member = members.get(p.id);
    if (member) {
      const { first, last } = splitName(member.name);
      return { ...base, relationship: member.relationship, detail: member.relationshipDetail, firstNames: [first], lastName: last };
    }
    const pro = team.get(p.id);
    const { first, last } = splitName(p.name);
    return { ...base, agencyKind: pro?.agencyKind, firstNames: [first], lastName: last, active: pro?.active ?? true };
  });
}
