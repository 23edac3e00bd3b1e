import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { splitMentions } from '@haven/shared/contracts';

/**
 * Haven's one Markdown renderer. Members write Markdown; raw HTML is never interpreted (it shows as
 * text), and the HTML that Markdown produces is passed through a strict allow-list, so the result is
 * safe to inject into a page: no scripts, no event handlers, no styles, no images, no frames, and
 * links only to http, https and mailto addresses, opening in a new tab without passing a referrer
 * or ranking. An `@handle` outside links and code links to that member's profile (`/u/handle`), the
 * one in-app link the output carries.
 */

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
// Images are not allowed anywhere; tables are not part of the allow-list, so they stay plain text.
markdown.disable(['image', 'table']);

const MENTION_CLASS = 'mention';
const MENTION_HREF = /^\/u\/[A-Za-z0-9_-]{3,24}$/;

// Splits the text of each inline run (not inside a link; code spans are tokens of their own) at its
// mentions, each becoming a link to the profile. Members cannot write a class, so only these links
// carry it; the sanitiser lets a relative link through only with it.
markdown.core.ruler.after('linkify', 'mentions', (state) => {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const children: typeof block.children = [];
    let insideLink = 0;
    for (const token of block.children) {
      if (token.type === 'link_open') insideLink += 1;
      if (token.type === 'link_close') insideLink -= 1;
      if (token.type !== 'text' || insideLink > 0) {
        children.push(token);
        continue;
      }
      for (const part of splitMentions(token.content)) {
        if (part.handle) {
          const open = new state.Token('link_open', 'a', 1);
          open.attrs = [
            ['href', `/u/${part.handle}`],
            ['class', MENTION_CLASS],
          ];
          const label = new state.Token('text', '', 0);
          label.content = part.text;
          children.push(open, label, new state.Token('link_close', 'a', -1));
        } else {
          const text = new state.Token('text', '', 0);
          text.content = part.text;
          children.push(text);
        }
      }
    }
    block.children = children;
  }
});

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
  allowedAttributes: { a: ['href', 'rel', 'target', 'class'], ol: ['start'] },
  allowedClasses: { a: [MENTION_CLASS] },
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
      if (href && attribs['class'] === MENTION_CLASS && MENTION_HREF.test(href))
        return { tagName: 'a', attribs: { href, class: MENTION_CLASS } };
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
