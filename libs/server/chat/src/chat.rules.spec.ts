import {
  describeRoomChange,
  parseRoomPayload,
  parseSendPayload,
  validateMuteMinutes,
  validateSlowMode,
  validateSlug,
} from './chat.rules';

const roomId = '3f1c2a9e-8d4b-4c6a-9f1e-2b7d5c8a1e34';

describe('chat rules', () => {
  it('accepts a well-formed message and trims its body', () => {
    expect(parseSendPayload({ roomId, clientMessageId: 'c-1', body: '  hi there \n' })).toEqual({
      roomId,
      clientMessageId: 'c-1',
      body: 'hi there',
    });
    expect(parseSendPayload({ roomId: roomId.toUpperCase(), clientMessageId: 'x', body: 'y' }).roomId).toBe(
      roomId,
    );
  });

  it.each([
    ['no payload', undefined],
    ['an array', [roomId]],
    ['a bad room id', { roomId: 'room-1', clientMessageId: 'c', body: 'b' }],
    ['no clientMessageId', { roomId, body: 'b' }],
    ['a long clientMessageId', { roomId, clientMessageId: 'c'.repeat(65), body: 'b' }],
    ['a clientMessageId with spaces', { roomId, clientMessageId: 'c 1', body: 'b' }],
    ['a blank body', { roomId, clientMessageId: 'c', body: '   ' }],
    ['a body of 2 001 characters', { roomId, clientMessageId: 'c', body: 'b'.repeat(2_001) }],
    ['a body that is not text', { roomId, clientMessageId: 'c', body: 5 }],
  ])('refuses %s with BAD_USER_INPUT', (_name, payload) => {
    expect(() => parseSendPayload(payload)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('counts the body after trimming', () => {
    expect(
      parseSendPayload({ roomId, clientMessageId: 'c', body: ` ${'b'.repeat(2_000)} ` }).body,
    ).toHaveLength(2_000);
  });

  it('checks room payloads, slugs, slow mode and mute lengths', () => {
    expect(parseRoomPayload({ roomId })).toEqual({ roomId });
    expect(() => parseRoomPayload({ roomId: 1 })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(validateSlug(' Night-Owls ')).toBe('night-owls');
    expect(() => validateSlug('-bad')).toThrow();
    expect(validateSlowMode(0)).toBe(0);
    expect(() => validateSlowMode(1.5)).toThrow();
    expect(validateMuteMinutes(43_200)).toBe(43_200);
    expect(() => validateMuteMinutes(43_201)).toThrow();
    expect(() => validateMuteMinutes(0)).toThrow();
  });
});

describe('describeRoomChange', () => {
  const room = { name: 'Evenings', description: 'Talk', locked: false, slowModeSeconds: 0 };

  it('names each change, in a fixed order', () => {
    expect(
      describeRoomChange(room, {
        name: 'Nights',
        description: 'Other',
        locked: true,
        slowModeSeconds: 30,
      }),
    ).toBe('Room “Nights”: renamed “Evenings” to “Nights”; changed the description; locked; slow mode 30 s.');
    expect(describeRoomChange({ ...room, locked: true, slowModeSeconds: 30 }, room)).toBe(
      'Room “Evenings”: unlocked; slow mode off.',
    );
  });

  it('is null when nothing changes', () => {
    expect(describeRoomChange(room, { ...room })).toBeNull();
  });
});
