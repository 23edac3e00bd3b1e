import { Button } from '../ui';
import { errorMessage } from './errors';

/** "Show more" under a paged list (see `usePagedQuery`), with why the last try failed. */
export function LoadMore({
  paging,
  label,
  busyLabel = 'Loading…',
}: {
  paging: { hasNextPage: boolean; loadingMore: boolean; moreError: unknown; loadMore: () => void };
  label: string;
  busyLabel?: string;
}) {
  return (
    <>
      {paging.moreError ? (
        <p className="field__error" role="alert">
          {errorMessage(paging.moreError)}
        </p>
      ) : null}
      {paging.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            busy={paging.loadingMore}
            busyLabel={busyLabel}
            onClick={paging.loadMore}
          >
            {label}
          </Button>
        </div>
      ) : null}
    </>
  );
}
