/**
 * Turns Markdown (the body of a guide) into the few block types the PDF renders:
 * headings, paragraphs with links and bold runs, lists. Anything else becomes a
 * plain paragraph, so no text is lost.
 */
import { marked, type Token, type Tokens } from 'marked';

export interface Run {
  text: string;
  bold?: boolean;
  /** Absolute URL. */
  link?: string;
}

export type Block =
  | { type: 'heading'; depth: number; text: string }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] };

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function runs(tokens: Token[] | undefined, base: string, bold = false): Run[] {
  if (!tokens) return [];
  return tokens.flatMap((token): Run[] => {
    switch (token.type) {
      case 'strong':
        return runs((token as Tokens.Strong).tokens, base, true);
      case 'em':
        return runs((token as Tokens.Em).tokens, base, bold);
      case 'link': {
        const link = token as Tokens.Link;
        const href = new URL(link.href, base).href;
        return runs(link.tokens, base, bold).map((run) => ({ ...run, link: href }));
      }
      case 'codespan':
        return [{ text: decode((token as Tokens.Codespan).text), ...(bold ? { bold } : {}) }];
      case 'br':
        return [{ text: '\n' }];
      case 'text': {
        const text = token as Tokens.Text;
        return text.tokens ? runs(text.tokens, base, bold) : [{ text: decode(text.text), ...(bold ? { bold } : {}) }];
      }
      default:
        return 'text' in token ? [{ text: decode(String(token.text)), ...(bold ? { bold } : {}) }] : [];
    }
  });
}

/** Blocks of a Markdown text; relative links are resolved against `base`. */
export function markdownBlocks(markdown: string, base: string): Block[] {
  const blocks: Block[] = [];
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      blocks.push({ type: 'heading', depth: heading.depth, text: runs(heading.tokens, base).map((r) => r.text).join('') });
    } else if (token.type === 'paragraph') {
      blocks.push({ type: 'paragraph', runs: runs((token as Tokens.Paragraph).tokens, base) });
    } else if (token.type === 'list') {
      const list = token as Tokens.List;
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => runs(item.tokens, base)) });
    } else if (token.type === 'space' || token.type === 'hr') {
      continue;
    } else if ('text' in token) {
      blocks.push({ type: 'paragraph', runs: [{ text: decode(String(token.text)) }] });
    }
  }
  return blocks;
}
