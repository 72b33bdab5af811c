// The plain text of a document's blocks, in reading order: what a reading-age check reads and
// what tests compare with the Word file. Line breaks separate paragraphs.
import { cellParagraphs, inlineText, type Block, type DocumentContent } from './blocks';

export function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [inlineText(block.text)];
    case 'quote':
      return [`“${block.text}”`, ...(block.by ? [`— ${block.by}`] : [])];
    case 'bullets':
      return block.items.map(inlineText);
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${inlineText(value)}`);
    case 'table':
      return [
        block.columns.map((c) => c.title).join('\t'),
        ...block.rows.map((row) => row.map((cell) => cellParagraphs(cell).map(inlineText).join('\n')).join('\t')),
      ];
    case 'box':
      return [...(block.title ? [block.title] : []), ...block.lines.map(inlineText)];
    case 'pageBreak':
      return [];
  }
}

export function contentText(content: DocumentContent): string {
  const lines = [content.title, ...content.subtitle, ...content.blocks.flatMap(blockText)];
  return lines.filter((l) => l.trim().length > 0).join('\n');
}
