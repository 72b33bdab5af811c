// families.* handlers: the home list from the index, opening, creating and editing a family.
import type { Handlers } from '../../api';
import type { FamilyDetailsInput } from '../../api/families';
import { AppError } from '../../core/shared/result';
import { FAMILY_SCHEMA_VERSION, type FamilyRecord } from '../../core/families/record';
import { matchesSearch, summarise } from '../../core/families/index-entry';
import { isReferenced } from '../../core/families/references';
import type { FamilyDetails } from '../../core/families/schema';
import type { ServiceContext } from './context';

type Details = Omit<FamilyDetails, 'children' | 'members'> & {
  children: (Omit<FamilyDetails['children'][number], 'id'> & { id?: string })[];
  members: (Omit<FamilyDetails['members'][number], 'id'> & { id?: string })[];
};

export function familiesHandlers(ctx: ServiceContext): Handlers['families'] {
  const { store } = ctx;

  function checkReferenceFree(reference: string, exceptId?: string): void {
    const taken = store.vault
      .list()
      .entries.some((e) => e.id !== exceptId && e.reference.trim().toLowerCase() === reference.trim().toLowerCase());
    if (taken) {
      throw new AppError('invalid-input', 'A family with this reference already exists', {
        reference: 'A family with this reference already exists. Check the reference or open that family.',
      });
    }
  }

  function withIds(details: Details, existing?: FamilyRecord): Pick<FamilyRecord, 'reference' | 'children' | 'members' | 'homeLanguages' | 'preferences'> {
    const known = new Set([...(existing?.children ?? []), ...(existing?.members ?? [])].map((p) => p.id));
    const assign = (id?: string) => (id && known.has(id) ? id : ctx.newId());
    return {
      reference: details.reference,
      homeLanguages: details.homeLanguages,
      preferences: details.preferences,
      children: details.children.map((c) => ({ ...c, id: assign(c.id) })),
      members: details.members.map((m) => ({ ...m, id: assign(m.id) })),
    };
  }

  return {
    async list({ query }) {
      const { entries, unreadable, notices } = store.vault.list();
      const today = ctx.today();
      const families = entries
        .filter((e) => matchesSearch(e, query))
        .map((e) => summarise(e, today))
        .sort((a, b) => {
          const da = a.nextMeeting?.date ?? '9999';
          const db = b.nextMeeting?.date ?? '9999';
          return da === db ? a.reference.localeCompare(b.reference) : da < db ? -1 : 1;
        });
      return { families, unreadable, notices, total: entries.length };
    },

    async get({ familyId }) {
      return store.load(familyId);
    },

    async create(input) {
      const details = input as unknown as Details;
      checkReferenceFree(details.reference);
      const now = ctx.now().toISOString();
      const record: FamilyRecord = {
        schemaVersion: FAMILY_SCHEMA_VERSION,
        id: ctx.newId(),
        revision: 1,
        createdAt: now,
        updatedAt: now,
        ...withIds(details),
        team: [],
        episodes: [],
        meetings: [],
        actions: [],
      };
      return store.create(record);
    },

    async update({ familyId, details }) {
      const input = details as unknown as Details;
      checkReferenceFree(input.reference, familyId);
      return store.update(familyId, (draft) => {
        const next = withIds(input, draft);
        const keptIds = new Set([...next.children, ...next.members].map((p) => p.id));
        const fields: Record<string, string> = {};
        draft.children.forEach((c) => {
          if (!keptIds.has(c.id) && isReferenced(draft, c.id)) {
            fields.children = `${c.knownAs || c.firstName || 'A child'} has support or meetings recorded, so cannot be removed.`;
          }
        });
        draft.members.forEach((m) => {
          if (!keptIds.has(m.id) && isReferenced(draft, m.id)) {
            fields.members = `${m.name} is named in meetings or actions, so cannot be removed.`;
          }
        });
        if (Object.keys(fields).length) throw new AppError('invalid-input', Object.values(fields)[0], fields);
        Object.assign(draft, next);
      });
    },

    async dismissNotice({ noticeId }) {
      return { dismissed: store.vault.dismissNotice(noticeId) };
    },
  };
}

export type { FamilyDetailsInput };
