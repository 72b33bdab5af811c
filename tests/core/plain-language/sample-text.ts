// Realistic text for the plain-language tests and bench: a jargon-heavy sentence and its plain
// rewrite, and professional minutes from a fictional review meeting (the Fletcher family).

/** The kind of sentence the research found families cannot follow. */
export const JARGON_SENTENCE =
  'Following the TAF, the LP will liaise with CAMHS and the EWO going forward to facilitate a multi-agency intervention, as Jay is above the threshold for statutory services.';

/** The same meaning, written for Dawn. */
export const PLAIN_REWRITE =
  'Lena is your main contact. She will talk to the school and to the children’s mental health service about Jay. We think Jay needs more help than school can give on its own. We will all meet again in six weeks.';

/** One review's minutes, as a busy professional might first type them. About 330 words. */
export const PROFESSIONAL_MINUTES = `Present: Lena Nowak (FSW, Northshire Early Help), Tom Price (pastoral lead), Dawn Fletcher (mum). Apologies: Rhys Evans (HV). Sarah Khan (school nurse) sent a written update.

1. Review of actions. The LP confirmed the referral to CAMHS was accepted and Jay has a first appointment in 6/52. Tom reported Jay was late 4 times this half term, down from 14; unauthorised absence is now below the persistent absence threshold. The EWO has agreed to step back going forward.

2. Worries. Housing have not actioned the damp in the children's bedroom. Northshire Homes were invited but DNA and did not send an update. The LP will escalate this to the housing manager and liaise with the landlord in order to ascertain a date for the repair. Dawn said "I have rung them every week and nobody comes."

3. What is going well. Dawn is in receipt of Universal Credit and the FSW has facilitated a referral to Citizens Advice regarding the debt. The reward chart is working and mornings are calmer. Jay uses the quiet room at lunchtime with a TA.

4. Differing views. Dawn feels Jay is being picked on in the playground and that is why he hits out. School have observed Jay starting some of the arguments and will monitor at break and lunchtime.

5. New actions. Tom to ensure the SENCO observes Jay in class and considers whether an EHCP needs assessment is appropriate. Lena to obtain consent from Dawn prior to sharing the SDQ with the school nurse. Rhys to offer a sleep clinic appointment for Mia; Rhys has not attended the last two TAF meetings so the LP will ask his manager for an update.

6. Next meeting. The team agreed the case does not meet the threshold for CIN and there are no safeguarding concerns; step down is not being considered at this moment in time. Next review w/c 4 January 2027 at Greenfield Primary School.`;

/** About `words` words of realistic minutes, by repeating the review minutes. */
export function minutesOfLength(words: number): string {
  const perCopy = PROFESSIONAL_MINUTES.split(/\s+/).length;
  const copies = Math.ceil(words / perCopy);
  return Array.from({ length: copies }, () => PROFESSIONAL_MINUTES).join('\n\n');
}
