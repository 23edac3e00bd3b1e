import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { Role } from '@haven/shared/contracts';
import { requestOf } from './request-context';

export const PUBLIC_KEY = 'haven:public';
export const ROLES_KEY = 'haven:roles';
export const ALLOW_RESTRICTED_KEY = 'haven:allow-restricted';

/** Visitors may call this. Without it every resolver and route needs a signed-in account. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The least role that may call this (MODERATOR lets ADMIN in too). */
export const Roles = (role: Role) => SetMetadata(ROLES_KEY, role);

/** A mutation that suspended accounts may still call (signing out, deleting their account). */
export const AllowRestricted = () => SetMetadata(ALLOW_RESTRICTED_KEY, true);

/** The signed-in account (an `Actor`), or null for a visitor on a public resolver. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return requestOf(context)?.actor ?? null;
});

/** The session id (`sid`) of the signed-in account's access token, or null for a visitor. */
export const CurrentSessionId = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return requestOf(context)?.sessionId ?? null;
});
