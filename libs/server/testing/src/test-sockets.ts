import { io, type Socket } from 'socket.io-client';

/**
 * A Socket.IO client on `namespace` of the server at `url`, signed in with `token`, once it is
 * connected (over WebSocket, without reconnecting: a test sees a dropped connection as it is).
 */
export function connectSocket(url: string, namespace: string, token: string): Promise<Socket> {
  const socket = io(url + namespace, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}
