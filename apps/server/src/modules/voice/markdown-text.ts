// Markdown to plain prose with the `marked` lexer: paragraphs, list items and quotes keep their
// words; code blocks, tables, HTML and front matter are dropped, as they are not the writer's voice.
import { marked, type Token, type Tokens } from 'marked';

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      if (token.type === 'br') return '\n';
      if (token.type === 'html' || token.type === 'image') return '';
      if (token.type === 'codespan') return (token as Tokens.Codespan).text;
      if ('tokens' in token && token.tokens) return inlineText(token.tokens);
      return 'text' in token ? String(token.text) : '';
    })
    .join('');
}

function blockText(token: Token): string[] {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return [inlineText((token as Tokens.Paragraph).tokens ?? []) || (token as Tokens.Text).text];
    case 'heading':
      return [inlineText((token as Tokens.Heading).tokens)];
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(blockText);
    case 'list':
      return [
        (token as Tokens.List).items
          .map((item) => `- ${item.tokens.flatMap(blockText).join(' ')}`)
          .join('\n'),
      ];
    default:
      return [];
  }
}

/** The prose of a Markdown document, one paragraph per blank-line-separated block. */
export function markdownToText(markdown: string): string {
  const body = markdown.replace(/\r\n?/g, '\n').replace(FRONT_MATTER, '');
  return marked
    .lexer(body)
    .flatMap(blockText)
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n');
}
