import { LIMITS } from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';

/** The Socket.IO room of a chat room. */
export const roomChannel = (roomId: string) => `room:${roomId}`;
export const ROOM_CHANNEL_PREFIX = 'room:';
/** The moderators in a room (they alone hear which messages carry crisis language). */
export const roomModeratorsChannel = (roomId: string) => `room-moderators:${roomId}`;

export const ROOM_LIMITS = {
  slug: { min: 3, max: 48, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ },
  name: { min: 3, max: 80 },
  description: { max: 500 },
  slowModeSecondsMax: 3600,
} as const;

export const MUTE_MINUTES = { min: 1, max: LIMITS.moderation.muteMinutesMax } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLIENT_MESSAGE_ID = /^[A-Za-z0-9_.:-]+$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Throws BAD_USER_INPUT unless `value` is a UUID. */
export function requireUuid(value: unknown, name: string): string {
  if (!isUuid(value)) throw new BadInputError(`\`${name}\` must be a valid id.`, { field: name });
  return value.toLowerCase();
}

function asRecord(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new BadInputError('The payload must be an object.');
  }
  return payload as Record<string, unknown>;
}

/** `{ roomId }` of room:join, room:leave and typing. */
export function parseRoomPayload(payload: unknown): { roomId: string } {
  return { roomId: requireUuid(asRecord(payload).roomId, 'roomId') };
}

export interface SendInput {
  roomId: string;
  clientMessageId: string;
  body: string;
}

/** The body of a message as stored: trimmed, 1 to 2 000 characters. */
export function validateBody(body: unknown): string {
  if (typeof body !== 'string') throw new BadInputError('`body` must be text.', { field: 'body' });
  const trimmed = body.trim();
  if (trimmed.length < LIMITS.chat.bodyMin) {
    throw new BadInputError('A message cannot be empty.', { field: 'body' });
  }
  if (trimmed.length > LIMITS.chat.bodyMax) {
    throw new BadInputError(`Keep a message to ${LIMITS.chat.bodyMax} characters or fewer.`, {
      field: 'body',
    });
  }
  return trimmed;
}

/** `{ roomId, clientMessageId, body }` of message:send. */
export function parseSendPayload(payload: unknown): SendInput {
  const record = asRecord(payload);
  const roomId = requireUuid(record.roomId, 'roomId');
  const clientMessageId = record.clientMessageId;
  if (
    typeof clientMessageId !== 'string' ||
    clientMessageId.length === 0 ||
    clientMessageId.length > LIMITS.chat.clientMessageIdMax ||
    !CLIENT_MESSAGE_ID.test(clientMessageId)
  ) {
    throw new BadInputError(
      `\`clientMessageId\` must be 1 to ${LIMITS.chat.clientMessageIdMax} letters, digits, '-', '_', '.' or ':'.`,
      { field: 'clientMessageId' },
    );
  }
  return { roomId, clientMessageId, body: validateBody(record.body) };
}

export interface RoomFields {
  slug: string;
  name: string;
  description: string;
}

export function validateSlug(slug: unknown): string {
  const value = typeof slug === 'string' ? slug.trim().toLowerCase() : '';
  const { min, max, pattern } = ROOM_LIMITS.slug;
  if (value.length < min || value.length > max || !pattern.test(value)) {
    throw new BadInputError(
      `A room's address must be ${min} to ${max} lowercase letters, digits and single dashes.`,
      {
        field: 'slug',
      },
    );
  }
  return value;
}

export function validateRoomName(name: unknown): string {
  const value = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : '';
  const { min, max } = ROOM_LIMITS.name;
  if (value.length < min || value.length > max) {
    throw new BadInputError(`A room's name must be ${min} to ${max} characters.`, { field: 'name' });
  }
  return value;
}

export function validateRoomDescription(description: unknown): string {
  if (typeof description !== 'string')
    throw new BadInputError('The description must be text.', { field: 'description' });
  const value = description.trim();
  if (value.length > ROOM_LIMITS.description.max) {
    throw new BadInputError(`Keep the description to ${ROOM_LIMITS.description.max} characters or fewer.`, {
      field: 'description',
    });
  }
  return value;
}

export function validateSlowMode(seconds: unknown): number {
  if (
    typeof seconds !== 'number' ||
    !Number.isInteger(seconds) ||
    seconds < 0 ||
    seconds > ROOM_LIMITS.slowModeSecondsMax
  ) {
    throw new BadInputError(
      `Slow mode must be between 0 (off) and ${ROOM_LIMITS.slowModeSecondsMax} seconds.`,
      {
        field: 'slowModeSeconds',
      },
    );
  }
  return seconds;
}

export function validateMuteMinutes(minutes: unknown): number {
  if (
    typeof minutes !== 'number' ||
    !Number.isInteger(minutes) ||
    minutes < MUTE_MINUTES.min ||
    minutes > MUTE_MINUTES.max
  ) {
    throw new BadInputError(`A mute lasts ${MUTE_MINUTES.min} to ${MUTE_MINUTES.max} minutes.`, {
      field: 'minutes',
    });
  }
  return minutes;
}

interface RoomFacts {
  name: string;
  description: string;
  locked: boolean;
  slowModeSeconds: number;
}

/**
 * The moderation log's note for a room change, e.g. `Room “Evenings”: locked; slow mode 30 s.`; null
 * when nothing changes.
 */
export function describeRoomChange(before: RoomFacts, after: RoomFacts): string | null {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`renamed “${before.name}” to “${after.name}”`);
  if (before.description !== after.description) parts.push('changed the description');
  if (before.locked !== after.locked) parts.push(after.locked ? 'locked' : 'unlocked');
  if (before.slowModeSeconds !== after.slowModeSeconds)
    parts.push(after.slowModeSeconds > 0 ? `slow mode ${after.slowModeSeconds} s` : 'slow mode off');
  return parts.length > 0 ? `Room “${after.name}”: ${parts.join('; ')}.` : null;
}

/** What a muted member is told (the web adds the end time, in the member's own time zone). */
export function muteReason(roomName: string): string {
  return `A moderator has muted you in ${roomName} for a while, to give the conversation some room. You can still read along.`;
}

/** What the author of a removed chat message is told. */
export function removalNotice(roomName: string | null): string {
  const where = roomName ? ` in ${roomName}` : '';
  return `A moderator removed your chat message${where} because it goes against the community guidelines.`;
}
