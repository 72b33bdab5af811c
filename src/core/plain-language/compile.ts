// Turns a glossary (plus the built-in wording rules) into word-indexed matchers, built once and
// reused on every keystroke, and finds the longest match starting at a given word.
import type { Glossary, GlossaryEntry } from './glossary-schema';
import { normaliseKey, tokenise, type Token } from './tokens';
import { JUDGEMENTAL_RULES, SERVICE_NOUNS, expandPhrase, type WordingRule } from './wording-rules';

export interface CompiledEntry {
  readonly entry: GlossaryEntry;
  readonly familyOnly: boolean;
  readonly autoReplace: boolean;
  readonly service: boolean;
  /** Lower-case words of the expansion and plain words, for spotting "Education Welfare Officer (EWO)". */
  readonly definitionKeys: readonly string[];
  readonly exceptFollowedBy: ReadonlySet<string>;
  readonly exceptPrecededBy: ReadonlySet<string>;
}

export type PatternSource =
  | { role: 'glossary'; entry: CompiledEntry }
  | { role: 'judgemental'; rule: WordingRule }
  | { role: 'service-noun' };

export interface Pattern {
  /** Lower-case word keys. */
  readonly keys: readonly string[];
  /** Per word: the exact text required (case-sensitive words), or null for any case. */
  readonly exact: readonly (string | null)[];
  /** Between words: '~' for a space or hyphen, otherwise the punctuation required ("/", ".", ","). */
  readonly seps: readonly string[];
  readonly plain: string;
  readonly plural?: string;
  readonly source: PatternSource;
  readonly priority: number;
}

export interface CompiledGlossary {
  readonly entries: readonly CompiledEntry[];
  /** First word key → patterns starting with it, longest first. */
  readonly index: ReadonlyMap<string, readonly Pattern[]>;
}

export interface Match {
  pattern: Pattern;
  /** Index of the first and last word. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** "s" for a plural, "'s" for a possessive on the last word, '' otherwise. */
  suffix: '' | 's' | "'s";
}

const MAX_SEP = 4;

export function normaliseSep(sep: string): string {
  if (sep === ' ' || sep === '-') return '~';
  const s = sep.replace(/\s+/g, '');
  return s === '' || s === '-' || s === '‐' || s === '‑' ? '~' : s;
}

function patternFrom(term: string, caseSensitive: boolean, plain: string, source: PatternSource, priority: number, plural?: string): Pattern | null {
  const tokens = tokenise(term);
  if (tokens.length === 0) return null;
  const seps: string[] = [];
  for (let k = 1; k < tokens.length; k++) seps.push(normaliseSep(term.slice(tokens[k - 1].end, tokens[k].start)));
  const exact = tokens.map((t) => (caseSensitive && t.text !== t.text.toLowerCase() ? t.text.replace(/’/g, "'") : null));
  return { keys: tokens.map((t) => t.key), exact, seps, plain, plural, source, priority };
}

function compileEntry(entry: GlossaryEntry): CompiledEntry {
  const keys = [entry.expansion, entry.plain].filter((s): s is string => !!s).map((s) => tokenise(s).map((t) => t.key).join(' '));
  return {
    entry,
    familyOnly: entry.audience === 'family',
    autoReplace: entry.autoReplace !== false,
    service: entry.service === true,
    definitionKeys: keys,
    exceptFollowedBy: new Set((entry.exceptFollowedBy ?? []).map(normaliseKey)),
    exceptPrecededBy: new Set((entry.exceptPrecededBy ?? []).map(normaliseKey)),
  };
}

/** Build the matchers once for a glossary (built-in merged with local); reuse the result. */
export function compileGlossary(glossary: Glossary): CompiledGlossary {
  const entries: CompiledEntry[] = [];
  const patterns: Pattern[] = [];
  glossary.forEach((entry, order) => {
    if (entry.off) return;
    const compiled = compileEntry(entry);
    entries.push(compiled);
    const caseSensitive = entry.caseSensitive ?? entry.kind === 'acronym';
    const source: PatternSource = { role: 'glossary', entry: compiled };
    // Later entries (a local list merged last) win a tie with earlier ones.
    const priority = 10 + order / 100_000;
    const main = patternFrom(entry.term, caseSensitive, entry.plain, source, priority, entry.plural);
    if (main) patterns.push(main);
    for (const alias of entry.aliases ?? []) {
      const p = typeof alias === 'string'
        ? patternFrom(alias, caseSensitive, entry.plain, source, priority, entry.plural)
        : patternFrom(alias.term, caseSensitive, alias.plain, source, priority);
      if (p) patterns.push(p);
    }
  });
  for (const rule of JUDGEMENTAL_RULES) {
    for (const phrase of rule.phrases.flatMap(expandPhrase)) {
      const p = patternFrom(phrase, false, '', { role: 'judgemental', rule }, 20);
      if (p) patterns.push(p);
    }
  }
  for (const noun of SERVICE_NOUNS) {
    const p = patternFrom(noun, false, noun, { role: 'service-noun' }, 0);
    if (p) patterns.push(p);
  }
  const index = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const list = index.get(p.keys[0]);
    if (list) list.push(p);
    else index.set(p.keys[0], [p]);
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length || b.priority - a.priority);
  return { entries, index };
}

function wordMatches(token: Token, key: string, exact: string | null, allowSuffix: boolean): '' | 's' | "'s" | null {
  const text = exact === null ? token.key : token.text.replace(/’/g, "'");
  const want = exact ?? key;
  if (text === want) return '';
  if (!allowSuffix || text.length <= want.length || !text.startsWith(want)) return null;
  const rest = text.slice(want.length);
  if (rest === "'s") return "'s";
  // A plural 's' only after a letter; a lower-case 's' after an all-capital acronym (EWOs).
  if (rest === 's' && /\p{L}$/u.test(want)) return 's';
  return null;
}

function isBlocked(ch: string | undefined): boolean {
  return ch === '/' || ch === '@' || ch === '\\' || ch === '_';
}

/** The longest pattern (of those `accept` allows) that starts at word `i`, or null. */
export function matchAt(
  compiled: CompiledGlossary,
  text: string,
  tokens: readonly Token[],
  i: number,
  accept: (p: Pattern) => boolean,
): Match | null {
  const first = tokens[i];
  let best: Match | null = null;
  const direct = compiled.index.get(first.key);
  if (direct) best = bestIn(direct, best, text, tokens, i, accept);
  // "EWOs", "EWO's": also try the word without its ending.
  const key = first.key;
  if (key.length > 2 && key.charCodeAt(key.length - 1) === 115 /* s */) {
    const bare = key.endsWith("'s") ? key.slice(0, -2) : key.slice(0, -1);
    const stripped = compiled.index.get(bare);
    if (stripped) best = bestIn(stripped, best, text, tokens, i, accept);
  }
  return best;
}

function bestIn(
  list: readonly Pattern[],
  best: Match | null,
  text: string,
  tokens: readonly Token[],
  i: number,
  accept: (p: Pattern) => boolean,
): Match | null {
  for (const p of list) {
    if (best && (p.keys.length < best.pattern.keys.length || (p.keys.length === best.pattern.keys.length && p.priority <= best.pattern.priority))) continue;
    if (!accept(p)) continue;
    const m = tryPattern(p, text, tokens, i);
    if (m) best = m;
  }
  return best;
}

function tryPattern(p: Pattern, text: string, tokens: readonly Token[], i: number): Match | null {
  const n = p.keys.length;
  if (i + n > tokens.length) return null;
  let suffix: '' | 's' | "'s" = '';
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    if (k > 0) {
      const sep = text.slice(tokens[i + k - 1].end, t.start);
      if (sep.length > MAX_SEP || normaliseSep(sep) !== p.seps[k - 1]) return null;
    }
    const got = wordMatches(t, p.keys[k], p.exact[k], k === n - 1);
    if (got === null) return null;
    if (k === n - 1) suffix = got;
  }
  const start = tokens[i].start;
  const end = tokens[i + n - 1].end;
  if (isBlocked(text[start - 1]) || isBlocked(text[end])) return null;
  if (p.source.role === 'glossary') {
    const { exceptFollowedBy, exceptPrecededBy } = p.source.entry;
    const next = tokens[i + n];
    if (next && exceptFollowedBy.has(next.key) && /^\s+$/.test(text.slice(end, next.start))) return null;
    const prev = tokens[i - 1];
    if (prev && exceptPrecededBy.has(prev.key) && /^[\s-]+$/.test(text.slice(prev.end, start))) return null;
  }
  return { pattern: p, first: i, last: i + n - 1, start, end, suffix };
}
