// Medical time shorthand in notes: 6/52 is six weeks, 3/12 three months, 2/7 two days. Weeks are
// safe to swap; /12 and /7 may be dates (3/12 = 3 December), so those are flagged, never swapped.
import type { Finding } from './check';

const SHORTHAND = /(?<![\p{L}\p{N}/.])(\d{1,2})\/(52|12|7)(?![\p{L}\p{N}/])/gu;

export interface Shorthand {
  start: number;
  end: number;
  text: string;
  /** "6 weeks" */
  plain: string;
  /** True only for weeks (/52): nothing else can be meant. */
  safe: boolean;
  /** For /12 and /7: the date it might be instead ("3 December"). */
  asDate?: string;
}

function unit(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

export function findShorthand(text: string): Shorthand[] {
  const out: Shorthand[] = [];
  SHORTHAND.lastIndex = 0;
  for (let m = SHORTHAND.exec(text); m !== null; m = SHORTHAND.exec(text)) {
    const n = Number(m[1]);
    const base = m[2];
    if (n === 0 || (base === '7' && n === 24)) continue; // "24/7" means all the time
    if (base === '52' && n <= 52) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], plain: unit(n, 'week'), safe: true });
    } else if (base === '12' && n <= 12) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], plain: unit(n, 'month'), safe: false, asDate: `${n} December` });
    } else if (base === '7' && n <= 7) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], plain: unit(n, 'day'), safe: false, asDate: `${n} July` });
    }
  }
  return out;
}

export function shorthandFindings(text: string): Finding[] {
  return findShorthand(text).map((s) => ({
    start: s.start,
    end: s.end,
    text: s.text,
    kind: 'acronym' as const,
    message: s.safe
      ? `“${s.text}” is medical shorthand for ${s.plain}. Write “${s.plain}”.`
      : `“${s.text}” could be medical shorthand for ${s.plain} or a date (${s.asDate}). Write the one you mean in words.`,
    suggestions: s.asDate ? [s.plain, s.asDate] : [s.plain],
    explanation: 'Health shorthand: a number over 52 is weeks, over 12 is months and over 7 is days.',
  }));
}
