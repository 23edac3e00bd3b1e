// `@haven/server/core/boot`: what the API's entry needs before the rest of the app loads (the
// configuration and the embedded PostgreSQL), without loading Nest, TypeORM or GraphQL. It lets the
// entry start the database first and load the app's modules while the database server boots.
export { AppConfig, ConfigError, loadConfig } from './config/app-config';
export { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
