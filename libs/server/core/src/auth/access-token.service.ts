import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@haven/shared/contracts';
import { UnauthenticatedError } from '../errors';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  sub: string;
  role: Role;
  sid: string;
}

/** Short-lived signed access tokens (JWT, HS256). Any instance with the same secret accepts them. */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(claims: AccessClaims): string {
    return this.jwt.sign(claims, { expiresIn: ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' });
  }

  verify(token: string): AccessClaims {
    try {
      const claims = this.jwt.verify<AccessClaims & { exp: number }>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string') throw new Error('no subject');
      return { sub: claims.sub, role: claims.role, sid: claims.sid };
    } catch {
      throw new UnauthenticatedError('Your session has expired or is not valid. Please sign in again.');
    }
  }

  /** The bearer token of an `Authorization` header, if any. */
  static fromHeader(header: string | undefined): string | null {
    if (!header) return null;
    const match = /^Bearer\s+(\S{1,4096})$/i.exec(header.trim());
    return match ? match[1] : null;
  }
}
