// The body built from docx's own paragraphs and tables: the reference the fast body writer
// (src/core/documents/body-xml.ts) is checked against, element for element.
import {
  BorderStyle, Document, LineRuleType, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type FileChild, type ParagraphChild,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { cellParagraphs, inlineText, type Block, type Cell, type DocumentContent, type Inline } from '../../src/core/documents/blocks';
import { fittedWidths, keepBoxLine, lines, xmlSafe, type BlockContext, type Run } from '../../src/core/documents/body-xml';
import { BULLETS, CONTENT_WIDTH, numbering } from '../../src/core/documents/styles';

function runs(line: Run[], extra: { bold?: boolean } = {}): TextRun[] {
  return line.map((r) => new TextRun({ text: r.text, bold: r.bold || extra.bold || undefined, italics: r.italic || undefined }));
}

/** One paragraph per line of the text; `style` applies to each. */
export function paragraphsOf(inline: Inline, options: { style?: string; bold?: boolean } = {}): Paragraph[] {
  return lines(inline).map((line) => new Paragraph({ style: options.style, children: runs(line, options) }));
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
  const widths = fittedWidths(columns, rows, ctx.scale.table);
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
        cantSplit: row.reduce((n, cell) => n + cellParagraphs(cell).map(inlineText).join('').length, 0) < 600 || undefined,
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
    style: 'BoxText', border: frame, shading, keepNext: keepBoxLine(i, all.length) || undefined,
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
    return new Paragraph({ style: 'Quote', children: runs(parts), keepNext: (i === body.length - 1 && !!block.by) || undefined });
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

/** Title paragraph, subtitle lines and the body, as docx elements. */
export function bodyOf(content: DocumentContent, ctx: BlockContext, withTitle: boolean): FileChild[] {
  const title = withTitle ? [new Paragraph({ style: 'Title', children: [new TextRun(xmlSafe(content.title))] })] : [];
  const subtitle = content.subtitle.map((s) => new Paragraph({ style: 'Subtitle', children: [new TextRun(xmlSafe(s))] }));
  const body: FileChild[] = [];
  content.blocks.forEach((b, i) => {
    const prev = content.blocks[i - 1];
    if (prev && prev.kind === b.kind && (b.kind === 'box' || b.kind === 'quote')) body.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, run: { size: 8 }, children: [] }));
    body.push(...blockToDocx(b, ctx));
  });
  return [...title, ...subtitle, ...body];
}

/** What goes inside <w:body> when docx itself writes the body (the section properties left off). */
export async function referenceBodyXml(content: DocumentContent, ctx: BlockContext, withTitle = true): Promise<string> {
  const doc = new Document({ numbering: numbering(ctx.scale), sections: [{ children: bodyOf(content, ctx, withTitle) }] });
  const xml = strFromU8(unzipSync(await Packer.toBuffer(doc))['word/document.xml']);
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('<w:sectPr>'));
}
