import { io, type Socket } from 'socket.io-client';
import {
  CHAT_NAMESPACE,
  type ChatClientToServerEvents,
  type ChatServerToClientEvents,
} from '@haven/shared/contracts';
import { getFreshAccessToken } from '../../lib';

export type ChatSocket = Socket<ChatServerToClientEvents, ChatClientToServerEvents>;

/** A socket on /chat (same origin). The access token is read, refreshed if needed, at every (re)connection. */
export function createChatSocket(): ChatSocket {
  return io(CHAT_NAMESPACE, {
    autoConnect: false,
    auth: (callback) => {
      getFreshAccessToken().then(
        (token) => callback({ token: token ?? '' }),
        () => callback({ token: '' }),
      );
    },
  });
}
