export * from './identity.module';
export * from './users.service';
export * from './user.loader';
export * from './dto/user.object';
export {
  publicUserFromJson,
  publicUserJsonSql,
  viewerBlocksAuthorSql,
  type PublicUserJson,
} from './public-user.sql';
export { ViewerObject } from './dto/viewer.object';
export { BlocksService, MAX_BLOCKS } from './blocks/blocks.service';
export { BlockedAuthorLoader, blockedAuthorKey } from './blocks/blocked-author.loader';
export { UserEntity } from './user.entity';
export { RefreshTokenEntity } from './refresh-token.entity';
export { identityEntities, identityMigrations } from './identity.database';
