// Small text edits the checker and the plain version share: putting plain words in the right
// case and number, and mending "a"/"an" and a doubled "the" around the words swapped in.
import { capitalise, hasLower, isSentenceStart } from './tokens';

const IRREGULAR: Record<string, string> = { child: 'children', person: 'people', man: 'men', woman: 'women' };
// The head word comes before these: "meeting with the people…" → "meetings with the people…".
const AFTER_HEAD = / (with|of|for|who|that|to|in|from|about|at|on|under|between)\b/;

function pluraliseWord(word: string): string {
  const irregular = IRREGULAR[word.toLowerCase()];
  if (irregular) return word[0] === word[0].toUpperCase() ? irregular[0].toUpperCase() + irregular.slice(1) : irregular;
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}

/** "worker" → "workers", "level of need" → "levels of need", "child in care" → "children in care". */
export function pluralise(plain: string): string {
  const cut = AFTER_HEAD.exec(plain);
  const head = cut ? plain.slice(0, cut.index) : plain;
  const rest = cut ? plain.slice(cut.index) : '';
  const m = /([\p{L}'’-]+)([^\p{L}]*)$/u.exec(head);
  if (!m) return plain;
  return head.slice(0, m.index) + pluraliseWord(m[1]) + m[2] + rest;
}

/**
 * The plain words as they should appear in place of `original` at `start`: plural or possessive
 * like the original, a capital at the start of a sentence, capitals if the original shouted.
 */
export function fitToPlace(
  plain: string,
  text: string,
  start: number,
  original: string,
  options: { suffix: '' | 's' | "'s"; plural?: string; acronym: boolean; addThe?: boolean },
): string {
  let out = plain;
  if (options.addThe && options.suffix !== 's' && !determinerBefore(text, start) && !/\(\s*$/.test(text.slice(Math.max(0, start - 3), start))) {
    out = 'the ' + out;
  }
  if (options.suffix === 's') out = options.plural ?? pluralise(plain);
  else if (options.suffix === "'s") out = plain + (original.includes('’') ? '’s' : "'s");
  if (!options.acronym && original.length > 1 && /\p{L}/u.test(original) && !hasLower(original)) return out.toUpperCase();
  const capitalOriginal = !options.acronym && original[0] !== original[0].toLowerCase();
  if (capitalOriginal || isSentenceStart(text, start)) out = capitalise(out);
  return out;
}

const DETERMINERS = new Set([
  'the', 'a', 'an', 'their', 'your', 'his', 'her', 'our', 'my', 'this', 'that', 'these', 'those', 'its', 'each', 'every',
  'any', 'no', 'which', 'whose', 'another', 'local', 'new', 'previous', 'current', 'same', 'other', 'school', 'named',
  'next', 'last', 'first', 'second', 'both', 'all', 'some', 'own',
]);

/** True when the word before `start` already introduces a noun: "the", "Jay's", "a", "3". */
export function determinerBefore(text: string, start: number): boolean {
  const m = /([\p{L}\p{N}'’]+)[\s-]*$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  const word = m[1].toLowerCase();
  return DETERMINERS.has(word) || /['’]s$|s['’]$/.test(word) || /^\d/.test(word);
}

const ARTICLE_BEFORE = /(^|[^\p{L}])(a|an|A|An|AN)(\s+)$/u;
const DETERMINER_BEFORE = /(^|[^\p{L}])(the|a|an|their|your|his|her|our|my|this|that|its)\s+$/iu;

function wantsAn(word: string): boolean {
  if (/^(uni|use|usu|eu|one|once|ur)/i.test(word)) return false;
  if (/^(hour|honest|honour|heir)/i.test(word)) return true;
  return /^[aeiou]/i.test(word);
}

/** Replace [start, end) with `replacement`, mending the article before it. Returns the new text. */
export function replaceSpan(text: string, start: number, end: number, replacement: string): string {
  const { before, inserted } = joinBefore(text.slice(0, start), replacement);
  return before + inserted + text.slice(end);
}

/** The text before a swap and the words to insert, with "a"/"an" and a doubled "the" mended. */
export function joinBefore(before: string, replacement: string): { before: string; inserted: string } {
  let inserted = replacement;
  if (/^the\s/i.test(inserted) && DETERMINER_BEFORE.test(before)) inserted = inserted.replace(/^the\s+/i, '');
  const m = ARTICLE_BEFORE.exec(before);
  if (m && inserted.length > 0) {
    const article = m[2];
    const an = wantsAn(inserted);
    const fixed = an ? (article[0] === 'A' ? (article === 'AN' ? 'AN' : 'An') : 'an') : article[0] === 'A' ? 'A' : 'a';
    if (fixed.toLowerCase() !== article.toLowerCase()) {
      before = before.slice(0, before.length - m[2].length - m[3].length) + fixed + m[3];
    }
  }
  return { before, inserted };
}
