// Looking people up on a family record: children, family members and the team, by id.
import type { FamilyRecord, PersonSummary } from './record';
import { RELATIONSHIP_LABELS, childDisplayName } from './schema';

export function listPeople(record: Pick<FamilyRecord, 'children' | 'members' | 'team'>): PersonSummary[] {
  return [
    ...record.children.map((c) => ({
      id: c.id, name: childDisplayName(c) + (c.lastName ? ` ${c.lastName}` : ''), kind: 'child' as const,
      role: c.unborn ? 'Unborn baby' : 'Child', agency: '',
    })),
    ...record.members.map((m) => ({
      id: m.id, name: m.name, kind: 'family' as const,
      role: m.relationshipDetail || RELATIONSHIP_LABELS[m.relationship], agency: '',
    })),
    ...record.team.map((t) => ({ id: t.id, name: t.name, kind: 'team' as const, role: t.role, agency: t.agency })),
  ];
}

export function findPerson(record: Pick<FamilyRecord, 'children' | 'members' | 'team'>, id: string | undefined): PersonSummary | undefined {
  if (!id) return undefined;
  return listPeople(record).find((p) => p.id === id);
}

export function personName(record: Pick<FamilyRecord, 'children' | 'members' | 'team'>, id: string | undefined, fallback = 'Someone not on the record'): string {
  return findPerson(record, id)?.name ?? fallback;
}
