// Writes a document's body (headings, paragraphs, quotes, lists, facts, tables, boxes) straight to
// WordprocessingML: the same XML the `docx` package writes for these blocks (a test compares them
// element for element) in a single pass, so a 300-note record takes milliseconds, not a tenth of a second.
import { cellParagraphs, inlineText, spans, type Block, type Cell, type DocumentContent, type Inline, type Span } from './blocks';
import { CONTENT_WIDTH, type Scale } from './styles';
import type { Theme } from './theme';

// Characters that are not allowed in XML 1.0 (tab and newline are handled separately).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The last line of defence: text that is always safe inside Word's XML (builders clean text first). */
export function xmlSafe(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u000C]/g, '\n').replace(NOT_XML, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text escaped for an element or attribute (as docx escapes it). */
export function escapeXml(text: string): string {
  return /[&"'<>]/.test(text) ? text.replace(/[&"'<>]/g, (c) => ESCAPES[c]) : text;
}

export type Run = { text: string; bold?: boolean; italic?: boolean };

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
  /** The numbering id of the bullet list in this file (the frame around the body decides it). */
  bulletsId: number;
}

// ---- Runs and paragraphs ----

type RunStyle = { bold?: boolean; italic?: boolean; notItalic?: boolean };

/** One run. Bold and italic as docx writes them; `notItalic` switches off a style's italics. */
export function runXml(text: string, style: RunStyle = {}): string {
  const props = (style.bold ? '<w:b/><w:bCs/>' : '')
    + (style.italic ? '<w:i/><w:iCs/>' : style.notItalic ? '<w:i w:val="false"/><w:iCs w:val="false"/>' : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function runsXml(line: readonly Run[], bold = false): string {
  let out = '';
  for (const r of line) out += runXml(r.text, { bold: r.bold || bold, italic: r.italic });
  return out;
}

type Edge = { colour: string; size: number; space: number };

export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  bullet?: boolean;
  border?: { top: Edge; left: Edge; bottom: Edge; right: Edge };
  fill?: string;
  spacing?: { after?: number; before?: number; line?: number };
  indent?: { left: number; hanging?: number };
  /** Size of the paragraph mark, in half-points. */
  markSize?: number;
}

function edge(name: string, e: Edge): string {
  return `<w:${name} w:val="single" w:color="${e.colour}" w:sz="${e.size}" w:space="${e.space}"/>`;
}

/** A paragraph's properties, in the order docx writes them. */
function paragraphProps(p: ParagraphProps, ctx: BlockContext): string {
  let out = '';
  if (p.bullet) out += '<w:pStyle w:val="ListParagraph"/>';
  if (p.style) out += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) out += '<w:keepNext/>';
  if (p.pageBreakBefore) out += '<w:pageBreakBefore/>';
  if (p.bullet) out += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${ctx.bulletsId}"/></w:numPr>`;
  if (p.border) out += `<w:pBdr>${edge('top', p.border.top)}${edge('left', p.border.left)}${edge('bottom', p.border.bottom)}${edge('right', p.border.right)}</w:pBdr>`;
  if (p.fill) out += `<w:shd w:fill="${p.fill}" w:color="auto" w:val="clear"/>`;
  if (p.spacing) {
    const s = p.spacing;
    out += `<w:spacing${s.after !== undefined ? ` w:after="${s.after}"` : ''}${s.before !== undefined ? ` w:before="${s.before}"` : ''}${s.line !== undefined ? ` w:line="${s.line}" w:lineRule="auto"` : ''}/>`;
  }
  if (p.indent) out += `<w:ind w:left="${p.indent.left}"${p.indent.hanging !== undefined ? ` w:hanging="${p.indent.hanging}"` : ''}/>`;
  if (p.markSize !== undefined) out += `<w:rPr><w:sz w:val="${p.markSize}"/><w:szCs w:val="${p.markSize}"/></w:rPr>`;
  return out ? `<w:pPr>${out}</w:pPr>` : '';
}

export function paragraphXml(props: ParagraphProps, runs: string, ctx: BlockContext): string {
  return `<w:p>${paragraphProps(props, ctx)}${runs}</w:p>`;
}

/** One paragraph per line of the text; `style` applies to each. */
function paragraphsOf(inline: Inline, ctx: BlockContext, options: { style?: string; bold?: boolean } = {}): string[] {
  return lines(inline).map((line) => paragraphXml({ style: options.style }, runsXml(line, options.bold), ctx));
}

// ---- Blocks ----

function cellXml(cell: Cell, width: number, ctx: BlockContext, header: boolean): string {
  const paragraphs = cellParagraphs(cell).flatMap((p) => paragraphsOf(p, ctx, { style: 'TableText', bold: header }));
  const shading = header ? `<w:shd w:fill="${ctx.theme.colours.tableHeader}" w:color="auto" w:val="clear"/>` : '';
  const body = paragraphs.length > 0 ? paragraphs.join('') : paragraphXml({ style: 'TableText' }, '', ctx);
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}</w:tcPr>${body}</w:tc>`;
}

/** The width in twips a word needs at a size in points (a generous average for sans-serif text), cell margins included. */
function wordWidth(word: string, pt: number, bold: boolean): number {
  return Math.ceil(word.length * pt * 20 * (bold ? 0.62 : 0.56)) + 240;
}

/**
 * Column widths from the weights, widened where a column's longest word (an email address, "September")
 * would not fit, so no word is broken mid-word; the others give up room in proportion, never below their own longest word.
 */
export function fittedWidths(columns: readonly { title: string; weight: number }[], rows: readonly (readonly Cell[])[], pt: number, total = CONTENT_WIDTH): number[] {
  const longest = (value: string, bold: boolean) => Math.max(0, ...value.split(/\s+/).filter(Boolean).map((w) => wordWidth(w, pt, bold)));
  const need = columns.map((c, i) => Math.max(longest(c.title, true), ...rows.map((r) => (r[i] === undefined ? 0 : longest(cellParagraphs(r[i]).map(inlineText).join(' '), false)))));
  const widths = columnWidths(columns.map((c) => c.weight), total);
  if (need.reduce((a, b) => a + b, 0) > total || widths.every((w, i) => w >= need[i])) return widths;
  const fixed = widths.map((w, i) => w < need[i]);
  for (;;) {
    const taken = widths.reduce((n, _, i) => n + (fixed[i] ? need[i] : 0), 0);
    const freeWeight = columns.reduce((n, c, i) => n + (fixed[i] ? 0 : c.weight), 0);
    const next = columns.map((c, i) => (fixed[i] ? need[i] : Math.floor(((total - taken) * c.weight) / (freeWeight || 1))));
    const more = next.map((w, i) => !fixed[i] && w < need[i]);
    if (!more.some(Boolean)) {
      next[next.length - 1] += total - next.reduce((a, b) => a + b, 0);
      return next;
    }
    more.forEach((m, i) => { if (m) fixed[i] = true; });
  }
}

/** A table with exact widths, borders and cell margins on the table, and a header row that repeats. */
export function tableXml(columns: readonly { title: string; weight: number }[], rows: readonly (readonly Cell[])[], ctx: BlockContext): string {
  const widths = fittedWidths(columns, rows, ctx.scale.table);
  const line = (name: string) => `<w:${name} w:val="single" w:color="${ctx.theme.colours.border}" w:sz="4"/>`;
  let out = `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${CONTENT_WIDTH}"/>`
    + `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>`
    + '<w:tblLayout w:type="fixed"/>'
    + '<w:tblCellMar><w:top w:type="dxa" w:w="70"/><w:left w:type="dxa" w:w="110"/><w:bottom w:type="dxa" w:w="50"/><w:right w:type="dxa" w:w="110"/></w:tblCellMar>'
    + `</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  out += `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((c, i) => cellXml(c.title, widths[i], ctx, true)).join('')}</w:tr>`;
  for (const row of rows) {
    // Short rows stay on one page; long ones may run on, so nothing is ever cut off.
    const short = row.reduce((n, cell) => n + cellParagraphs(cell).map(inlineText).join('').length, 0) < 600;
    out += `<w:tr>${short ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}${widths.map((w, i) => cellXml(row[i] ?? '', w, ctx, false)).join('')}</w:tr>`;
  }
  return `${out}</w:tbl>`;
}

const TONES = { info: 'primary', family: 'familyAccent', private: 'private', warning: 'warning' } as const;

function boxXml(block: Extract<Block, { kind: 'box' }>, ctx: BlockContext): string[] {
  const c = ctx.theme.colours;
  const key = TONES[block.tone];
  const colour = key === 'private' ? '8A5A00' : key === 'warning' ? 'A4262C' : c[key];
  const fill = block.tone === 'private' ? 'FFF4E0' : block.tone === 'warning' ? 'FBEAEA' : c.panel;
  const border = {
    top: { colour: fill, size: 4, space: 6 },
    left: { colour, size: 36, space: 8 },
    bottom: { colour: fill, size: 4, space: 6 },
    right: { colour: fill, size: 4, space: 8 },
  };
  const all: Run[][] = [
    ...(block.title ? lines({ text: block.title, bold: true }) : []),
    ...block.lines.flatMap((l) => lines(l)),
  ];
  return all.map((line, i) => paragraphXml({
    style: 'BoxText', border, fill, keepNext: keepBoxLine(i, all.length),
    spacing: { after: i === all.length - 1 ? 160 : 20, before: i === 0 ? 120 : 20 },
  }, runsXml(line), ctx));
}

/**
 * A short box stays on one page; a long one keeps only its first lines together, so it can start
 * part-way down a page instead of leaving the rest of that page empty.
 */
export function keepBoxLine(i: number, count: number): boolean {
  return i < count - 1 && (count <= BOX_KEPT_WHOLE || i < 2);
}
const BOX_KEPT_WHOLE = 8;

function quoteXml(block: Extract<Block, { kind: 'quote' }>, ctx: BlockContext): string[] {
  const body = lines(block.text);
  const out = body.map((line, i) => {
    const parts: Run[] = [...line];
    if (i === 0) parts.unshift({ text: '“' });
    if (i === body.length - 1) parts.push({ text: '”' });
    return paragraphXml({ style: 'Quote', keepNext: i === body.length - 1 && !!block.by }, runsXml(parts), ctx);
  });
  if (block.by) out.push(paragraphXml({ style: 'Quote' }, runXml(`— ${xmlSafe(block.by)}`, { bold: true, notItalic: true }), ctx));
  return out;
}

function factsXml(block: Extract<Block, { kind: 'facts' }>, ctx: BlockContext): string[] {
  return block.rows.flatMap(([label, value]) => {
    const valueLines = lines(value);
    const [head, ...rest] = valueLines.length > 0 ? valueLines : [[{ text: '—' }]];
    return [
      paragraphXml({ style: 'FactText', keepNext: rest.length > 0 }, runXml(xmlSafe(label), { bold: true }) + runXml('\t') + runsXml(head), ctx),
      ...rest.map((line) => paragraphXml({ style: 'FactText', indent: { left: ctx.scale.factLabel, hanging: 0 } }, runsXml(line), ctx)),
    ];
  });
}

function bulletsXml(block: Extract<Block, { kind: 'bullets' }>, ctx: BlockContext): string[] {
  return block.items.flatMap((item) => lines(item).map((line, i, all) => paragraphXml({
    bullet: i === 0,
    keepNext: i < all.length - 1 && all.length <= 6,
    indent: i === 0 ? undefined : { left: Math.round(ctx.scale.body * 30) + 120 },
    spacing: { after: 80 },
  }, runsXml(line), ctx)));
}

export function blockXml(block: Block, ctx: BlockContext): string[] {
  switch (block.kind) {
    case 'heading':
      return [paragraphXml({ style: block.level === 1 ? 'Heading1' : 'Heading2', pageBreakBefore: block.pageBreakBefore }, runXml(xmlSafe(block.text).replace(/\s+/g, ' ').trim()), ctx)];
    case 'paragraph':
      return paragraphsOf(block.text, ctx, { style: block.style === 'small' ? 'SmallText' : block.style === 'label' ? 'Label' : undefined });
    case 'quote':
      return quoteXml(block, ctx);
    case 'bullets':
      return bulletsXml(block, ctx);
    case 'facts':
      return factsXml(block, ctx);
    case 'table':
      return [tableXml(block.columns, block.rows, ctx), paragraphXml({ spacing: { after: 60 } }, '', ctx)];
    case 'box':
      return boxXml(block, ctx);
    case 'pageBreak':
      return [paragraphXml({ pageBreakBefore: true }, '', ctx)];
  }
}

/** The title, the lines under it and every block, as the XML that goes inside `<w:body>`. */
export function bodyXml(content: DocumentContent, ctx: BlockContext, withTitle: boolean): string {
  const out: string[] = [];
  if (withTitle) out.push(paragraphXml({ style: 'Title' }, runXml(xmlSafe(content.title)), ctx));
  for (const s of content.subtitle) out.push(paragraphXml({ style: 'Subtitle' }, runXml(xmlSafe(s)), ctx));
  content.blocks.forEach((b, i) => {
    const prev = content.blocks[i - 1];
    // Two boxes or two quotes in a row would merge into one bordered block: keep them apart.
    if (prev && prev.kind === b.kind && (b.kind === 'box' || b.kind === 'quote')) {
      out.push(paragraphXml({ spacing: { after: 0, before: 0, line: 240 }, markSize: 8 }, '', ctx));
    }
    out.push(...blockXml(b, ctx));
  });
  return out.join('');
}
