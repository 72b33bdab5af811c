// outcomes.* handlers: agreed outcomes for a child, and their ratings at each meeting.
import type { Handlers } from '../../api';
import { AppError } from '../../core/shared/result';
import { findEpisode, runningMeeting } from './find';
import type { ServiceContext } from './context';

export function outcomesHandlers(ctx: ServiceContext): Handlers['outcomes'] {
  const { store } = ctx;
  return {
    async save({ familyId, episodeId, outcome }) {
      return store.update(familyId, (draft) => {
        const episode = findEpisode(draft, episodeId);
        if (outcome.id) {
          const i = episode.outcomes.findIndex((o) => o.id === outcome.id);
          if (i < 0) throw new AppError('not-found', 'We could not find that outcome.');
          episode.outcomes[i] = { ...outcome, id: outcome.id };
        } else {
          episode.outcomes.push({ ...outcome, id: ctx.newId() });
        }
      });
    },
    async rate({ familyId, meetingId, rating }) {
      return store.update(familyId, (draft) => {
        const meeting = runningMeeting(draft, meetingId);
        const known = draft.episodes.some((e) => e.outcomes.some((o) => o.id === rating.outcomeId));
        if (!known) throw new AppError('not-found', 'We could not find that outcome.');
        const i = meeting.outcomeRatings.findIndex((r) => r.outcomeId === rating.outcomeId);
        if (i >= 0) meeting.outcomeRatings[i] = rating;
        else meeting.outcomeRatings.push(rating);
      });
    },
  };
}
