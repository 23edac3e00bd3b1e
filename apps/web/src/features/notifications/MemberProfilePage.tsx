import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { errorMessage } from '../../lib';
import { ErrorState, Loading, Page } from '../../ui';
import { NotFoundPage } from '../placeholders';
import { journeyStageLabel } from '../profile';
import { MemberProfileDocument } from './notifications.documents';

/** A member's public profile: handle, journey stage, bio and when they joined. */
export function MemberProfilePage() {
  const { handle = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MemberProfileDocument, { variables: { handle } });
  if (loading && !data) return <Loading label="Loading the profile…" />;
  if (error && !data)
    return (
      <ErrorState
        title="We could not load this profile"
        message={errorMessage(error)}
        onRetry={() => void refetch()}
      />
    );
  const user = data?.user;
  if (!user) return <NotFoundPage />;
  return (
    <Page title={`@${user.handle}`} narrow>
      {user.journeyStage ? <p className="f-meta">{journeyStageLabel(user.journeyStage)}</p> : null}
      {user.bio ? <p className="profile-bio">{user.bio}</p> : <p className="f-muted">No bio yet.</p>}
      <p className="f-meta">Member since {new Date(user.createdAt).toLocaleDateString()}</p>
    </Page>
  );
}
