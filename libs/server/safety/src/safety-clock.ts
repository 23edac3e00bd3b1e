import { Injectable } from '@nestjs/common';

/** The time the safety rules see (chat context windows); tests move it. */
@Injectable()
export class SafetyClock {
  now(): Date {
    return new Date();
  }
}
