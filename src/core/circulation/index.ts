// Circulation: who gets which version of the record after a meeting, the family's consent, and the
// family's copy of the plan as a tracked step. What other code may use.
export * from './schema';
export { circulationList, consentFor, exclusionFor, meetingEpisodes, FAMILY_VERSIONS, TEAM_VERSIONS, type CirculationList, type CirculationRow, type Exclusion } from './list';
export { familyPlanFacts, familyPlanFactsSchema, familyPlanStatus, familyPlanStatusOf, type FamilyPlanFacts, type FamilyPlanRules, type FamilyPlanState, type FamilyPlanStatus } from './family-plan';
export { checkCirculation, circulationEntry, type CirculationInput } from './record';
export { londonInstant, londonParts } from './london-time';
