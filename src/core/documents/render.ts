// Renders a document's content with the theme: page set-up, the header (logo, authority, protective
// marking), the footer (marking, small print, "Page X of Y"), styles, and the file's properties.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, TabStopType, TextRun,
  type FileChild, type IPropertiesOptions, type ParagraphChild,
} from 'docx';
import type { DocumentContent } from './blocks';
import { blockToDocx, xmlSafe, type BlockContext } from './docx-blocks';
import { CONTENT_WIDTH, PAGE, documentStyles, numbering, scaleFor } from './styles';
import type { Theme } from './theme';

export interface RenderOptions {
  theme: Theme;
  /** The authority's name as the council words it (local words win over the theme). */
  authorityName?: string;
  /** The logo's PNG bytes; left out when missing or not a PNG. */
  logo?: Uint8Array | null;
  largePrint?: boolean;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array | null | undefined): { width: number; height: number } | undefined {
  if (!bytes || bytes.length < 24 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

export function blockContext(content: DocumentContent, options: RenderOptions): BlockContext {
  return { theme: options.theme, scale: scaleFor(options.theme, !!options.largePrint), audience: content.audience };
}

/** Title paragraph, subtitle lines and the body, as docx elements. */
export function bodyOf(content: DocumentContent, ctx: BlockContext, withTitle: boolean): FileChild[] {
  const title = withTitle ? [new Paragraph({ style: 'Title', children: [new TextRun(xmlSafe(content.title))] })] : [];
  const subtitle = content.subtitle.map((s) => new Paragraph({ style: 'Subtitle', children: [new TextRun(xmlSafe(s))] }));
  const body: FileChild[] = [];
  content.blocks.forEach((b, i) => {
    const prev = content.blocks[i - 1];
    // Two boxes or two quotes in a row would merge into one bordered block: keep them apart.
    if (prev && prev.kind === b.kind && (b.kind === 'box' || b.kind === 'quote')) body.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, run: { size: 8 }, children: [] }));
    body.push(...blockToDocx(b, ctx));
  });
  return [...title, ...subtitle, ...body];
}

/** The file's properties: a title and subject with no person's name, and the authority as author. */
export function propertiesOf(content: DocumentContent, authority: string): Pick<IPropertiesOptions, 'title' | 'subject' | 'creator' | 'lastModifiedBy' | 'keywords' | 'description'> {
  return {
    title: xmlSafe(content.title),
    subject: xmlSafe(content.subject),
    creator: xmlSafe(authority),
    lastModifiedBy: xmlSafe(authority),
    keywords: content.kind,
    description: '',
  };
}

function small(text: string, theme: Theme, scalePt: number, extra: { bold?: boolean } = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), size: Math.round(scalePt * 2), color: extra.bold ? theme.colours.text : theme.colours.muted, bold: extra.bold });
}

/** What the header and footer show; the letterhead puts placeholders here. */
export interface PageFurniture {
  marking: string;
  reference: string;
  note: string;
}

export function furnitureOf(content: DocumentContent, theme: Theme): PageFurniture {
  return {
    marking: theme.protectiveMarking,
    reference: `Reference ${content.reference}`,
    note: content.audience === 'family' ? theme.familyFooterText : theme.footerText,
  };
}

export function headerOf(page: PageFurniture, options: RenderOptions, ctx: BlockContext): Header {
  const { theme } = options;
  const pt = options.largePrint ? 12 : 9;
  const authority = options.authorityName || theme.authorityName;
  const size = pngSize(options.logo);
  const logoHeight = options.largePrint ? 56 : 44;
  const brand: ParagraphChild[] = [];
  if (size && options.logo) {
    brand.push(new ImageRun({
      type: 'png',
      data: options.logo,
      transformation: { width: Math.round((size.width / size.height) * logoHeight), height: logoHeight },
      altText: { name: 'Logo', title: 'Logo', description: theme.logoAltText || `${authority} logo` },
    }));
  }
  brand.push(new TextRun({ text: '\t' }));
  brand.push(new TextRun({ text: xmlSafe(authority), bold: true, size: Math.round((pt + 2) * 2), color: theme.colours.primary }));
  if (theme.serviceName) brand.push(new TextRun({ text: xmlSafe(` · ${theme.serviceName}`), size: Math.round((pt + 1) * 2), color: theme.colours.muted }));
  return new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [small(page.marking, theme, pt, { bold: true })] }),
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.colours.border, space: 6 } },
        spacing: { after: 0 },
        children: brand,
      }),
    ],
  });
}

export function footerOf(page: PageFurniture, options: RenderOptions, ctx: BlockContext): Footer {
  const { theme } = options;
  const pt = options.largePrint ? 12 : 9;
  const note = page.note;
  return new Footer({
    children: [
      ...(note ? [new Paragraph({
        alignment: AlignmentType.CENTER, spacing: { after: 60 },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: theme.colours.border, space: 6 } },
        children: [small(note, theme, pt)],
      })] : []),
      new Paragraph({
        tabStops: [{ type: TabStopType.CENTER, position: Math.round(CONTENT_WIDTH / 2) }, { type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        spacing: { after: 0 },
        children: [
          small(page.reference, theme, pt),
          new TextRun({ text: '\t' }),
          small(page.marking, theme, pt, { bold: true }),
          new TextRun({ text: '\t' }),
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: Math.round(pt * 2), color: theme.colours.muted }),
        ],
      }),
    ],
  });
}

export const PAGE_PROPERTIES = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.headerGap, footer: PAGE.headerGap },
  },
};

/** A Word file built with the theme's own look. */
export async function renderWithTheme(content: DocumentContent, options: RenderOptions): Promise<Uint8Array> {
  const ctx = blockContext(content, options);
  const authority = options.authorityName || options.theme.authorityName;
  const doc = new Document({
    ...propertiesOf(content, authority),
    styles: documentStyles(options.theme, ctx.scale, content.audience),
    numbering: numbering(ctx.scale),
    sections: [
      {
        properties: PAGE_PROPERTIES,
        headers: { default: headerOf(furnitureOf(content, options.theme), options, ctx) },
        footers: { default: footerOf(furnitureOf(content, options.theme), options, ctx) },
        children: bodyOf(content, ctx, true),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
