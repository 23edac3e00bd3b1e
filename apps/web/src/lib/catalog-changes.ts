import { useEffect, useRef } from 'react';
import type { CatalogName } from '@haven/shared/contracts';

/** The window event that carries `catalog:changed` from the live socket to the lists on screen. */
const CATALOG_EVENT = 'haven:catalog-changed';

/** Tells the lists on screen that categories or rooms changed (called by the /notifications socket). */
export function announceCatalogChange(catalog: CatalogName): void {
  window.dispatchEvent(new CustomEvent<CatalogName>(CATALOG_EVENT, { detail: catalog }));
}

/** Runs `onChange` (e.g. a refetch) whenever the given list changes on the server, while mounted. */
export function useCatalogChanges(catalog: CatalogName, onChange: () => unknown): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<CatalogName>).detail === catalog) void latest.current();
    };
    window.addEventListener(CATALOG_EVENT, listener);
    return () => window.removeEventListener(CATALOG_EVENT, listener);
  }, [catalog]);
}
