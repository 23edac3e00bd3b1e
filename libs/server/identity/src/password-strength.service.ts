import { Injectable } from '@nestjs/common';
import { BadInputError } from '@haven/server/core';
import { validatePassword } from './identity.rules';
import { PasswordEstimator } from './password-estimator';
import { PasswordService } from './password.service';

/** The least zxcvbn score (0–4) a new password needs: 3 is "safely unguessable" for online attacks. */
export const MIN_PASSWORD_SCORE = 3;

/** Length and common-password rules, then zxcvbn's estimate, on every new password. */
@Injectable()
export class PasswordStrengthService {
  constructor(
    private readonly passwords: PasswordService,
    private readonly estimator: PasswordEstimator,
  ) {}

  /** Throws BAD_USER_INPUT on `field` when the password is too short, too long or too easy to guess. */
  async assertStrong(
    password: unknown,
    context: { email?: string | null; handle?: string },
    field = 'password',
  ): Promise<string> {
    if (typeof password !== 'string') throw new BadInputError('Please enter a password.', { field });
    try {
      validatePassword(password, { email: context.email ?? undefined, handle: context.handle });
    } catch (error) {
      if (error instanceof BadInputError) throw new BadInputError(error.message, { field });
      throw error;
    }
    const inputs = [context.email ?? '', context.email?.split('@')[0] ?? '', context.handle ?? '', 'haven'];
    const result = await this.estimator.check(password, inputs.filter(Boolean));
    if (result.score < MIN_PASSWORD_SCORE) {
      const hint = result.warning ?? result.suggestions[0] ?? null;
      throw new BadInputError(
        `That password is too easy to guess.${hint ? ` ${hint}` : ''} A few unrelated words make a strong one.`,
        { field },
      );
    }
    return password;
  }

  /** Checks a new password and returns its hash. */
  async hashNew(
    password: unknown,
    context: { email?: string | null; handle?: string },
    field = 'password',
  ): Promise<string> {
    return this.passwords.hash(await this.assertStrong(password, context, field));
  }
}
