import { IdentityInit1795907196736 } from './migrations/1795907196736-identity-init';
import { AccountLifecycle1796156945378 } from './migrations/1796156945378-account-lifecycle';
import { MemberBlocks1796171020712 } from './migrations/1796171020712-member-blocks';
import { ModeratorOnCall1796613000001 } from './migrations/1796613000001-moderator-on-call';
import { MemberBlockEntity } from './blocks/member-block.entity';
import { AccountTokenEntity } from './account-token.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export const identityEntities = [UserEntity, RefreshTokenEntity, AccountTokenEntity, MemberBlockEntity];
export const identityMigrations = [
  IdentityInit1795907196736,
  AccountLifecycle1796156945378,
  MemberBlocks1796171020712,
  ModeratorOnCall1796613000001,
];
