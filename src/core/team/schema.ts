// The team around the family: each professional, their agency, and what their service can help with.
import { z } from 'zod';
import { emailSchema, idSchema, longText, phoneSchema, requiredLine } from '../shared/strings';

export const AGENCY_KINDS = [
  'school', 'early-years', 'health', 'mental-health', 'housing', 'early-help', 'social-care',
  'police', 'youth-service', 'voluntary', 'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  school: 'School or college',
  'early-years': 'Nursery or early years',
  health: 'Health',
  'mental-health': 'Mental health',
  housing: 'Housing',
  'early-help': 'Early help or family support',
  'social-care': "Children's social care",
  police: 'Police',
  'youth-service': 'Youth service',
  voluntary: 'Charity or community group',
  other: 'Other',
};

export const teamMemberSchema = z.object({
  id: idSchema,
  name: requiredLine("Enter the professional's name", 120),
  role: requiredLine('Enter their role, for example school nurse', 120),
  agency: requiredLine('Enter their service or agency, for example Greenfield Primary School', 160),
  agencyKind: z.enum(AGENCY_KINDS, { error: 'Choose the kind of service' }),
  phone: phoneSchema,
  email: emailSchema,
  canHelpWith: longText(2000),
  active: z.boolean().default(true),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamMemberInputSchema = teamMemberSchema.extend({ id: idSchema.optional() });
