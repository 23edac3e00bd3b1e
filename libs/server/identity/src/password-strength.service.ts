import { Injectable } from '@nestjs/common';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { BadInputError, WarmUps } from '@haven/server/core';
import { validatePassword } from './identity.rules';
import { PasswordService } from './password.service';

/** The least zxcvbn score (0–4) a new password needs: 3 is "safely unguessable" for online attacks. */
export const MIN_PASSWORD_SCORE = 3;

/**
 * zxcvbn with its common and English dictionaries. They take about half a second to load and unpack, so
 * they are loaded once the app is serving (and its first requests answered) rather than before.
 */
async function loadZxcvbn(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
    // Few l33t substitutions keep a check near 100 ms (the default can take seconds on digit-rich input).
    l33tMaxSubstitutions: 2,
  });
}

/** Length and common-password rules, then zxcvbn's estimate, on every new password. */
@Injectable()
export class PasswordStrengthService {
  private zxcvbn: Promise<ZxcvbnFactory> | null = null;

  constructor(
    private readonly passwords: PasswordService,
    warmUps: WarmUps,
  ) {
    // The dictionaries load after boot, so the first new password does not wait for them.
    warmUps.add('the password dictionaries', () => this.estimator());
  }

  /** The estimator, loaded once; a failed load is forgotten so the next password tries again. */
  private estimator(): Promise<ZxcvbnFactory> {
    this.zxcvbn ??= loadZxcvbn().catch((error: unknown) => {
      this.zxcvbn = null;
      throw error;
    });
    return this.zxcvbn;
  }

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
    const result = (await this.estimator()).check(password, inputs.filter(Boolean));
    if (result.score < MIN_PASSWORD_SCORE) {
      const hint = result.feedback.warning ?? result.feedback.suggestions[0] ?? null;
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
