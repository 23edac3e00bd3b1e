import { IdentityInit1795907196736 } from './migrations/1795907196736-identity-init';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export const identityEntities = [UserEntity, RefreshTokenEntity];
export const identityMigrations = [IdentityInit1795907196736];
