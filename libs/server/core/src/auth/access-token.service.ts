import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { Role } from '@haven/shared/contracts';
import { AppConfig } from '../config/app-config';
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
  /**
   * The secret as a key object, built once: given a string, jsonwebtoken first tries it as a public key
   * (createPublicKey, which throws) on every call. jsonwebtoken takes a KeyObject; the option is typed
   * string | Buffer only, hence the cast.
   */
  private readonly key: string;

  constructor(
    private readonly jwt: JwtService,
    config: AppConfig,
  ) {
    const secret: KeyObject = createSecretKey(Buffer.from(config.JWT_SECRET ?? ''));
    this.key = secret as unknown as string;
  }

  sign(claims: AccessClaims): string {
    return this.jwt.sign(claims, {
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      algorithm: 'HS256',
      secret: this.key,
    });
  }

  verify(token: string): AccessClaims {
    try {
      const claims = this.jwt.verify<AccessClaims & { exp: number }>(token, {
        algorithms: ['HS256'],
        secret: this.key,
      });
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
