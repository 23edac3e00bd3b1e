import type { CrisisResourceDto } from '@haven/shared/contracts';

export type Resource = Pick<CrisisResourceDto, 'name' | 'phone' | 'sms' | 'url'>;

/** A resource's name and the words of its actions, read from the resource itself. */
export interface ResourceLabels {
  /** The service's name without the texting instructions ("Crisis Text Line"). */
  name: string;
  call: string | null;
  /** "Text HOME to 741741" when the data names a keyword, else "Text 988". */
  text: string | null;
}

/** "(text HOME to 741741)" in a resource's name: the keyword to send and the number. */
const TEXT_INSTRUCTION = /\s*\(\s*text\s+(\S+)\s+to\s+([\d\s+]+)\)\s*/i;

/** The digits (and a leading +) of a phone number, for tel: and sms: links. */
export function dialable(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

/** The number to dial in a contact field that may hold instructions ("Text HOME to 741741" → 741741). */
export function contactNumber(contact: string): string {
  const numbers = contact.match(/\+?\d[\d\s-]*\d|\d/g);
  return dialable(numbers?.[numbers.length - 1] ?? contact);
}

/** A contact field that already says what to do ("Text HOME to 741741") is the label itself. */
const isInstruction = (contact: string) => /[a-z]/i.test(contact);

export function resourceLabels(resource: Resource): ResourceLabels {
  const instruction = TEXT_INSTRUCTION.exec(resource.name);
  const name = instruction ? resource.name.replace(TEXT_INSTRUCTION, ' ').trim() : resource.name;
  const keyword = instruction?.[1];
  const { phone, sms } = resource;
  return {
    name,
    call: phone ? (isInstruction(phone) ? phone : `Call ${phone}`) : null,
    text: sms ? (isInstruction(sms) ? sms : keyword ? `Text ${keyword} to ${sms}` : `Text ${sms}`) : null,
  };
}
