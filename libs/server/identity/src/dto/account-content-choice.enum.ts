import { registerEnumType } from '@nestjs/graphql';

/** What becomes of a deleted member's public posts and comments. */
export enum AccountContentChoice {
  /** Posts and comments stay, each under its own pseudonym, so they cannot be linked to one another. */
  KEEP_UNLINKED = 'KEEP_UNLINKED',
  /** Posts and comments are erased: their text is gone, replies to them stay. */
  ERASE = 'ERASE',
}

registerEnumType(AccountContentChoice, {
  name: 'AccountContentChoice',
  description: 'What becomes of a deleted member’s posts and comments.',
});
