// Word styles for every document: real Title/Heading 1/Heading 2 styles (so structure comes from
// styles, not bold text), en-GB language, the theme's font and colours, and a large-print scale.
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Theme } from './theme';

/** A4 portrait, 2 cm margins: the width text and tables can use, in twips (DXA). */
export const PAGE = { width: 11906, height: 16838, margin: 1134, headerGap: 567 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Style ids the body uses; a letterhead must have (or is given) each of them. */
export const STYLE_IDS = ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Quote', 'Label', 'SmallText', 'TableText', 'BoxText', 'FactText'] as const;
export const BULLETS = 'tac-bullets';

export interface Scale {
  body: number;
  small: number;
  label: number;
  table: number;
  title: number;
  subtitle: number;
  h1: number;
  h2: number;
  /** Line spacing in 240ths of a line. */
  line: number;
  /** Width of the label column of "facts", in twips. */
  factLabel: number;
}

/** Sizes in points for ordinary or large print. Large print keeps every text at least 16pt. */
export function scaleFor(theme: Theme, largePrint: boolean): Scale {
  if (largePrint) {
    const b = theme.largePrintSize;
    return { body: b, small: b, label: b, table: b, title: b + 16, subtitle: b + 4, h1: b + 8, h2: b + 4, line: 300, factLabel: 3400 };
  }
  const b = theme.bodySize;
  return { body: b, small: b - 2, label: b - 1.5, table: b - 0.5, title: b + 15, subtitle: b + 2, h1: b + 5, h2: b + 2.5, line: 276, factLabel: 2700 };
}

const hp = (pt: number) => Math.round(pt * 2);

export function documentStyles(theme: Theme, scale: Scale, audience: 'professionals' | 'family'): IStylesOptions {
  const c = theme.colours;
  const heading = audience === 'family' ? c.familyAccent : c.primary;
  const base = { font: theme.font, color: c.text };
  return {
    default: {
      document: {
        run: { ...base, size: hp(scale.body), language: { value: 'en-GB' } },
        paragraph: { spacing: { after: 120, line: scale.line, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...base, size: hp(scale.title), bold: true, color: heading },
        paragraph: { spacing: { before: 120, after: 80, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
      },
      {
        id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...base, size: hp(scale.subtitle), color: c.muted },
        paragraph: { spacing: { after: 60 }, keepNext: true },
      },
      {
        id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...base, size: hp(scale.h1), bold: true, color: heading },
        paragraph: {
          spacing: { before: 420, after: 160, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 0,
          border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: heading, space: 4 } },
        },
      },
      {
        id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...base, size: hp(scale.h2), bold: true, color: heading },
        paragraph: { spacing: { before: 300, after: 100, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      {
        id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...base, italics: true },
        paragraph: {
          indent: { left: 400, right: 400 }, spacing: { before: 60, after: 60 },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: c.familyAccent, space: 10 } },
        },
      },
      {
        id: 'Label', name: 'Label', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...base, size: hp(scale.label), bold: true, color: c.muted },
        paragraph: { spacing: { before: 180, after: 40 }, keepNext: true },
      },
      {
        id: 'SmallText', name: 'Small Text', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { ...base, size: hp(scale.small), color: c.muted },
      },
      {
        id: 'TableText', name: 'Table Text', basedOn: 'Normal', next: 'TableText', quickFormat: true,
        run: { ...base, size: hp(scale.table) },
        paragraph: { spacing: { before: 0, after: 60, line: Math.min(scale.line, 264), lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'BoxText', name: 'Box Text', basedOn: 'Normal', next: 'BoxText', quickFormat: true,
        run: { ...base },
        paragraph: { indent: { left: 240, right: 240 }, spacing: { before: 0, after: 0 }, keepLines: true },
      },
      {
        id: 'FactText', name: 'Fact Text', basedOn: 'Normal', next: 'FactText', quickFormat: true,
        run: { ...base },
        paragraph: {
          indent: { left: scale.factLabel, hanging: scale.factLabel }, spacing: { after: 80 },
        },
      },
    ],
  };
}

export function numbering(scale: Scale): INumberingOptions {
  const indent = Math.round(scale.body * 30);
  return {
    config: [
      {
        reference: BULLETS,
        levels: [
          {
            level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: indent + 120, hanging: indent } } },
          },
        ],
      },
    ],
  };
}
