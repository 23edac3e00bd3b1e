import type { CatalogName } from '@haven/shared/contracts';

/**
 * Emitted after a committed change to what members choose from: the forum's categories or the chat
 * rooms. The notifications gateway tells every signed-in member's open tabs, on every instance, so
 * their lists refresh without a reload.
 */
export const CATALOG_CHANGED_EVENT = 'catalog.changed';

export interface CatalogChangedEvent {
  catalog: CatalogName;
}
