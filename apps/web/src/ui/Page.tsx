import { useEffect, type ReactNode } from 'react';

export interface PageProps {
  title: string;
  /** The document title when it should differ from the heading. */
  documentTitle?: string;
  intro?: ReactNode;
  /** Narrow column for forms and reading. */
  narrow?: boolean;
  children?: ReactNode;
}

/** One page: its h1 (focused after navigation by the layout), the document title, and its content. */
export function Page({ title, documentTitle, intro, narrow, children }: PageProps) {
  useEffect(() => {
    document.title = `${documentTitle ?? title} · Haven`;
  }, [title, documentTitle]);
  return (
    <div className={narrow ? 'page page--narrow' : 'page'}>
      <header className="page__header">
        <h1 className="page__title" tabIndex={-1} data-page-heading="">
          {title}
        </h1>
        {intro ? <div className="page__intro">{intro}</div> : null}
      </header>
      {children}
    </div>
  );
}
