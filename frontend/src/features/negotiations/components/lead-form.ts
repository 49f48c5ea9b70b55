import * as z from 'zod';
import type { LeadDraft } from '../api/leads';

export interface LeadMessages {
  required: string;
  email: string;
  contact: string;
}

/** The booth a lead is captured at: remembered on the device, so it works offline. */
export interface Booth {
  projectId: number;
  projectTitle: string;
  firmId: number;
  firmTradeName: string;
  products: { id: number; name: string }[];
}

/** A lead typed in at the booth: a company and a person to reach, the rest optional. */
export function leadSchema(messages: LeadMessages) {
  return z
    .object({
      company: z.string().trim().min(1, messages.required).max(200),
      companyKana: z.string().trim().max(200),
      person: z.string().trim().min(1, messages.required).max(100),
      department: z.string().trim().max(100),
      email: z.union([z.literal(''), z.string().trim().email(messages.email).max(254)]),
      phone: z.string().trim().max(20),
      interest: z.string().trim().max(2000),
      productIds: z.array(z.number()),
      note: z.string().trim().max(4000),
    })
    .superRefine((values, context) => {
      if (values.email.trim() === '' && values.phone.trim() === '') {
        context.addIssue({ code: 'custom', path: ['email'], message: messages.contact });
      }
    });
}

export type LeadValues = z.input<ReturnType<typeof leadSchema>>;

export const emptyLead: LeadValues = {
  company: '',
  companyKana: '',
  person: '',
  department: '',
  email: '',
  phone: '',
  interest: '',
  productIds: [],
  note: '',
};

const orUndefined = (text: string) => text.trim() || undefined;

/** The request body (without its idempotency key), stamped with when it was captured. */
export function toLeadDraft(values: LeadValues, booth: Booth, capturedAt: Date): LeadDraft {
  return {
    projectId: booth.projectId,
    firmId: booth.firmId,
    company: { name: values.company.trim(), nameKana: orUndefined(values.companyKana) },
    person: {
      name: values.person.trim(),
      department: orUndefined(values.department),
      email: orUndefined(values.email),
      phone: orUndefined(values.phone),
    },
    interest: orUndefined(values.interest),
    productIds: values.productIds.length > 0 ? values.productIds : undefined,
    note: orUndefined(values.note),
    capturedAt: capturedAt.toISOString(),
  };
}

/** A kept lead back in the form, to correct what the API refused. */
export function fromLeadDraft(draft: LeadDraft): LeadValues {
  return {
    company: draft.company.name,
    companyKana: draft.company.nameKana ?? '',
    person: draft.person.name,
    department: draft.person.department ?? '',
    email: draft.person.email ?? '',
    phone: draft.person.phone ?? '',
    interest: draft.interest ?? '',
    productIds: draft.productIds ?? [],
    note: draft.note ?? '',
  };
}
