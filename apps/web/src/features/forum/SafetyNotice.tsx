import type { ReactNode } from 'react';
import type { ForumPreviewSafetyQuery } from '../../gql/graphql';
import { Alert } from '../../ui';
import { CrisisResourceList } from '../crisis/CrisisResourceList';

export type CrisisLine = ForumPreviewSafetyQuery['previewSafety']['resources'][number];

/** The gentle note shown when what a member wrote sounds like a crisis: resources now, posting still allowed. */
export function SafetyNotice({
  resources,
  children,
}: {
  resources: readonly CrisisLine[];
  children?: ReactNode;
}) {
  return (
    <Alert tone="warning" title="You don’t have to carry this alone">
      <p>
        Some of what you wrote sounds very painful. You can still post it, and members here will read it. If
        you are in danger or thinking about ending your life, please reach out to someone right now:
      </p>
      <CrisisResourceList resources={resources} />
      {children}
    </Alert>
  );
}
