// Checking an outcome field: an outcome says what will be different for the child ("bedtimes are
// calmer, 5 nights out of 7"); an output says what someone will do ("attend parenting course").
import type { Finding } from './check';

const ACTIVITY = '(?:course|courses|programme|programmes|program|sessions?|groups?|classes|workshops?|appointments?|therapy|counselling|counseling|meetings?|clinic|services?|support|assessment|mentoring|intervention|interventions|CAMHS|YOT)';
// Words that may sit between the verb and the activity ("attend a weekly parenting course"), but
// not words that show the child is doing something ordinary ("attends school every day").
const BETWEEN = "(?:(?!(?:school|nursery|college|lessons|class|without|every|each|most|all|on|with)\\b)[\\p{L}\\p{N}'’-]+\\s+){0,4}?";

interface OutputRule {
  pattern: RegExp;
}

// Each pattern finds an activity or a service written where a change for the child should be.
const OUTPUT_RULES: readonly OutputRule[] = [
  // "attend parenting course", "complete the Freedom Programme", "go to CAMHS appointments"
  { pattern: new RegExp(`\\b(?:to\\s+)?(?:attends?|attending|attended|go(?:es)? to|going to|completes?|completing|completed|finish(?:es)?|takes? part in|taking part in|participates? in|participating in|access(?:es)?|accessing|joins?|joining|signs? up (?:to|for)|enrols? (?:on|in)|undertakes?|undertaking|starts?|starting|continues? (?:to attend|with))\\s+${BETWEEN}${ACTIVITY}\\b`, 'giu') },
  // "engage with services", "engagement with the team", "work with the family support worker"
  { pattern: /\b(?:to\s+)?(?:engages?|engaging|engaged|engagement|co-?operates?|co-?operating|co-?operation|complies|comply|compliance)\s+(?:with|in)\b(?:\s+[\p{L}'’-]+){0,3}/giu },
  { pattern: /\b(?:to\s+)?(?:works?|working)\s+with\s+(?:the\s+|their\s+|her\s+|his\s+)?(?:services?|professionals|agencies|workers?|team|family support worker|social worker|school nurse|health visitor|lead professional|early help)\b/giu },
  // "referral to CAMHS", "be referred to the school nurse"
  { pattern: /\b(?:(?:a|to be|be|is|was)\s+)?(?:referral|referred|re-referral|refer)\b(?:\s+(?:to|for|on)\b(?:\s+[\p{L}'’-]+){0,4})?/giu },
  // "be seen by CAMHS", "is supported by the FSW", "be offered a place"
  { pattern: /\b(?:to\s+)?(?:be|is|are|been|being)\s+(?:seen|assessed|supported|visited|signposted|allocated|enrolled|offered (?:a place|support|help|sessions?))\b(?:\s+(?:by|with|to|a|an)\b(?:\s+[\p{L}'’-]+){0,3})?/giu },
  // "receive support", "have weekly sessions", "gets help from"
  { pattern: new RegExp(`\\b(?:to\\s+)?(?:receives?|receiving|gets?|getting|has|have|having|accepts?|accepting)\\s+(?:a\\s+|an\\s+|some\\s+|more\\s+|weekly\\s+|regular\\s+|ongoing\\s+|further\\s+|the\\s+)?(?:support|sessions?|visits?|referral|assessment|counselling|therapy|input|appointments?|package|intervention|help from|a place)\\b`, 'giu') },
];

// When the outcome also says what will change, it is not only an output.
const SAYS_THE_CHANGE = /\b(so that|so (?:he|she|they|we|I|it) (?:can|will|is|are|feels?)|in order that|which (?:means|will mean)|meaning that|resulting in|leading to)\b/i;

export const OUTPUT_MESSAGE =
  'This says what someone will do, not what will be different for the child. If it works, what will be better, and how will we know? For example “Bedtimes are calmer, 5 nights out of 7”.';

/**
 * Findings for an outcome written as an output (an activity, a service or "engaging"). Empty when
 * the text describes a change for the child, or says the change ("… so that bedtimes are calmer").
 */
export function checkOutcome(text: string): Finding[] {
  if (SAYS_THE_CHANGE.test(text)) return [];
  const found: Finding[] = [];
  for (const rule of OUTPUT_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const flagged = m[0].trim();
      const start = m.index + m[0].indexOf(flagged);
      found.push({ start, end: start + flagged.length, text: flagged, kind: 'outcome-as-output', message: OUTPUT_MESSAGE, suggestions: [] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // One finding per stretch of text.
  return found.filter((f, i) => !found.slice(0, i).some((g) => g.start < f.end && f.start < g.end));
}
