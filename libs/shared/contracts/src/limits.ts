/** Input limits enforced by the server and mirrored by the web forms. */
export const LIMITS = {
  pageSizeMax: 100,
  password: { min: 10, max: 128 },
  handle: { min: 3, max: 24, pattern: /^[A-Za-z0-9_-]+$/ },
  email: { max: 254 },
  bio: { max: 500 },
  post: { titleMin: 3, titleMax: 200, bodyMin: 1, bodyMax: 40_000, tagsMax: 5, tagMax: 32 },
  comment: { bodyMin: 1, bodyMax: 10_000 },
  testimonial: {
    titleMin: 5,
    titleMax: 150,
    storyMin: 50,
    storyMax: 20_000,
    ratingMin: 1,
    ratingMax: 5,
    phq9Min: 0,
    phq9Max: 27,
    sessionsMin: 1,
    sessionsMax: 500,
  },
  checkIn: { noteMax: 2_000, phq2Min: 0, phq2Max: 6, maintenanceMax: 100 },
  tracker: { notesMax: 1_000, entriesMax: 2_000, zeroToTenMax: 10 },
  chat: { bodyMin: 1, bodyMax: 2_000, clientMessageIdMax: 64, recentOnJoin: 50 },
  report: { noteMax: 1_000 },
  /** A member's appeal of a moderation decision: once per decision, within `windowDays` of its notice. */
  appeal: { noteMin: 1, noteMax: 1_000, windowDays: 30 },
  /** A moderator's private note on a member. */
  memberNote: { bodyMin: 1, bodyMax: 2_000 },
  /** Saved replies: the body fits the note of a case action. */
  savedReply: { titleMin: 1, titleMax: 100, bodyMin: 1, bodyMax: 2_000, countMax: 200 },
  moderation: { noteMax: 2_000, suspendDaysMin: 1, suspendDaysMax: 365, muteMinutesMax: 60 * 24 * 30 },
  /** The largest content it previews: a post's title and body, as the post check reads them. */
  previewSafety: { textMax: 200 + 2 + 40_000 },
  mention: { perText: 10, prefixMin: 1, prefixMax: 24, suggestionsMax: 8 },
  notifications: { markMax: 100 },
  timeZone: { max: 64 },
} as const;
