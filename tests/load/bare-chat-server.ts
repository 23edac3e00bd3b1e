// The baseline of the chat benchmark: a bare Socket.IO server that only broadcasts. Same namespace,
// events and acknowledgements as Haven's /chat, the same Redis streams adapter and recovery window (so
// two of them share rooms like two Haven instances), but no authentication, validation, storage, safety
// checks, rate limits or presence. Started as a child process by chat.bench.ts; reads PORT, REDIS_URL
// and REDIS_PREFIX.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const prefix = process.env.REDIS_PREFIX ?? 'bare:';

const http = createServer((req, res) => {
  if (req.url === '/health') res.writeHead(200).end('ok');
  else res.writeHead(404).end();
});

const io = new Server(http, {
  path: '/socket.io',
  serveClient: false,
  maxHttpBufferSize: 16 * 1024,
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
  adapter: createAdapter(redis.duplicate(), { streamName: `${prefix}socket.io`, maxLen: 100_000 }),
});

type Ack = (response: object) => void;

const author = {
  id: randomUUID(),
  handle: 'bare',
  bio: null,
  journeyStage: null,
  role: 'MEMBER',
  createdAt: new Date().toISOString(),
};
const chat = io.of('/chat');
chat.on('connection', (socket) => {
  socket.on('room:join', (payload: { roomId: string }, ack: Ack) => {
    void socket.join(`room:${payload.roomId}`);
    ack({ ok: true, recent: [], olderCursor: null });
  });
  socket.on(
    'message:send',
    (payload: { roomId: string; clientMessageId: string; body: string }, ack: Ack) => {
      const message = {
        id: randomUUID(),
        roomId: payload.roomId,
        author,
        body: payload.body,
        status: 'VISIBLE',
        clientMessageId: payload.clientMessageId,
        createdAt: new Date().toISOString(),
        heldForReview: false,
      };
      chat.to(`room:${payload.roomId}`).emit('message:new', message);
      ack({ ok: true, message, safety: { crisisDetected: false, heldForReview: false, resources: [] } });
    },
  );
});

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1');

process.once('SIGTERM', () => {
  void io.close().then(() => {
    redis.disconnect();
    process.exit(0);
  });
});
