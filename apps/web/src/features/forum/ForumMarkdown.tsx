import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * HTML the server rendered from Markdown and sanitised (allow-listed tags, safe links only). It is
 * the only HTML the forum injects, and never anything rendered in the browser. Mentions link to
 * profiles inside the app, and open there without reloading it.
 */
export function ForumMarkdown({ html, className }: { html: string; className?: string }) {
  const navigate = useNavigate();
  function follow(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target.closest('a.mention') : null;
    const href = target?.getAttribute('href');
    if (!href || !href.startsWith('/u/')) return;
    event.preventDefault();
    void navigate(href);
  }
  return (
    // The links inside are real links (Enter on one is a click too); this only keeps a mention's
    // navigation inside the app.
    <div
      className={['prose', 'f-body', className].filter(Boolean).join(' ')}
      onClick={follow}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
