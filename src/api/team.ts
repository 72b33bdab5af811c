// team.*: the professionals around the family.
import { z } from 'zod';
import { method } from './method';
import { teamMemberInputSchema } from '../core/team/schema';
import { familyRecordSchema } from '../core/families/record';
import { idSchema } from '../core/shared/strings';

export const teamMethods = {
  save: method({
    summary: 'Add a professional to the team, or change one (when the id is given).',
    input: z.object({ familyId: idSchema, member: teamMemberInputSchema }).strict(),
    output: familyRecordSchema,
  }),
  remove: method({
    summary: 'Take a professional off the team. Someone named in past meetings is kept as "left the team".',
    input: z.object({ familyId: idSchema, memberId: idSchema }).strict(),
    output: familyRecordSchema,
  }),
};
