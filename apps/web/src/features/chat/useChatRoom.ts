import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { ErrorCode, type ChatRoomDto } from '@haven/shared/contracts';
import { errorMessage } from '../../lib';
import { ChatHistoryDocument } from './chat.documents';
import type { ChatEntry } from './chat-entries';
import { ChatOutbox } from './chat-outbox';
import { initialRoomState, roomReducer, type RoomState } from './chat-room.reducer';
import { createChatSocket, type ChatSocket } from './chat-socket';

const JOIN_TIMEOUT_MS = 10_000;
const JOIN_RETRY_MS = 2_000;
const TYPING_EVERY_MS = 2_500;
const AUTH_RETRIES = 3;

export interface ChatRoomApi {
  state: RoomState;
  send(body: string): void;
  retry(clientMessageId: string): void;
  discard(clientMessageId: string): void;
  typing(): void;
  loadOlder(): Promise<void>;
  /** Shows the crisis resources beside one of our messages again, or hides them (null). */
  showCrisis(messageId: string | null): void;
  applyRoom(room: Partial<ChatRoomDto>): void;
}

/**
 * One live room: joins it (again after every reconnection that could not be recovered), keeps the
 * conversation, presence and typing up to date, and sends messages optimistically through the outbox,
 * which retries each with the same clientMessageId until the server acknowledges it.
 */
export function useChatRoom(initialRoom: ChatRoomDto, self: ChatEntry['author']): ChatRoomApi {
  const client = useApolloClient();
  const [state, dispatch] = useReducer(roomReducer, initialRoom, initialRoomState);
  const roomId = initialRoom.id;
  const [outbox] = useState(
    () =>
      new ChatOutbox(roomId, {
        stored: (message) => dispatch({ type: 'stored', messages: [message] }),
        crisis: (messageId, resources) => dispatch({ type: 'crisis', messageId, resources }),
        failed: (clientMessageId, error, code, details) => {
          const mutedUntil = typeof details?.mutedUntil === 'string' ? details.mutedUntil : null;
          if (mutedUntil) dispatch({ type: 'muted', until: mutedUntil, reason: error });
          // Refusals that stand (a mute, a locked room) cannot be fixed by trying again.
          dispatch({ type: 'failed', clientMessageId, error, final: code === ErrorCode.FORBIDDEN });
        },
      }),
  );
  const socketRef = useRef<ChatSocket | null>(null);
  const lastTypingSent = useRef(0);
  const loadingOlder = useRef(false);

  useEffect(() => {
    const socket = createChatSocket();
    socketRef.current = socket;
    outbox.attach(socket);
    let authFailures = 0;
    let closed = false;

    const join = () => {
      socket.timeout(JOIN_TIMEOUT_MS).emit('room:join', { roomId }, (timeout, res) => {
        if (closed) return;
        if (timeout || !res) {
          if (socket.connected) join();
          return;
        }
        if (!res.ok) {
          // A passing failure (the server was busy): try again; a refusal (no such room, not allowed) stands.
          if (res.error.code !== ErrorCode.NOT_FOUND && res.error.code !== ErrorCode.FORBIDDEN) {
            window.setTimeout(() => !closed && socket.connected && join(), JOIN_RETRY_MS);
            return;
          }
          dispatch({ type: 'connection', connection: 'refused', refusal: res.error.message });
          return;
        }
        dispatch({
          type: 'joined',
          room: res.room,
          recent: res.recent,
          olderCursor: res.olderCursor,
          mutedUntil: res.mutedUntil ?? null,
        });
        outbox.flush();
      });
    };

    socket.on('connect', () => {
      authFailures = 0;
      // A recovered connection is still in the room and has been sent what it missed.
      if (socket.recovered) {
        dispatch({ type: 'connection', connection: 'online' });
        outbox.flush();
      } else {
        join();
      }
    });
    socket.on('disconnect', (reason) => {
      if (closed) return;
      if (reason === 'io server disconnect') {
        dispatch({
          type: 'connection',
          connection: 'refused',
          refusal: 'The server closed the connection to this room.',
        });
      } else {
        dispatch({ type: 'connection', connection: 'reconnecting' });
      }
    });
    socket.on('connect_error', (error) => {
      if (closed) return;
      if (socket.active) {
        dispatch({ type: 'connection', connection: 'reconnecting' });
        return;
      }
      if (error.message === ErrorCode.UNAUTHENTICATED && authFailures < AUTH_RETRIES) {
        authFailures += 1;
        dispatch({ type: 'connection', connection: 'reconnecting' });
        window.setTimeout(() => !closed && socket.connect(), 1_000 * authFailures);
        return;
      }
      const refusal =
        error.message === ErrorCode.FORBIDDEN
          ? 'Your account cannot take part in live rooms right now.'
          : 'Your session has ended. Please sign in again to join the room.';
      dispatch({ type: 'connection', connection: 'refused', refusal });
    });
    socket.on(
      'message:new',
      (message) => message.roomId === roomId && dispatch({ type: 'stored', messages: [message] }),
    );
    socket.on(
      'message:updated',
      (message) => message.roomId === roomId && dispatch({ type: 'stored', messages: [message] }),
    );
    socket.on(
      'message:removed',
      ({ id, roomId: room }) => room === roomId && dispatch({ type: 'removed', id }),
    );
    socket.on(
      'presence',
      ({ roomId: room, onlineCount }) => room === roomId && dispatch({ type: 'presence', onlineCount }),
    );
    socket.on(
      'message:crisis',
      ({ id, roomId: room }) => room === roomId && dispatch({ type: 'crisis-marked', id }),
    );
    socket.on(
      'mute:notice',
      ({ roomId: room, mutedUntil, reason }) =>
        room === roomId && dispatch({ type: 'muted', until: mutedUntil, reason }),
    );
    socket.on('room:updated', (room) => room.id === roomId && dispatch({ type: 'room', room }));
    socket.on(
      'typing',
      ({ roomId: room, user }) => room === roomId && dispatch({ type: 'typing', user, now: Date.now() }),
    );
    socket.connect();

    const expiry = window.setInterval(() => dispatch({ type: 'typing-expired', now: Date.now() }), 1_000);
    return () => {
      closed = true;
      window.clearInterval(expiry);
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
      outbox.attach(null);
    };
  }, [roomId, outbox]);

  const send = useCallback(
    (body: string) => {
      const clientMessageId = crypto.randomUUID();
      dispatch({ type: 'sending', clientMessageId, body, author: self });
      outbox.add(clientMessageId, body);
    },
    [outbox, self],
  );

  const retry = useCallback(
    (clientMessageId: string) => {
      const entry = state.entries.find((e) => e.id === null && e.clientMessageId === clientMessageId);
      if (!entry) return;
      dispatch({ type: 'retrying', clientMessageId });
      outbox.add(clientMessageId, entry.body);
    },
    [outbox, state.entries],
  );

  const discard = useCallback(
    (clientMessageId: string) => {
      outbox.remove(clientMessageId);
      dispatch({ type: 'discard', clientMessageId });
    },
    [outbox],
  );

  const typing = useCallback(() => {
    const socket = socketRef.current;
    const now = Date.now();
    if (!socket?.connected || now - lastTypingSent.current < TYPING_EVERY_MS) return;
    lastTypingSent.current = now;
    socket.emit('typing', { roomId }, () => undefined);
  }, [roomId]);

  const loadOlder = useCallback(async () => {
    const before = state.olderCursor;
    if (!before || loadingOlder.current) return;
    loadingOlder.current = true;
    try {
      const { data } = await client.query({
        query: ChatHistoryDocument,
        variables: { roomId, before },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('No history was returned.');
      const page = data.chatMessages;
      dispatch({
        type: 'older',
        messages: page.nodes,
        olderCursor: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
      });
    } catch (error) {
      throw new Error(errorMessage(error));
    } finally {
      loadingOlder.current = false;
    }
  }, [client, roomId, state.olderCursor]);

  // A mute ends by itself: sending comes back at its end.
  const muteUntil = state.mute?.until ?? null;
  useEffect(() => {
    if (!muteUntil) return;
    const wait = Date.parse(muteUntil) - Date.now();
    const timer = window.setTimeout(() => dispatch({ type: 'mute-ended' }), Math.max(wait, 0) + 500);
    return () => window.clearTimeout(timer);
  }, [muteUntil]);

  const showCrisis = useCallback(
    (messageId: string | null) => dispatch({ type: 'crisis-shown', messageId }),
    [],
  );
  const applyRoom = useCallback((room: Partial<ChatRoomDto>) => dispatch({ type: 'room', room }), []);

  return { state, send, retry, discard, typing, loadOlder, showCrisis, applyRoom };
}
