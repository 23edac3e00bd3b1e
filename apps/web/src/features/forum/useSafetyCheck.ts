import { useCallback } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { LIMITS } from '@haven/shared/contracts';
import type { CrisisLine } from './SafetyNotice';
import { ForumPreviewSafetyDocument } from './forum.documents';

/**
 * Runs the server's safety checks on a draft before it is sent (nothing is saved). Returns the crisis
 * resources when crisis language was noticed, else null; a failed check never stops a member posting.
 */
export function useSafetyCheck(): (text: string) => Promise<CrisisLine[] | null> {
  const [run] = useLazyQuery(ForumPreviewSafetyDocument, { fetchPolicy: 'no-cache' });
  return useCallback(
    async (text: string) => {
      try {
        const { data } = await run({ variables: { text: text.slice(0, LIMITS.previewSafety.textMax) } });
        return data?.previewSafety.crisisDetected ? data.previewSafety.resources : null;
      } catch {
        return null;
      }
    },
    [run],
  );
}
