/**
 * Whether this browser has shown a room's rules before: the first visit shows them open, later visits
 * fold them away (one tap opens them again). Kept per room in Web Storage; where storage is blocked
 * or full, the rules simply stay open.
 */
const keyFor = (roomId: string) => `haven:room-rules-seen:${roomId}`;

export function rulesSeenBefore(storage: Pick<Storage, 'getItem'>, roomId: string): boolean {
  try {
    return storage.getItem(keyFor(roomId)) !== null;
  } catch {
    return false;
  }
}

export function rememberRulesSeen(storage: Pick<Storage, 'setItem'>, roomId: string, now: Date): void {
  try {
    storage.setItem(keyFor(roomId), now.toISOString());
  } catch {
    // Storage blocked or full: the rules show open next time too, which is the safe side.
  }
}
