// Joining people's words into the app's sentences without slips: a full stop added only when one is
// missing ("in a row." never becomes "row.."), and "His class teacher" read mid-sentence as "his class teacher".

/** Words that start a phrase someone types but are ordinary words, not names, mid-sentence. */
const ORDINARY_FIRST_WORDS = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'this', 'that', 'these', 'those',
  'mum', 'dad', 'mother', 'father', 'nan', 'gran', 'grandad', 'grandma', 'granddad', 'auntie', 'aunt', 'uncle',
  'class', 'school', 'teacher', 'someone', 'somebody', 'nobody', 'no', 'one', 'both', 'all', 'some', 'at', 'in', 'on', 'by', 'with', 'to', 'from',
]);

/** Ends a sentence once: "in a row" → "in a row.", "in a row." stays, "Why?" stays. */
export function endSentence(text: string): string {
  const t = text.trimEnd();
  if (t === '') return t;
  return /[.!?…]["'’”)]*$/.test(t) ? t : `${t}.`;
}

/**
 * A typed phrase placed mid-sentence ("…, through His class teacher"): an ordinary first word loses
 * its capital. Names ("Mr Price"), and acronyms ("SENCO") are left as typed.
 */
export function midSentence(phrase: string): string {
  const t = phrase.trim();
  const m = /^(\p{Lu}\p{Ll}*)(?=\s|$)/u.exec(t);
  if (!m || !ORDINARY_FIRST_WORDS.has(m[1].toLowerCase())) return t;
  return m[1].toLowerCase() + t.slice(m[1].length);
}
