// Article bodies: an allowlist HTML sanitiser (sanitize-html), Markdown → HTML for bodies written in
// Markdown (marked), and the Markdown rendition of the sanitised HTML (turndown). Only the tags a
// plain article needs survive; links can carry only http(s)/mailto targets and always get a safe rel.
import type { BodyFormat, ContentType } from '@brandwright/contracts';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';

const LINK_REL = 'noopener noreferrer nofollow';

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'br'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Script and style contents are dropped with their tags (not kept as text).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object'],
  // Headings of other levels keep their meaning as the nearest allowed level instead of vanishing.
  transformTags: {
    h1: 'h2',
    h4: 'h3',
    h5: 'h3',
    h6: 'h3',
    b: 'strong',
    i: 'em',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: LINK_REL } }),
  },
};

/** Allowlist sanitiser for article HTML. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}

const turndown = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
  emDelimiter: '_',
});

export function htmlToMarkdown(html: string): string {
  return turndown.turndown(html).trim();
}

function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true, breaks: false });
}

export interface RenderedBody {
  /** What is stored as `body`: sanitised HTML for articles, the trimmed plain text otherwise. */
  body: string;
  bodyMarkdown: string;
}

/**
 * Normalises a body as given by a client or the AI layer. Articles accept HTML (default) or
 * Markdown, both ending as sanitised HTML plus its Markdown rendition; other types are plain text
 * (line breaks kept, Windows line ends normalised) and store the same text twice.
 */
export function renderBody(type: ContentType, body: string, format?: BodyFormat): RenderedBody {
  if (type !== 'article') {
    const text = body.replace(/\r\n?/g, '\n').trim();
    return { body: text, bodyMarkdown: text };
  }
  const html = format === 'markdown' ? markdownToHtml(body) : format === 'text' ? textToHtml(body) : body;
  const clean = sanitizeArticleHtml(html);
  return { body: clean, bodyMarkdown: htmlToMarkdown(clean) };
}

/** Plain paragraphs: blank lines separate them, single line breaks stay. */
function textToHtml(text: string): string {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
