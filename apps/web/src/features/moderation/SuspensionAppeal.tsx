import { useQuery } from '@apollo/client/react';
import { AppealForm, AppealState } from './AppealForm';
import { SuspensionNoticeDocument } from './appeals.documents';
import { canStillAppeal } from './labels';

/** On the suspension notice: appeal the suspension, or see where the appeal stands. */
export function SuspensionAppeal() {
  const { data } = useQuery(SuspensionNoticeDocument, { fetchPolicy: 'cache-and-network' });
  const notice = data?.myNotices.nodes.find((n) => n.action === 'SUSPEND_USER');
  if (!notice) return null;
  if (notice.appeal) return <AppealState appeal={notice.appeal} />;
  if (!canStillAppeal(notice.appealableUntil)) return null;
  return <AppealForm noticeId={notice.id} until={notice.appealableUntil} />;
}
