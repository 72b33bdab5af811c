// episodes.*: opening, changing and closing an episode of support for a child, with consent and
// the lead professional's history.
import { z } from 'zod';
import { method } from './method';
import {
  CLOSURE_REASONS, FAMILY_AGREED, consentSchema, leadProfessionalPeriodSchema,
} from '../core/episodes/schema';
import { familyRecordSchema } from '../core/families/record';
import { isoDate } from '../core/shared/dates';
import { idSchema, longText, personRef, requiredLine } from '../core/shared/strings';

export const consentInputSchema = consentSchema.extend({ id: idSchema.optional() });

export const episodesMethods = {
  open: method({
    summary: 'Open support for a child, with the lead professional and the consent to share information.',
    input: z
      .object({
        familyId: idSchema,
        childId: personRef('Choose the child this support is for'),
        openedOn: isoDate('Enter the date support started'),
        startedBy: requiredLine('Say who started this support, for example the school or the family', 200),
        reason: longText(50_000),
        leadProfessionalId: personRef('Choose the lead professional'),
        familyAgreedToLead: z.enum(FAMILY_AGREED, { error: 'Say whether the family agreed to this lead professional' }),
        consent: consentInputSchema,
        followsEpisodeId: idSchema.optional(),
      })
      .strict(),
    output: familyRecordSchema,
  }),
  update: method({
    summary: 'Change when and why support started.',
    input: z
      .object({
        familyId: idSchema,
        episodeId: idSchema,
        openedOn: isoDate('Enter the date support started'),
        startedBy: requiredLine('Say who started this support, for example the school or the family', 200),
        reason: longText(50_000),
      })
      .strict(),
    output: familyRecordSchema,
  }),
  changeLead: method({
    summary: 'Record a new lead professional from a date, why it changed and whether the family agreed.',
    input: z
      .object({ familyId: idSchema, episodeId: idSchema, period: leadProfessionalPeriodSchema })
      .strict(),
    output: familyRecordSchema,
  }),
  saveConsent: method({
    summary: 'Record new consent, or correct a consent record (when the id is given).',
    input: z.object({ familyId: idSchema, episodeId: idSchema, consent: consentInputSchema }).strict(),
    output: familyRecordSchema,
  }),
  close: method({
    summary: 'End support for a child, with the reason. While a meeting about the child is under way this is refused with a warning, unless `evenThoughMeetingUnderWay` is given.',
    input: z
      .object({
        familyId: idSchema,
        episodeId: idSchema,
        closedOn: isoDate('Enter the date support ended'),
        closureReason: z.enum(CLOSURE_REASONS, { error: 'Choose why support ended' }),
        closureNote: longText(20_000),
        /** Given once the chair has been warned that a meeting about this child is under way. */
        evenThoughMeetingUnderWay: z.boolean().optional(),
      })
      .strict(),
    output: familyRecordSchema,
  }),
};
