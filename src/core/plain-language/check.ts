// The checker: finds acronyms, jargon, judgemental labels and needs written as services in a
// piece of text, each with a plain-English prompt and suggestions. Pure and fast: one pass over the words.
import { matchAt, type CompiledEntry, type CompiledGlossary, type Match, type Pattern } from './compile';
import { fitToPlace } from './edit';
import { termKey } from './glossary-schema';
import { acronymDefinition } from './definitions';
import { shorthandFindings } from './shorthand';
import { linkRanges, mergeRanges, overlapsRanges, quotedRanges, sentenceRange, tokenise, type Range, type Token } from './tokens';
import { FACT_MARKERS, NEED_FILLERS, NEED_MESSAGE, NEED_TRIGGERS } from './wording-rules';

export type FindingKind = 'acronym' | 'jargon' | 'judgemental' | 'need-as-service' | 'outcome-as-output';

export interface Finding {
  /** Position in the text checked: [start, end). */
  start: number;
  end: number;
  /** The words flagged, exactly as written. */
  text: string;
  kind: FindingKind;
  /** A plain-English prompt for the person writing. */
  message: string;
  /** Words that can replace `text` (already in the right case); may be empty when a fact is needed. */
  suggestions: string[];
  /** The glossary term behind the finding. */
  term?: string;
  /** For a glossary term: one sentence on what it means or what the service does. */
  explanation?: string;
}

export interface CheckOptions {
  /**
   * 'family' (the default): everything a family might not follow is flagged.
   * 'professional': words professionals share (marked audience 'family' in the glossary) are let
   * through, and acronyms are only asked to be spelled out the first time.
   */
  audience?: 'family' | 'professional';
  /** Acronyms already spelled out earlier in the same document (their terms, e.g. "EWO"). */
  alreadyDefined?: readonly string[];
  /** Leave words inside double quotation marks alone: they are someone's own words. Default true. */
  skipQuoted?: boolean;
  /** Other ranges to leave alone, for example the family's own words inside a longer text. */
  ignore?: readonly Range[];
}

export interface Scan {
  findings: Finding[];
  /** Glossary entries the text spells out (defines) somewhere. */
  defined: Set<CompiledEntry>;
}

// Defined once, not per call: the matchers take them on every word.
function notServiceNoun(p: Pattern): boolean {
  return p.source.role !== 'service-noun';
}

function isService(p: Pattern): boolean {
  return p.source.role === 'service-noun' || (p.source.role === 'glossary' && p.source.entry.service);
}

export function checkText(text: string, compiled: CompiledGlossary, options: CheckOptions = {}): Finding[] {
  return scanText(text, compiled, options).findings;
}

/** The acronyms a text spells out, so a later part of the same document can use them freely. */
export function acronymsDefinedIn(text: string, compiled: CompiledGlossary): string[] {
  return [...scanText(text, compiled, {}).defined].map((e) => e.entry.term);
}

export function scanText(text: string, compiled: CompiledGlossary, options: CheckOptions = {}): Scan {
  const audience = options.audience ?? 'family';
  const tokens = tokenise(text);
  const skip = mergeRanges([...linkRanges(text), ...(options.skipQuoted === false ? [] : quotedRanges(text)), ...(options.ignore ?? [])]);
  const defined = new Set<CompiledEntry>();
  if (options.alreadyDefined?.length) {
    const wanted = new Set(options.alreadyDefined.map(termKey));
    for (const e of compiled.entries) if (wanted.has(termKey(e.entry.term))) defined.add(e);
  }
  const findings: Finding[] = [];
  // Words inside a longer glossary term ("EHCP needs assessment") are not read again as a need.
  const covered = new Uint8Array(tokens.length);
  const askedOnce = new Set<CompiledEntry>();
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(compiled, text, tokens, i, notServiceNoun);
    if (!m) { i++; continue; }
    i = m.last + 1;
    if (m.last > m.first) covered.fill(1, m.first, m.last + 1);
    const source = m.pattern.source;
    if (source.role === 'glossary' && source.entry.entry.kind === 'acronym' && acronymDefinition(text, tokens, m, source.entry)) {
      defined.add(source.entry);
      continue;
    }
    if (overlapsRanges(skip, m.start, m.end)) continue;
    if (source.role === 'judgemental') {
      const sentence = sentenceRange(text, m.start, m.end);
      const rest = text.slice(sentence.start, m.start) + ' ' + text.slice(m.end, sentence.end);
      if (source.rule.needsFact && FACT_MARKERS.test(rest)) continue;
      const flagged = text.slice(m.start, m.end);
      findings.push({ start: m.start, end: m.end, text: flagged, kind: 'judgemental', message: source.rule.message.replace('{text}', flagged), suggestions: [] });
    } else if (source.role === 'glossary') {
      const entry = source.entry;
      if (audience === 'professional' && entry.familyOnly) continue;
      if (entry.entry.kind === 'acronym' && (defined.has(entry) || askedOnce.has(entry))) continue;
      findings.push(glossaryFinding(text, m, entry, audience));
      // For professionals, spelling an acronym out once is enough: flag only its first use.
      if (audience === 'professional' && entry.entry.kind === 'acronym') askedOnce.add(entry);
    }
  }
  findings.push(...needFindings(text, tokens, compiled, skip, covered));
  for (const f of shorthandFindings(text)) if (!overlapsRanges(skip, f.start, f.end)) findings.push(f);
  return { findings: tidy(findings), defined };
}

function glossaryFinding(text: string, m: Match, compiled: CompiledEntry, audience: 'family' | 'professional'): Finding {
  const { entry } = compiled;
  const original = text.slice(m.start, m.end);
  const acronym = entry.kind === 'acronym';
  const place = { suffix: m.suffix, plural: m.pattern.plural, acronym, addThe: entry.addThe };
  const plain = fitToPlace(m.pattern.plain, text, m.start, original, place);
  const alternatives: string[] = [];
  for (const a of entry.alternatives ?? []) alternatives.push(fitToPlace(a, text, m.start, original, { ...place, plural: undefined }));
  const expansion = entry.expansion && entry.expansion.toLowerCase() !== entry.plain.toLowerCase() ? entry.expansion : undefined;
  const suggestions: string[] = [];
  let message: string;
  if (acronym && audience === 'professional') {
    const spelled = `${fitToPlace(expansion ?? m.pattern.plain, text, m.start, original, { ...place, plural: undefined, suffix: m.suffix === 's' ? 's' : '' })} (${original})`;
    suggestions.push(spelled, plain, ...alternatives);
    message = `Spell out “${original}” the first time you use it, like “${spelled}”. After that, “${original}” is fine.`;
  } else if (acronym) {
    suggestions.push(plain);
    if (compiled.service) suggestions.push(`${plain} (${original})`);
    suggestions.push(...alternatives);
    message = alternatives.length > 0 && !compiled.autoReplace
      ? `“${original}” can mean “${m.pattern.plain}” or “${entry.alternatives!.join('” or “')}”. Write the words you mean.`
      : `Write “${original}” in words: “${m.pattern.plain}”.`;
  } else {
    suggestions.push(plain, ...alternatives);
    message = compiled.familyOnly
      ? `Families may not know what “${original}” means. Try “${m.pattern.plain}”.`
      : `Try plainer words than “${original}”, such as “${m.pattern.plain}”.`;
  }
  if (entry.explanation) message += ` ${entry.explanation}`;
  return {
    start: m.start, end: m.end, text: original, kind: acronym ? 'acronym' : 'jargon', message,
    suggestions: [...new Set(suggestions)], term: entry.term, explanation: entry.explanation,
  };
}

// "a needs assessment", "Jay's needs": here "needs" is a noun, not the start of a need.
const NOUN_BEFORE = /^(a|an|the|their|his|her|your|our|my|its|additional|special|educational|health|care|carer's|parent's|family's)$|'s$/;

/** "needs counselling", "needs a referral to CAMHS", "would benefit from play therapy". */
function needFindings(text: string, tokens: readonly Token[], compiled: CompiledGlossary, skip: readonly Range[], covered: Uint8Array): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i].key;
    if (covered[i] || (i > 0 && NOUN_BEFORE.test(tokens[i - 1].key))) continue;
    let from = -1;
    if (NEED_TRIGGERS.has(key)) from = i + 1;
    else if ((key === 'benefit' || key === 'benefits') && tokens[i + 1]?.key === 'from') from = i + 2;
    if (from < 0) continue;
    for (let j = from; j < tokens.length && j < from + 7; j++) {
      if (/[.!?;:\n]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      const svc = matchAt(compiled, text, tokens, j, isService);
      if (svc) {
        const start = tokens[i].start;
        if (!overlapsRanges(skip, start, svc.end)) {
          out.push({ start, end: svc.end, text: text.slice(start, svc.end), kind: 'need-as-service', message: NEED_MESSAGE, suggestions: [] });
        }
        i = svc.last;
        break;
      }
      if (!NEED_FILLERS.has(tokens[j].key)) break;
    }
  }
  return out;
}

/** In order of position; a glossary finding inside a judgemental one is dropped (one prompt is enough). */
function tidy(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const judgements = findings.filter((f) => f.kind === 'judgemental');
  return findings.filter((f) =>
    f.kind === 'judgemental' || f.kind === 'need-as-service' || !judgements.some((j) => j.start < f.end && f.start < j.end));
}
