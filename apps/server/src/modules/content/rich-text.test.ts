// The article sanitiser keeps the allowlisted tags and strips everything that could run code.
import { describe, expect, it } from 'vitest';
import { renderBody, sanitizeArticleHtml } from './rich-text.js';

describe('sanitizeArticleHtml', () => {
  it('drops scripts and styles with their contents', () => {
    const out = sanitizeArticleHtml('<p>Hi</p><script>alert(1)</script><style>p{color:red}</style>');
    expect(out).toBe('<p>Hi</p>');
  });

  it('drops event handlers, images and inline styles', () => {
    const out = sanitizeArticleHtml('<p onclick="x()" style="color:red">a<img src=x onerror="alert(1)"></p>');
    expect(out).toBe('<p>a</p>');
  });

  it('removes javascript: and data: link targets but keeps the link text', () => {
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">x</a>')).not.toContain('javascript');
    expect(sanitizeArticleHtml('<a href="data:text/html,evil">y</a>')).not.toContain('data:');
    expect(sanitizeArticleHtml('<a href="JaVaScRiPt:alert(1)">z</a>')).toContain('z');
  });

  it('forces a safe rel on links whatever the input said', () => {
    const out = sanitizeArticleHtml('<a href="https://example.com" rel="opener" target="_blank">site</a>');
    expect(out).toBe('<a href="https://example.com" rel="noopener noreferrer nofollow">site</a>');
  });

  it('keeps every allowlisted tag', () => {
    const html =
      '<h2>T</h2><h3>S</h3><p><strong>b</strong> <em>i</em> <code>c</code><br /></p>' +
      '<ul><li>u</li></ul><ol><li>o</li></ol><blockquote>q</blockquote><pre>p</pre>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('maps other heading levels and b/i onto allowed tags, and unwraps unknown tags', () => {
    expect(sanitizeArticleHtml('<h1>A</h1><h5>B</h5><b>c</b><div><span>d</span></div>')).toBe(
      '<h2>A</h2><h3>B</h3><strong>c</strong>d',
    );
  });
});

describe('renderBody', () => {
  it('gives articles written in HTML a Markdown rendition', () => {
    const out = renderBody(
      'article',
      '<h2>Why</h2><p>Because <strong>it</strong> works.</p><ul><li>one</li></ul>',
    );
    expect(out.bodyMarkdown).toBe('## Why\n\nBecause **it** works.\n\n-   one');
  });

  it('turns Markdown articles into sanitised HTML, raw HTML inside included', () => {
    const out = renderBody('article', '## Title\n\nSome *text* <script>x()</script>', 'markdown');
    expect(out.body).toBe('<h2>Title</h2>\n<p>Some <em>text</em> </p>');
    expect(out.bodyMarkdown).toContain('## Title');
  });

  it('escapes plain-text articles into paragraphs', () => {
    expect(renderBody('article', 'a < b\nstill\n\nnext', 'text').body).toBe(
      '<p>a &lt; b<br />still</p><p>next</p>',
    );
  });

  it('keeps posts as plain text with their line breaks', () => {
    expect(renderBody('post', '  Line one\r\n\r\nLine <b>two</b>  ')).toEqual({
      body: 'Line one\n\nLine <b>two</b>',
      bodyMarkdown: 'Line one\n\nLine <b>two</b>',
    });
  });
});
