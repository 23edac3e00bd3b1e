import { useQuery } from '@apollo/client/react';
import { Alert } from '../../ui';
import { MyNoticeAboutDocument } from '../moderation/moderation.documents';

const FALLBACK = 'A moderator will look at it soon; until then only you can see it.';

/** On the author's own held post: it is waiting for review, and why (from the notice that told them). */
export function HeldPostNotice({ postId }: { postId: string }) {
  const { data } = useQuery(MyNoticeAboutDocument, {
    variables: { contentId: postId },
    fetchPolicy: 'cache-and-network',
  });
  const notice = data?.myNoticeAbout;
  const message = notice?.action === 'HELD_FOR_REVIEW' ? notice.message : FALLBACK;
  return (
    <Alert tone="info" title="Waiting for review" className="f-held-notice">
      <p>{message}</p>
    </Alert>
  );
}
