import { Injectable } from '@nestjs/common';

/** The time as the auth rules see it (token expiry on open sockets); tests move it instead of sleeping. */
@Injectable()
export class Clock {
  now(): number {
    return Date.now();
  }
}
