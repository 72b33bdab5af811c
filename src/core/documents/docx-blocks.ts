// Turns document blocks into docx paragraphs and tables: every string made XML-safe, line breaks
// made into separate paragraphs, and every table given a repeating header row and exact DXA widths.
import {
  BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type FileChild, type ParagraphChild,
} from 'docx';
import { cellParagraphs, inlineText, spans, type Block, type Cell, type Inline, type Span } from './blocks';
import { BULLETS, CONTENT_WIDTH, type Scale } from './styles';
import type { Theme } from './theme';

// Characters that are not allowed in XML 1.0 (tab and newline are handled separately).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The last line of defence: text that is always safe inside Word's XML (builders clean text first). */
export function xmlSafe(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u000C]/g, '\n').replace(NOT_XML, '');
}

type Run = { text: string; bold?: boolean; italic?: boolean };

/** Split inline text into lines at every line break, keeping emphasis. Empty lines are dropped. */
export function lines(inline: Inline): Run[][] {
  const out: Run[][] = [[]];
  for (const span of spans(inline) as Span[]) {
    const run: Run = typeof span === 'string' ? { text: span } : span;
    const parts = xmlSafe(run.text).replace(/\t/g, ' ').split('\n');
    parts.forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1].push({ ...run, text: part });
    });
  }
  return out.filter((l) => l.some((r) => r.text.trim().length > 0));
}

function runs(line: Run[], extra: { bold?: boolean } = {}): TextRun[] {
  return line.map((r) => new TextRun({ text: r.text, bold: r.bold || extra.bold || undefined, italics: r.italic || undefined }));
}

/** One paragraph per line of the text; `style` applies to each. */
export function paragraphsOf(inline: Inline, options: { style?: string; bold?: boolean } = {}): Paragraph[] {
  return lines(inline).map((line) => new Paragraph({ style: options.style, children: runs(line, options) }));
}

/** Split a total width across weights as whole twips that add up exactly. */
export function columnWidths(weights: readonly number[], total = CONTENT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export interface BlockContext {
  theme: Theme;
  scale: Scale;
  audience: 'professionals' | 'family';
}

function cellOf(cell: Cell, width: number, ctx: BlockContext, header: boolean): TableCell {
  const paragraphs = cellParagraphs(cell).flatMap((p) => paragraphsOf(p, { style: 'TableText', bold: header }));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: ctx.theme.colours.tableHeader } : undefined,
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: 'TableText', children: [] })],
  });
}

export function tableOf(columns: readonly { title: string; weight: number }[], rows: readonly (readonly Cell[])[], ctx: BlockContext): Table {
  const widths = columnWidths(columns.map((c) => c.weight));
  const border = { style: BorderStyle.SINGLE, size: 4, color: ctx.theme.colours.border };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 70, bottom: 50, left: 110, right: 110 },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cellOf(c.title, widths[i], ctx, true)) }),
      ...rows.map((row) => new TableRow({
        // Short rows stay on one page; long ones may run on, so nothing is ever cut off.
        cantSplit: row.reduce((n, cell) => n + cellParagraphs(cell).map(inlineText).join('').length, 0) < 600,
        children: widths.map((w, i) => cellOf(row[i] ?? '', w, ctx, false)),
      })),
    ],
  });
}

const TONES = { info: 'primary', family: 'familyAccent', private: 'private', warning: 'warning' } as const;

function boxOf(block: Extract<Block, { kind: 'box' }>, ctx: BlockContext): Paragraph[] {
  const c = ctx.theme.colours;
  const key = TONES[block.tone];
  const edge = key === 'private' ? '8A5A00' : key === 'warning' ? 'A4262C' : c[key];
  const fill = block.tone === 'private' ? 'FFF4E0' : block.tone === 'warning' ? 'FBEAEA' : c.panel;
  const frame = {
    left: { style: BorderStyle.SINGLE, size: 36, color: edge, space: 8 },
    top: { style: BorderStyle.SINGLE, size: 4, color: fill, space: 6 },
    bottom: { style: BorderStyle.SINGLE, size: 4, color: fill, space: 6 },
    right: { style: BorderStyle.SINGLE, size: 4, color: fill, space: 8 },
  };
  const shading = { type: ShadingType.CLEAR, color: 'auto', fill };
  const all: Run[][] = [
    ...(block.title ? lines({ text: block.title, bold: true }) : []),
    ...block.lines.flatMap((l) => lines(l)),
  ];
  return all.map((line, i) => new Paragraph({
    style: 'BoxText', border: frame, shading, keepNext: i < all.length - 1,
    spacing: { before: i === 0 ? 120 : 20, after: i === all.length - 1 ? 160 : 20 },
    children: runs(line),
  }));
}

function quoteOf(block: Extract<Block, { kind: 'quote' }>): Paragraph[] {
  const body = lines(block.text);
  const children: Paragraph[] = body.map((line, i) => {
    const parts: Run[] = [...line];
    if (i === 0) parts.unshift({ text: '“' });
    if (i === body.length - 1) parts.push({ text: '”' });
    return new Paragraph({ style: 'Quote', children: runs(parts), keepNext: i === body.length - 1 && !!block.by });
  });
  if (block.by) {
    children.push(new Paragraph({ style: 'Quote', children: [new TextRun({ text: `— ${xmlSafe(block.by)}`, italics: false, bold: true })] }));
  }
  return children;
}

function factsOf(block: Extract<Block, { kind: 'facts' }>, ctx: BlockContext): Paragraph[] {
  return block.rows.flatMap(([label, value]) => {
    const valueLines = lines(value);
    const first: ParagraphChild[] = [new TextRun({ text: xmlSafe(label), bold: true }), new TextRun({ text: '\t' })];
    const [head, ...rest] = valueLines.length > 0 ? valueLines : [[{ text: '—' }]];
    return [
      new Paragraph({ style: 'FactText', keepNext: rest.length > 0 || undefined, children: [...first, ...runs(head)] }),
      ...rest.map((line) => new Paragraph({ style: 'FactText', indent: { left: ctx.scale.factLabel, hanging: 0 }, children: runs(line) })),
    ];
  });
}

export function blockToDocx(block: Block, ctx: BlockContext): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({
        style: block.level === 1 ? 'Heading1' : 'Heading2',
        pageBreakBefore: block.pageBreakBefore || undefined,
        children: [new TextRun(xmlSafe(block.text).replace(/\s+/g, ' ').trim())],
      })];
    case 'paragraph':
      return paragraphsOf(block.text, { style: block.style === 'small' ? 'SmallText' : block.style === 'label' ? 'Label' : undefined });
    case 'quote':
      return quoteOf(block);
    case 'bullets':
      return block.items.flatMap((item) => lines(item).map((line, i, all) => new Paragraph({
        numbering: i === 0 ? { reference: BULLETS, level: 0 } : undefined,
        keepNext: i < all.length - 1 && all.length <= 6 ? true : undefined,
        indent: i === 0 ? undefined : { left: Math.round(ctx.scale.body * 30) + 120 },
        spacing: { after: 80 },
        children: runs(line),
      })));
    case 'facts':
      return factsOf(block, ctx);
    case 'table':
      return [tableOf(block.columns, block.rows, ctx), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'box':
      return boxOf(block, ctx);
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
  }
}
