/**
 * Small stand-ins of the browser APIs Haven's pure web modules use (Web Storage, `window`, `navigator`),
 * for unit tests that run in Node. Each is installed on `globalThis` and removed again by `restore()`.
 */

/** An in-memory Web Storage area. `failing` makes every call throw, like a disabled or full storage. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  constructor(private readonly failing = false) {}

  get length(): number {
    this.check();
    return this.items.size;
  }

  clear(): void {
    this.check();
    this.items.clear();
  }

  getItem(key: string): string | null {
    this.check();
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    this.check();
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.check();
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.check();
    this.items.set(key, String(value));
  }

  private check(): void {
    if (this.failing) throw new DOMException('The storage is not available.', 'SecurityError');
  }
}

/** A `window` with its own storage and events; its timers are the global ones (Jest's fake ones when used). */
export interface WindowStandIn extends EventTarget {
  localStorage: Storage;
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
}

export interface BrowserStandIn {
  storage: Storage;
  window: WindowStandIn;
  /** Tells this page that another tab changed the storage (a `storage` event). */
  storageChangedElsewhere(key: string, newValue: string | null): void;
  restore(): void;
}

export function installBrowser(
  options: { storage?: Storage; navigator?: Partial<Navigator> } = {},
): BrowserStandIn {
  const storage = options.storage ?? new MemoryStorage();
  const win = Object.assign(new EventTarget(), {
    localStorage: storage,
    setTimeout: ((...args: Parameters<typeof setTimeout>) => setTimeout(...args)) as typeof setTimeout,
    clearTimeout: ((id?: Parameters<typeof clearTimeout>[0]) => clearTimeout(id)) as typeof clearTimeout,
  });
  const globals: Record<string, unknown> = { window: win, localStorage: storage };
  if (options.navigator) globals.navigator = options.navigator;
  const previous = Object.keys(globals).map(
    (name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const,
  );
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  return {
    storage,
    window: win,
    storageChangedElsewhere(key, newValue) {
      win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    },
    restore() {
      for (const [name, descriptor] of previous) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    },
  };
}
