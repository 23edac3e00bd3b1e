import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SharedStore } from '@haven/server/core';
import { ChatBroadcaster } from './chat-broadcaster.service';

const KEY = {
  room: (roomId: string) => `chat:presence:room:${roomId}`,
  alive: (instanceId: string) => `chat:presence:alive:${instanceId}`,
  contributions: (instanceId: string) => `chat:presence:contrib:${instanceId}`,
  instances: 'chat:presence:instances',
  lock: 'chat:presence:lock',
};

export const PRESENCE_HEARTBEAT_MS = 10_000;
/** An instance that has not refreshed its heartbeat for this long is taken for crashed. */
export const PRESENCE_ALIVE_SECONDS = 30;
const CONTRIBUTIONS_TTL_SECONDS = 24 * 3600;
const SNAPSHOT_DELAY_MS = 250;

export interface PresenceChange {
  count: number;
  /** The member appeared in or left the room (not just another tab of theirs). */
  changed: boolean;
}

type Snapshot = Record<string, string[]>;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Who is online in each room, across every API instance.
 *
 * Each room has a hash in the shared store: field = member id, value = the number of instances where
 * that member has at least one socket in the room. This instance counts its own sockets per member and
 * touches the hash only when a member's first socket arrives or their last one goes, so two tabs (on one
 * instance or two) count once; the online count is the hash's length.
 *
 * A crashed instance cannot take its members out again. So each instance keeps a heartbeat key with a
 * TTL and a snapshot of what it added (rewritten shortly after every change), and registers itself in a
 * shared list; on each heartbeat one instance (under a lock) removes the contributions of instances
 * whose heartbeat has expired and announces the new counts. An instance that was only stalled puts its
 * members back on its next heartbeat. Changes in the last fraction of a second before a crash can still
 * be missed; they are corrected when the member's next join or leave touches the same field.
 */
@Injectable()
export class PresenceService implements OnModuleInit, OnModuleDestroy {
  readonly instanceId = randomUUID();
  private readonly logger = new Logger(PresenceService.name);
  /** roomId → member id → this instance's sockets of that member in the room. */
  private readonly local = new Map<string, Map<string, number>>();
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private snapshotTimer: NodeJS.Timeout | null = null;
  private registered = false;
  private closed = false;
  /** Joins or leaves happened while the shared store was away: put this instance's share right when it returns. */
  private resyncPending = false;

  constructor(
    private readonly store: SharedStore,
    private readonly broadcaster: ChatBroadcaster,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.heartbeat();
    this.heartbeatTimer = setInterval(() => {
      this.heartbeat().catch((error: unknown) =>
        this.logger.warn(`Presence heartbeat failed: ${String(error)}`),
      );
    }, PRESENCE_HEARTBEAT_MS);
    this.heartbeatTimer.unref();
  }

  /** Takes this instance's members out of every room and leaves the instance list (graceful shutdown). */
  async onModuleDestroy(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    if (this.snapshotTimer) clearTimeout(this.snapshotTimer);
    const entries = [...this.local].flatMap(([roomId, users]) =>
      [...users.keys()].map((userId) => ({ roomId, userId })),
    );
    this.local.clear();
    try {
      const changed = new Set<string>();
      for (const { roomId, userId } of entries) {
        if ((await this.store.hashIncrement(KEY.room(roomId), userId, -1)) === 0) changed.add(roomId);
      }
      await this.store.del(KEY.alive(this.instanceId), KEY.contributions(this.instanceId));
      await this.withLock(async () => {
        await this.writeInstances((await this.readInstances()).filter((id) => id !== this.instanceId));
      });
      await this.announce(changed);
    } catch (error) {
      this.logger.warn(`Presence clean-up failed: ${String(error)}`);
    }
  }

  /** One more socket of `userId` in the room. */
  async join(roomId: string, userId: string): Promise<PresenceChange> {
    if (this.closed) return { count: await this.count(roomId), changed: false };
    const users = this.local.get(roomId) ?? new Map<string, number>();
    this.local.set(roomId, users);
    const sockets = (users.get(userId) ?? 0) + 1;
    users.set(userId, sockets);
    if (sockets > 1) return { count: await this.count(roomId), changed: false };
    if (this.degraded) {
      this.resyncPending = true;
      return { count: await this.count(roomId), changed: true };
    }
    this.scheduleSnapshot();
    const instances = await this.store.hashIncrement(KEY.room(roomId), userId, 1);
    return { count: await this.count(roomId), changed: instances === 1 };
  }

  /** One socket of `userId` less in the room (it left, or disconnected). */
  async leave(roomId: string, userId: string): Promise<PresenceChange> {
    const users = this.local.get(roomId);
    const sockets = users?.get(userId) ?? 0;
    if (this.closed || !users || sockets === 0) return { count: await this.count(roomId), changed: false };
    if (sockets > 1) {
      users.set(userId, sockets - 1);
      return { count: await this.count(roomId), changed: false };
    }
    users.delete(userId);
    if (users.size === 0) this.local.delete(roomId);
    if (this.degraded) {
      this.resyncPending = true;
      return { count: await this.count(roomId), changed: true };
    }
    this.scheduleSnapshot();
    const instances = await this.store.hashIncrement(KEY.room(roomId), userId, -1);
    return { count: await this.count(roomId), changed: instances === 0 };
  }

  /** True while the shared store is away: counts then cover this instance's members only. */
  get degraded(): boolean {
    return !this.store.available;
  }

  async count(roomId: string): Promise<number> {
    if (this.degraded) return this.local.get(roomId)?.size ?? 0;
    return this.store.hashLength(KEY.room(roomId));
  }

  counts(roomIds: readonly string[]): Promise<number[]> {
    return Promise.all(roomIds.map((id) => this.count(id)));
  }

  /**
   * Refreshes this instance's heartbeat and snapshot, registers it (putting its members back if it was
   * taken for crashed), and removes what crashed instances left behind. Runs every few seconds.
   */
  async heartbeat(): Promise<void> {
    if (this.closed || this.degraded) return;
    if (this.resyncPending) await this.resync();
    await this.store.set(KEY.alive(this.instanceId), String(Date.now()), PRESENCE_ALIVE_SECONDS);
    await this.writeSnapshot();
    const changed = await this.withLock(async () => {
      const instances = await this.readInstances();
      const changedRooms = new Set<string>();
      const kept: string[] = [];
      for (const id of instances) {
        if (id === this.instanceId || (await this.store.get(KEY.alive(id))) !== null) kept.push(id);
        else for (const roomId of await this.removeContributions(id)) changedRooms.add(roomId);
      }
      if (!kept.includes(this.instanceId)) {
        if (this.registered)
          for (const roomId of await this.restoreOwnContributions()) changedRooms.add(roomId);
        kept.push(this.instanceId);
        this.registered = true;
      }
      await this.writeInstances(kept);
      return changedRooms;
    });
    if (changed) await this.announce(changed);
  }

  private async removeContributions(instanceId: string): Promise<string[]> {
    const snapshot = this.parseSnapshot(await this.store.get(KEY.contributions(instanceId)));
    const changed: string[] = [];
    for (const [roomId, userIds] of Object.entries(snapshot)) {
      let roomChanged = false;
      for (const userId of userIds) {
        if ((await this.store.hashIncrement(KEY.room(roomId), userId, -1)) === 0) roomChanged = true;
      }
      if (roomChanged) changed.push(roomId);
    }
    await this.store.del(KEY.contributions(instanceId));
    this.logger.warn(`Removed the chat presence of instance ${instanceId}, which stopped answering.`);
    return changed;
  }

  /**
   * The shared store is back after an outage: take out what this instance had added before it (its last
   * snapshot), add its members of now, and announce every room it serves.
   */
  private async resync(): Promise<void> {
    this.resyncPending = false;
    const before = this.parseSnapshot(await this.store.get(KEY.contributions(this.instanceId)));
    for (const [roomId, userIds] of Object.entries(before)) {
      for (const userId of userIds) await this.store.hashIncrement(KEY.room(roomId), userId, -1);
    }
    const rooms = await this.restoreOwnContributions();
    await this.writeSnapshot();
    await this.announce(new Set([...Object.keys(before), ...rooms, ...this.local.keys()]));
  }

  private async restoreOwnContributions(): Promise<string[]> {
    const changed: string[] = [];
    for (const [roomId, users] of this.local) {
      let roomChanged = false;
      for (const userId of users.keys()) {
        if ((await this.store.hashIncrement(KEY.room(roomId), userId, 1)) === 1) roomChanged = true;
      }
      if (roomChanged) changed.push(roomId);
    }
    return changed;
  }

  private async announce(roomIds: Iterable<string>): Promise<void> {
    for (const roomId of roomIds) this.broadcaster.presence(roomId, await this.count(roomId));
  }

  private scheduleSnapshot(): void {
    if (this.snapshotTimer || this.closed) return;
    this.snapshotTimer = setTimeout(() => {
      this.snapshotTimer = null;
      this.writeSnapshot().catch((error: unknown) =>
        this.logger.warn(`Presence snapshot failed: ${String(error)}`),
      );
    }, SNAPSHOT_DELAY_MS);
    this.snapshotTimer.unref();
  }

  private async writeSnapshot(): Promise<void> {
    if (this.closed) return;
    const snapshot: Snapshot = {};
    for (const [roomId, users] of this.local) snapshot[roomId] = [...users.keys()];
    await this.store.set(
      KEY.contributions(this.instanceId),
      JSON.stringify(snapshot),
      CONTRIBUTIONS_TTL_SECONDS,
    );
  }

  private parseSnapshot(raw: string | null): Snapshot {
    if (!raw) return {};
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      const snapshot: Snapshot = {};
      for (const [roomId, userIds] of Object.entries(parsed as Record<string, unknown>)) {
        if (Array.isArray(userIds))
          snapshot[roomId] = userIds.filter((u): u is string => typeof u === 'string');
      }
      return snapshot;
    } catch {
      return {};
    }
  }

  private async readInstances(): Promise<string[]> {
    const raw = await this.store.get(KEY.instances);
    try {
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
    } catch {
      return [];
    }
  }

  private writeInstances(ids: string[]): Promise<void> {
    return this.store.set(KEY.instances, JSON.stringify([...new Set(ids)]));
  }

  /** Runs `work` while holding the presence lock; null when the lock stayed busy. */
  private async withLock<T>(work: () => Promise<T>): Promise<T | null> {
    for (let attempt = 0; attempt < 40; attempt++) {
      if (await this.store.setIfAbsent(KEY.lock, this.instanceId, 10)) {
        try {
          return await work();
        } finally {
          if ((await this.store.get(KEY.lock)) === this.instanceId) await this.store.del(KEY.lock);
        }
      }
      await sleep(25 + Math.random() * 50);
    }
    return null;
  }
}
