// team.* handlers: adding, changing and removing professionals around the family.
import type { Handlers } from '../../api';
import { isReferenced } from '../../core/families/references';
import { AppError } from '../../core/shared/result';
import type { ServiceContext } from './context';

export function teamHandlers(ctx: ServiceContext): Handlers['team'] {
  return {
    async save({ familyId, member }) {
      return ctx.store.update(familyId, (draft) => {
        if (member.id) {
          const i = draft.team.findIndex((t) => t.id === member.id);
          if (i < 0) throw new AppError('not-found', 'That professional is no longer on the team.');
          draft.team[i] = { ...member, id: member.id };
        } else {
          draft.team.push({ ...member, id: ctx.newId() });
        }
      });
    },
    async remove({ familyId, memberId }) {
      return ctx.store.update(familyId, (draft) => {
        const member = draft.team.find((t) => t.id === memberId);
        if (!member) throw new AppError('not-found', 'That professional is no longer on the team.');
        if (isReferenced(draft, memberId)) member.active = false;
        else draft.team = draft.team.filter((t) => t.id !== memberId);
      });
    },
  };
}
