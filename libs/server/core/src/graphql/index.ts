export * from './graphql.module';
export * from './request-loaders';
export * from './operation-limits';
export * from './operation-limits.plugin';
export * from './page-info.object';
export * from './cost.decorator';
export * from './safe-text';
export * from './input-boundary.plugin';
