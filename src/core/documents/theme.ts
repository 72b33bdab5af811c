// The look of every Word document: the authority's name and logo, colours, font, protective marking
// and footer, and the file-name pattern. Loaded from templates/theme.json; DEFAULT_THEME is the fallback.
import { z } from 'zod';
import { cleanLine } from '../shared/text';

/** Relative luminance of a `RRGGBB` colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio between two `RRGGBB` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const colour = (what: string) =>
  z
    .string({ error: `Give ${what} as a colour code like #1F4E79` })
    .transform((v) => v.trim().replace(/^#/, '').toUpperCase())
    .pipe(z.string().regex(/^[0-9A-F]{6}$/, { error: `Give ${what} as a six-digit colour code like #1F4E79` }));

const line = (max: number, fallback: string) =>
  z
    .string({ error: 'Enter text' })
    .transform(cleanLine)
    .pipe(z.string().max(max, { error: `Use ${max} characters or fewer` }))
    .default(fallback);

export const FILE_NAME_FIELDS = ['reference', 'kind', 'date'] as const;

export const themeColoursSchema = z.strictObject({
  /** Headings, the title and rules. Must be dark enough to read on white. */
  primary: colour('the main colour').default('1F4E79'),
  /** The family plan's warmer headings and boxes. Must be dark enough to read on white. */
  familyAccent: colour('the family plan colour').default('2B6E6A'),
  /** Body text. */
  text: colour('the text colour').default('0B0C0C'),
  /** Labels, footers and small print. */
  muted: colour('the small-print colour').default('4A5257'),
  /** Background of table header rows (text on it is the text colour). */
  tableHeader: colour('the table header colour').default('E3EAF2'),
  /** Background of boxes such as "The plan on one page". */
  panel: colour('the box colour').default('EEF5F4'),
  /** Table borders and rules. */
  border: colour('the border colour').default('A9B4BD'),
});

export const themeSchema = z
  .strictObject({
    authorityName: line(120, 'Northshire Council'),
    serviceName: line(120, 'Early Help Service'),
    /** A PNG next to theme.json, by file name only (no folders). Empty for no logo. */
    logoFile: z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9][A-Za-z0-9 ._-]{0,80}\.png)?$/i, { error: 'Give the logo as a PNG file name in the templates folder, like logo.png' })
      .default('logo.png'),
    logoAltText: line(200, ''),
    font: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9 -]{2,60}$/, { error: 'Give a font name, like Arial' })
      .default('Arial'),
    /** Body text size in points for ordinary print. */
    bodySize: z.number({ error: 'Give the text size in points, like 11' }).min(10, { error: 'Use a text size of at least 10 points' }).max(14, { error: 'Use a text size of 14 points or less' }).default(11),
    /** Body text size in points for large print. */
    largePrintSize: z.number({ error: 'Give the large-print size in points, like 16' }).min(16, { error: 'Large print needs at least 16 points' }).max(28, { error: 'Use a large-print size of 28 points or less' }).default(16),
    colours: themeColoursSchema.default(themeColoursSchema.parse({})),
    /** Shown once at the top of every page, e.g. OFFICIAL-SENSITIVE. */
    protectiveMarking: line(60, 'OFFICIAL-SENSITIVE'),
    /** Small print at the foot of every page of documents for professionals. */
    footerText: line(300, 'Confidential. Share only with the people the family agreed to, and keep it secure.'),
    /** Small print at the foot of every page of the family's plan. */
    familyFooterText: line(300, 'This plan is about your family. Keep it somewhere safe.'),
    /** How saved files are named: {reference}, {kind} and {date}. */
    fileNamePattern: z
      .string()
      .trim()
      .min(1, { error: 'Give a file-name pattern, like {reference} {kind} {date}' })
      .max(120, { error: 'Use 120 characters or fewer for the file-name pattern' })
      .refine((p) => [...p.matchAll(/\{([^}]*)\}/g)].every((m) => (FILE_NAME_FIELDS as readonly string[]).includes(m[1])), {
        error: 'The file-name pattern can only use {reference}, {kind} and {date}',
      })
      .refine((p) => p.includes('{kind}'), { error: 'The file-name pattern must include {kind}, so the meeting record and the family plan get different names' })
      .default('{reference} {kind} {date}'),
  })
  .superRefine((t, ctx) => {
    const onWhite: [keyof typeof t.colours, string][] = [
      ['primary', 'main colour'], ['familyAccent', 'family plan colour'], ['text', 'text colour'], ['muted', 'small-print colour'],
    ];
    for (const [key, label] of onWhite) {
      if (contrastRatio(t.colours[key], 'FFFFFF') < 4.5) {
        ctx.addIssue({ code: 'custom', path: ['colours', key], message: `The ${label} is too pale to read on white paper; choose a darker colour` });
      }
    }
    for (const [key, label] of [['tableHeader', 'table header colour'], ['panel', 'box colour']] as const) {
      if (contrastRatio(t.colours[key], t.colours.text) < 7) {
        ctx.addIssue({ code: 'custom', path: ['colours', key], message: `Text is hard to read on the ${label}; choose a lighter colour` });
      }
    }
  });

export type Theme = z.output<typeof themeSchema>;
export type ThemeInput = z.input<typeof themeSchema>;

/** The built-in theme: used when templates/theme.json is missing or broken. */
export const DEFAULT_THEME: Theme = themeSchema.parse({});

/** The local words a council uses for the team, the plan and the lead professional. */
export interface LocalWords {
  /** e.g. "Team Around the Family" or "Team Around the Child". */
  teamName: string;
  /** e.g. "family plan", "support plan" or "action plan" (lower case, used mid-sentence). */
  planName: string;
  /** What the family calls the lead professional, e.g. "key person" or "lead professional". */
  keyPersonName: string;
  /** Overrides the theme's authority name when not empty. */
  authorityName: string;
}

export const DEFAULT_WORDS: LocalWords = {
  teamName: 'Team Around the Family',
  planName: 'family plan',
  keyPersonName: 'key person',
  authorityName: '',
};

/** Local words with blanks filled from the defaults and every value cleaned. */
export function resolveWords(words: Partial<LocalWords> | undefined, theme: Theme): LocalWords {
  const pick = (k: keyof LocalWords) => cleanLine(words?.[k] ?? '') || DEFAULT_WORDS[k];
  return {
    teamName: pick('teamName'),
    planName: pick('planName'),
    keyPersonName: pick('keyPersonName'),
    authorityName: cleanLine(words?.authorityName ?? '') || theme.authorityName,
  };
}
