import { detectCrisis } from './crisis.detector';
import { detectSourcing } from './sourcing.detector';
import type { SafetyVerdict } from './types';

/** Both checks at once, as the server runs them on every post, comment, testimonial and message. */
export function checkText(text: string): SafetyVerdict {
  return { crisis: detectCrisis(text), sourcing: detectSourcing(text) };
}
