// episodes.* handlers: opening support for a child with consent and a lead professional,
// changing the lead professional, recording consent and ending support.
import type { Handlers } from '../../api';
import { formatDate } from '../../core/shared/dates';
import { AppError } from '../../core/shared/result';
import { checkOpenEpisode } from '../../core/episodes/rules';
import type { FamilyRecord } from '../../core/families/record';
import type { ServiceContext } from './context';

function findEpisode(draft: FamilyRecord, episodeId: string) {
  const episode = draft.episodes.find((e) => e.id === episodeId);
  if (!episode) throw new AppError('not-found', 'We could not find that support record.');
  return episode;
}

export function episodesHandlers(ctx: ServiceContext): Handlers['episodes'] {
  const { store } = ctx;
  return {
    async open(input) {
      return store.update(input.familyId, (draft) => {
        const check = checkOpenEpisode(draft, input);
        if (Object.keys(check.fields).length) throw new AppError('invalid-input', Object.values(check.fields)[0], check.fields);
        draft.episodes.push({
          id: ctx.newId(),
          childId: input.childId,
          openedOn: input.openedOn,
          startedBy: input.startedBy,
          reason: input.reason,
          leadProfessionals: [
            { teamMemberId: input.leadProfessionalId, from: input.openedOn, reason: 'Lead professional when support started', familyAgreed: input.familyAgreedToLead },
          ],
          consents: [{ ...input.consent, id: ctx.newId() }],
          outcomes: [],
          closureNote: '',
          followsEpisodeId: check.followsEpisodeId,
        });
      });
    },

    async update({ familyId, episodeId, openedOn, startedBy, reason }) {
      return store.update(familyId, (draft) => {
        const episode = findEpisode(draft, episodeId);
        Object.assign(episode, { openedOn, startedBy, reason });
      });
    },

    async changeLead({ familyId, episodeId, period }) {
      return store.update(familyId, (draft) => {
        const episode = findEpisode(draft, episodeId);
        if (!draft.team.some((t) => t.id === period.teamMemberId && t.active)) {
          throw new AppError('invalid-input', 'Choose a lead professional from the team', { 'period.teamMemberId': 'Choose a lead professional from the team' });
        }
        if (period.from < episode.openedOn) {
          throw new AppError('invalid-input', 'The change cannot be before support started', { 'period.from': 'The change cannot be before support started' });
        }
        if (!period.reason) {
          throw new AppError('invalid-input', 'Say why the lead professional changed', { 'period.reason': 'Say why the lead professional changed' });
        }
        episode.leadProfessionals.push(period);
      });
    },

    async saveConsent({ familyId, episodeId, consent }) {
      return store.update(familyId, (draft) => {
        const episode = findEpisode(draft, episodeId);
        if (consent.id) {
          const i = episode.consents.findIndex((c) => c.id === consent.id);
          if (i < 0) throw new AppError('not-found', 'We could not find that consent record.');
          episode.consents[i] = { ...consent, id: consent.id };
        } else {
          episode.consents.push({ ...consent, id: ctx.newId() });
        }
      });
    },

    async close({ familyId, episodeId, closedOn, closureReason, closureNote, evenThoughMeetingUnderWay }) {
      return store.update(familyId, (draft) => {
        const episode = findEpisode(draft, episodeId);
        if (episode.closedOn) throw new AppError('conflict', 'This support has already ended.');
        const underWay = draft.meetings.find((m) => m.status === 'in-progress' && m.childIds.includes(episode.childId));
        if (underWay && !evenThoughMeetingUnderWay) {
          const message = `A meeting about this child is under way (${formatDate(underWay.date)}). Finish it first, or say you still want to end support.`;
          throw new AppError('conflict', message, { evenThoughMeetingUnderWay: message });
        }
        if (closedOn < episode.openedOn) {
          throw new AppError('invalid-input', 'Support cannot end before it started', { closedOn: 'Support cannot end before it started' });
        }
        Object.assign(episode, { closedOn, closureReason, closureNote });
      });
    },
  };
}
