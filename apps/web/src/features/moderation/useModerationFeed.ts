import { useEffect, useRef, useState } from 'react';
import { io } from 'socket.io-client';
import {
  MODERATION_EVENTS,
  MODERATION_NAMESPACE,
  type ModerationCaseEventDto,
} from '@haven/shared/contracts';
import { getFreshAccessToken } from '../../lib';

export type FeedStatus = 'connecting' | 'live' | 'offline' | 'refused';

export interface FeedHandlers {
  onOpened?: (moderationCase: ModerationCaseEventDto) => void;
  onUpdated?: (moderationCase: ModerationCaseEventDto) => void;
  /** An URGENT case stayed unclaimed past the escalation time. */
  onEscalated?: (moderationCase: ModerationCaseEventDto) => void;
}

/**
 * The live moderation queue (`/moderation`): calls the handlers on `case:opened`, `case:updated`
 * and `case:escalated`.
 * Reconnects by itself, each time with a fresh access token.
 */
export function useModerationFeed(handlers: FeedHandlers): FeedStatus {
  const [status, setStatus] = useState<FeedStatus>('connecting');
  const latest = useRef(handlers);

  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const socket = io(MODERATION_NAMESPACE, {
      auth: (send) => {
        void getFreshAccessToken().then((token) => send({ token: token ?? '' }));
      },
      transports: ['websocket', 'polling'],
    });
    socket.on('connect', () => setStatus('live'));
    socket.on('disconnect', () => setStatus('offline'));
    socket.on('connect_error', (error) => {
      if (error.message === 'FORBIDDEN') {
        setStatus('refused');
        socket.disconnect();
      } else {
        setStatus('offline');
      }
    });
    socket.on(MODERATION_EVENTS.caseOpened, (payload: ModerationCaseEventDto) =>
      latest.current.onOpened?.(payload),
    );
    socket.on(MODERATION_EVENTS.caseUpdated, (payload: ModerationCaseEventDto) =>
      latest.current.onUpdated?.(payload),
    );
    socket.on(MODERATION_EVENTS.caseEscalated, (payload: ModerationCaseEventDto) =>
      latest.current.onEscalated?.(payload),
    );
    return () => {
      socket.disconnect();
    };
  }, []);

  return status;
}
