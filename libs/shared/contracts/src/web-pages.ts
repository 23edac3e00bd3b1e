/**
 * Slots in the pages the web build renders ahead of time, which the server fills in per request. A slot
 * is plain text that HTML escaping leaves as it is; the server replaces it with escaped text.
 */
export const PAGE_SLOTS = {
  /** A forum post's title (its page's heading and document title). */
  postTitle: '%HAVEN_POST_TITLE%',
} as const;
