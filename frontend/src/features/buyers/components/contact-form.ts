import { z } from 'zod';
import type { BuyerContact, BuyerContactInput } from '@/lib/api/types';
import { emailCheck, kanaCheck, phoneCheck, textRules } from '@/lib/form-text';
import { normalizeNumberText, normalizeReading, normalizeText } from '@/lib/japanese-text';
import type { Translate } from '@/lib/problem';

/** The longest input each field takes, as BuyerContactInput in openapi.yaml says. */
export const CONTACT_MAX_LENGTH = {
  name: 100,
  nameKana: 100,
  department: 100,
  email: 254,
  phone: 20,
} as const;

/** A contact's rules: folded as the server folds them, then the API's checks and message keys. */
export function contactFormSchema(t: Translate) {
  const { optional, required } = textRules({
    required: t('validation.NotBlank'),
    tooLong: (max) => t('form.errorMaxLength', { max }),
  });

  return z.object({
    name: required(CONTACT_MAX_LENGTH.name),
    nameKana: optional(CONTACT_MAX_LENGTH.nameKana, normalizeReading, kanaCheck(t)),
    department: optional(CONTACT_MAX_LENGTH.department),
    email: optional(CONTACT_MAX_LENGTH.email, normalizeText, emailCheck(t)),
    phone: optional(CONTACT_MAX_LENGTH.phone, normalizeNumberText, phoneCheck(t)),
  });
}

type Schema = ReturnType<typeof contactFormSchema>;
export type ContactFormInput = z.input<Schema>;
export type ContactFormOutput = z.output<Schema>;

export function toBuyerContactInput(values: ContactFormOutput): BuyerContactInput {
  return values;
}

export const EMPTY_CONTACT_FORM: ContactFormInput = { name: '', nameKana: '', department: '', email: '', phone: '' };

export function toContactFormValues(contact: BuyerContact): ContactFormInput {
  return {
    name: contact.name,
    nameKana: contact.nameKana ?? '',
    department: contact.department ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
  };
}

/** The contact as the body that would save it unchanged; an empty text counts as absent. */
export function contactAsInput(contact: BuyerContact): BuyerContactInput {
  return {
    name: contact.name,
    nameKana: contact.nameKana || undefined,
    department: contact.department || undefined,
    email: contact.email || undefined,
    phone: contact.phone || undefined,
  };
}

export const CONTACT_FORM_FIELDS: ReadonlySet<string> = new Set(Object.keys(EMPTY_CONTACT_FORM));
