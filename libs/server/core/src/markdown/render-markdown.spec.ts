import { isAllowedLinkHref, renderMarkdown } from './render-markdown';

/** Tags and attributes that may appear in rendered output; everything else is text. */
const ALLOWED_TAG = /^(p|br|strong|em|code|pre|blockquote|ul|ol|li|h[3-6]|a|hr|del)$/;
const ALLOWED_ATTRIBUTE = /^(href|rel|target|start|class)$/;
const SAFE_HREF = /^(https?:\/\/[^/]|mailto:)/;
/** The one in-app link: a mention, to a profile, always marked as one. */
const MENTION_LINK = /^<a href="\/u\/[A-Za-z0-9_-]{3,24}" class="mention">$/;

/**
 * Checks the markup the browser will build: every `<` left in the output starts a real tag (text is
 * escaped), so each tag must be allowed, carry only allowed attributes, and link only to safe places.
 */
function expectSafe(html: string): void {
  const tags = html.match(/<[^>]*>?/g) ?? [];
  for (const tag of tags) {
    const match = /^<\/?([a-zA-Z0-9]+)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>$/.exec(tag);
    expect(match).not.toBeNull();
    const [, name, attributes] = match!;
    expect(name).toMatch(ALLOWED_TAG);
    if (MENTION_LINK.test(tag)) continue;
    for (const [, attribute, value] of attributes.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)) {
      expect(attribute).toMatch(ALLOWED_ATTRIBUTE);
      if (attribute === 'href') {
        const decoded = value.replace(/&amp;/g, '&');
        expect(decoded).toMatch(SAFE_HREF);
        expect(decoded).not.toMatch(/&#|javascript:|data:|vbscript:/i);
      }
      if (attribute === 'rel') expect(value).toBe('nofollow noopener ugc');
      if (attribute === 'target') expect(value).toBe('_blank');
      expect(attribute).not.toBe('class');
    }
    if (name === 'a' && !tag.startsWith('</')) expect(tag).toMatch(/ href="/);
  }
}

const XSS_PAYLOADS: [string, string][] = [
  ['a script tag', '<script>alert(1)</script>'],
  ['a script tag split over lines', '<scr\nipt>alert(1)</scr\nipt>'],
  ['a javascript: markdown link', '[click me](javascript:alert(1))'],
  ['a mixed-case JaVaScRiPt: link', '[click](JaVaScRiPt:alert(document.cookie))'],
  ['a javascript: link with a tab inside the scheme', '[x](java\tscript:alert(1))'],
  [
    'an entity-encoded javascript: link',
    '[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  ],
  ['a hex-entity javascript: link', '[x](&#x6A;avascript&#x3A;alert(1))'],
  ['a javascript: autolink', '<javascript:alert(1)>'],
  ['a vbscript: link', '[x](vbscript:msgbox(1))'],
  ['a data: URL link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a data: autolink', '<data:text/html,<script>alert(1)</script>>'],
  ['an image with onerror', '<img src=x onerror=alert(1)>'],
  ['a markdown image with a javascript: source', '![x](javascript:alert(1))'],
  ['a markdown image', '![tracking pixel](https://evil.example/p.gif)'],
  ['an svg with onload', '<svg/onload=alert(1)>'],
  ['an svg with a script inside', '<svg><script>alert(1)</script></svg>'],
  ['an iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  ['a style tag', '<style>body{background:url("javascript:alert(1)")}</style>'],
  ['an inline style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['an event handler on a link', '<a href="https://ok.example" onclick="alert(1)">x</a>'],
  [
    'an event handler smuggled into a link title',
    '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
  ],
  ['a nested markdown link', '[[x](javascript:alert(1))](https://ok.example)'],
  ['a link inside a link text', '[a [b](javascript:alert(2)) c](javascript:alert(1))'],
  ['a reference-style javascript: link', '[x][evil]\n\n[evil]: javascript:alert(1)'],
  ['an html entity that decodes to a tag', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['a body onload', '<body onload=alert(1)>'],
  ['a form with a javascript action', '<form action="javascript:alert(1)"><input type=submit></form>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  [
    'an object with a data URL',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  ],
  [
    'a math element with an href',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  ],
  ['a protocol-relative link', '[x](//evil.example/path)'],
  ['a broken comment hiding a script', '<!--<script>alert(1)//-->'],
  ['a details ontoggle', '<details open ontoggle=alert(1)>'],
  [
    'an uppercase SCRIPT inside code fences closing early',
    '```\n</code></pre><SCRIPT>alert(1)</SCRIPT>\n```',
  ],
];

describe('renderMarkdown', () => {
  it.each(XSS_PAYLOADS)('neutralises %s', (_name, payload) => {
    const html = renderMarkdown(payload);
    expectSafe(html);
  });

  it.each(XSS_PAYLOADS)('neutralises %s inside a list and a quote too', (_name, payload) => {
    expectSafe(renderMarkdown(`- item\n- ${payload}\n\n> ${payload}`));
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    expect(renderMarkdown('<b>bold</b>')).toBe('<p>&lt;b&gt;bold&lt;/b&gt;</p>');
  });

  it('renders the allowed formatting', () => {
    const html = renderMarkdown(
      '**strong** *em* `code` ~~gone~~\n\n> quoted\n\n- one\n- two\n\n3. three\n4. four\n\n---\n\n```\nconst x = 1;\n```',
    );
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<ul>');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<hr />');
    expect(html).toContain('<pre><code>const x = 1;\n</code></pre>');
    expectSafe(html);
  });

  it('maps h1 and h2 down to h3 and keeps h3 to h6', () => {
    expect(renderMarkdown('# One')).toBe('<h3>One</h3>');
    expect(renderMarkdown('## Two')).toBe('<h3>Two</h3>');
    expect(renderMarkdown('### Three')).toBe('<h3>Three</h3>');
    expect(renderMarkdown('###### Six')).toBe('<h6>Six</h6>');
  });

  it('makes http, https and mailto links open safely in a new tab', () => {
    const html = renderMarkdown('[site](https://example.org/a?b=1) and [mail](mailto:help@example.org)');
    expect(html).toContain(
      '<a href="https://example.org/a?b=1" rel="nofollow noopener ugc" target="_blank">site</a>',
    );
    expect(html).toContain(
      '<a href="mailto:help@example.org" rel="nofollow noopener ugc" target="_blank">mail</a>',
    );
  });

  it('turns bare URLs into safe links (linkify)', () => {
    const html = renderMarkdown('See https://example.org/info for more');
    expect(html).toBe(
      '<p>See <a href="https://example.org/info" rel="nofollow noopener ugc" target="_blank">https://example.org/info</a> for more</p>',
    );
  });

  it('keeps the text of a refused link but not the link', () => {
    expect(renderMarkdown('[read this](javascript:alert(1))')).not.toContain('<a');
    expect(renderMarkdown('[relative](/somewhere)')).toBe('<p>relative</p>');
    expect(renderMarkdown('[ftp](ftp://example.org/file)')).toBe('<p>ftp</p>');
  });

  it('links each @handle to its profile, outside links and code', () => {
    expect(renderMarkdown('Thanks @sam_ok, and **@river-stone** too')).toBe(
      '<p>Thanks <a href="/u/sam_ok" class="mention">@sam_ok</a>, and <strong><a href="/u/river-stone" class="mention">@river-stone</a></strong> too</p>',
    );
    expect(renderMarkdown('`@in_code` [@in_link](https://example.org) a@b.example @x')).toBe(
      '<p><code>@in_code</code> <a href="https://example.org" rel="nofollow noopener ugc" target="_blank">@in_link</a> <a href="mailto:a@b.example" rel="nofollow noopener ugc" target="_blank">a@b.example</a> @x</p>',
    );
    expect(renderMarkdown('```\n@in_fence\n```')).toBe('<pre><code>@in_fence\n</code></pre>');
    expectSafe(renderMarkdown('- @one_two\n\n> @three_four'));
  });

  it('lets no member-written link pass for a mention', () => {
    expect(renderMarkdown('[profile](/u/someone)')).toBe('<p>profile</p>');
    expect(renderMarkdown('<a class="mention" href="/u/someone">x</a>')).not.toContain('<a');
    expect(renderMarkdown('[x](https://example.org "mention")')).not.toContain('class');
  });

  it('drops images, keeping only their alt text', () => {
    const html = renderMarkdown('![a cat](https://example.org/cat.png)');
    expect(html).not.toMatch(/<img/);
  });

  it('keeps line breaks within a paragraph', () => {
    expect(renderMarkdown('line one\nline two')).toBe('<p>line one<br />\nline two</p>');
  });

  it('returns an empty string for empty input', () => {
    expect(renderMarkdown('')).toBe('');
  });
});

describe('isAllowedLinkHref', () => {
  it.each(['https://example.org', 'http://example.org/x', 'mailto:a@example.org', 'HTTPS://EXAMPLE.ORG'])(
    'allows %s',
    (href) => expect(isAllowedLinkHref(href)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:x',
    'data:text/html,x',
    '/relative',
    '//evil',
    'ftp://x',
  ])('refuses %s', (href) => expect(isAllowedLinkHref(href)).toBe(false));
});
