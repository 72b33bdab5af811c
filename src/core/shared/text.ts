// Cleaning user text: keeps paragraphs and every character a person typed, removes invisible
// control characters (pasted from Word or email) that would corrupt a Word file. Never truncates.

// C0 controls except tab (\t) and newline (\n); DEL and C1 controls; U+FFFE/U+FFFF.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// Zero-width and bidi formatting characters that arrive invisibly from pasted text.
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything cleanText would change. Most stored text is already clean, so one test skips the work.
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00A0\u00AD\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]|^\s|\s$|[ \t]\n|\n\n\n/;

/** Clean multi-line text: normalise line endings, drop control characters, keep paragraphs. */
export function cleanText(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\u000C/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Clean one-line text (names, references): as cleanText, with line breaks turned to spaces. */
export function cleanLine(value: string): string {
  const text = cleanText(value);
  return /\n| {2}/.test(text) ? text.replace(/\s*\n\s*/g, ' ').replace(/ {2,}/g, ' ') : text;
}

/** Split cleaned text into paragraphs (blank-line or single-line separated lines are kept). */
export function paragraphs(value: string): string[] {
  return cleanText(value).split('\n').map((p) => p.trim()).filter((p) => p.length > 0);
}

export function hasControlCharacters(value: string): boolean {
  CONTROL.lastIndex = 0;
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/.test(value);
}

/**
 * A role as it reads mid-sentence: "Pastoral lead" becomes "pastoral lead", while capitals that carry
 * meaning stay ("SENCO", "CAMHS clinician", "Head of Year 5" keeps "Year"'s number-led word as written).
 */
export function roleInSentence(role: string): string {
  return role.replace(/\S+/g, (word, at: number) => {
    if (!/^[A-Z][a-z'’-]*[,.;:]?$/.test(word)) return word;
    const next = role.slice(at + word.length).trimStart();
    if (word === 'Year' && /^\d/.test(next)) return word;
    return word[0].toLowerCase() + word.slice(1);
  });
}
