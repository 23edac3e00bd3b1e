import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Haven's one Markdown renderer. Members write Markdown; raw HTML is never interpreted (it shows as
 * text), and the HTML that Markdown produces is passed through a strict allow-list, so the result is
 * safe to inject into a page: no scripts, no event handlers, no styles, no images, no frames, and
 * links only to http, https and mailto addresses, opening in a new tab without passing a referrer
 * or ranking.
 */

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
// Images are not allowed anywhere; tables are not part of the allow-list, so they stay plain text.
markdown.disable(['image', 'table']);

const LINK_REL = 'nofollow noopener ugc';
const ALLOWED_LINK = /^(https?:\/\/[^\s/]|mailto:[^\s])/i;
// Whitespace and control characters browsers ignore inside a scheme ("java\tscript:").
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'hr',
  'del',
];

/** True for an absolute http(s) or mailto URL, the only links a post may carry. */
export function isAllowedLinkHref(href: string): boolean {
  return ALLOWED_LINK.test(href.replace(IGNORED_IN_URL, ''));
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel', 'target'], ol: ['start'] },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  nestingLimit: 64,
  transformTags: {
    // The page owns h1 and h2 (the post title, its sections); a post's own headings start at h3.
    h1: 'h3',
    h2: 'h3',
    s: 'del',
    strike: 'del',
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs['href'];
      if (!href || !isAllowedLinkHref(href)) return { tagName: 'a', attribs: {} };
      return { tagName: 'a', attribs: { href, rel: LINK_REL, target: '_blank' } };
    },
  },
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs['href'] ? 'excludeTag' : false),
};

/** Renders a member's Markdown to sanitised HTML that is safe to inject into a page. */
export function renderMarkdown(source: string): string {
  const html = markdown.render(typeof source === 'string' ? source : '');
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}
