/**
 * HTML the server rendered from Markdown and sanitised (allow-listed tags, safe links only). It is
 * the only HTML the forum injects, and never anything rendered in the browser.
 */
export function ForumMarkdown({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={['prose', 'f-body', className].filter(Boolean).join(' ')}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
