import { useEffect, useState } from 'react';
import type { CrisisLine } from './SafetyNotice';
import { useSafetyCheck } from './useSafetyCheck';

/** How long typing must pause before the draft is checked, and the shortest draft worth checking. */
export const DRAFT_CHECK = { delayMs: 700, minLength: 8 } as const;

/**
 * Checks a draft with the server while it is being typed (debounced; the grading model stays on the
 * server, so the web bundle does not grow). The crisis resources when the draft as it is now sounds like
 * a crisis, else null.
 */
export function useDraftSafety(text: string): CrisisLine[] | null {
  const check = useSafetyCheck();
  const [result, setResult] = useState<{ text: string; resources: CrisisLine[] | null } | null>(null);
  useEffect(() => {
    if (text.trim().length < DRAFT_CHECK.minLength) return;
    let current = true;
    const timer = setTimeout(() => {
      void check(text).then((resources) => {
        if (current) setResult({ text, resources });
      });
    }, DRAFT_CHECK.delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, check]);
  return result !== null && result.text === text ? result.resources : null;
}
