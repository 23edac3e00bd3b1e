export * from './actor';
export * from './auth.decorators';
export * from './request-context';
export * from './access-token.service';
export * from './actor-resolver.service';
export * from './auth.guard';
export * from './session-revocation.service';
export * from './authentication-cache';
