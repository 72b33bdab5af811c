// The family: children (and unborn babies), parents, carers and other family members, and where
// they like to meet. Stored inside the family record (see families/record.ts).
import { z } from 'zod';
import { isoDate } from '../shared/dates';
import { emailSchema, idSchema, longText, optionalLine, phoneSchema, requiredLine } from '../shared/strings';
import { VENUE_KINDS } from '../meetings/venue';

export const RELATIONSHIPS = [
  'mother', 'father', 'step-parent', 'carer', 'foster-carer', 'grandparent', 'aunt-or-uncle',
  'brother-or-sister', 'neighbour', 'family-friend', 'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  mother: 'Mother',
  father: 'Father',
  'step-parent': 'Step-parent',
  carer: 'Carer',
  'foster-carer': 'Foster carer',
  grandparent: 'Grandparent',
  'aunt-or-uncle': 'Aunt or uncle',
  'brother-or-sister': 'Older brother or sister',
  neighbour: 'Neighbour',
  'family-friend': 'Family friend',
  other: 'Other',
};

/** Relationships that can give consent as a parent or carer. */
export const PARENT_OR_CARER: readonly Relationship[] = ['mother', 'father', 'step-parent', 'carer', 'foster-carer'];

export const childBaseSchema = z.object({
  id: idSchema,
  /** May be empty for an unborn baby. */
  firstName: optionalLine(80),
  lastName: optionalLine(80),
  knownAs: optionalLine(80),
  unborn: z.boolean().default(false),
  dateOfBirth: isoDate('Enter a real date of birth, for example 27 3 2018').optional(),
  expectedDate: isoDate('Enter a real expected date, for example 14 2 2027').optional(),
  schoolOrSetting: optionalLine(200),
});

/** A born child needs a date of birth; an unborn baby needs an expected date. */
export function checkChild(
  c: { firstName: string; unborn: boolean; dateOfBirth?: string; expectedDate?: string },
  ctx: z.RefinementCtx,
): void {
  if (!c.unborn && !c.firstName) {
    ctx.addIssue({ code: 'custom', path: ['firstName'], message: "Enter the child's first name" });
  }
  if (c.unborn && !c.expectedDate) {
    ctx.addIssue({ code: 'custom', path: ['expectedDate'], message: 'Enter the date the baby is expected' });
  }
  if (!c.unborn && !c.dateOfBirth) {
    ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: "Enter the child's date of birth" });
  }
}

export const childSchema = childBaseSchema.superRefine(checkChild);
export type Child = z.infer<typeof childSchema>;

export const familyMemberSchema = z.object({
  id: idSchema,
  name: requiredLine("Enter the family member's name", 120),
  relationship: z.enum(RELATIONSHIPS, { error: 'Choose how they are related to the children' }),
  relationshipDetail: optionalLine(200),
  parentalResponsibility: z.boolean().default(false),
  livesWithChildren: z.boolean().default(false),
  phone: phoneSchema,
  email: emailSchema,
  address: longText(1000),
  languages: optionalLine(200),
  communicationNeeds: longText(20_000),
  interpreterNeeded: z.boolean().default(false),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const meetingPreferencesSchema = z.object({
  preferredVenueKinds: z.array(z.enum(VENUE_KINDS)).max(VENUE_KINDS.length).default([]),
  preferredPlace: optionalLine(300),
  avoidVenueKinds: z.array(z.enum(VENUE_KINDS)).max(VENUE_KINDS.length).default([]),
  placesToAvoid: optionalLine(300),
  bestTimes: optionalLine(300),
});
export type MeetingPreferences = z.infer<typeof meetingPreferencesSchema>;

export const familyReference = requiredLine('Enter a family reference, for example EH-2026-0147', 40);

/** The parts of a family a user edits on the family form. */
export const familyDetailsSchema = z.object({
  reference: familyReference,
  children: z.array(childSchema).min(1, { error: 'Add at least one child or expected baby' }).max(20),
  members: z.array(familyMemberSchema).max(40).default([]),
  homeLanguages: optionalLine(200),
  preferences: meetingPreferencesSchema.default({
    preferredVenueKinds: [], preferredPlace: '', avoidVenueKinds: [], placesToAvoid: '', bestTimes: '',
  }),
});
export type FamilyDetails = z.infer<typeof familyDetailsSchema>;

export function childDisplayName(child: Pick<Child, 'firstName' | 'knownAs' | 'unborn'>): string {
  if (child.unborn && !child.firstName) return 'Unborn baby';
  return child.knownAs || child.firstName;
}
