import * as z from 'zod';
import { FOLLOW_UP_CHANNELS } from '@/lib/api/enums';
import type { FollowUpInput } from '@/lib/api/types';

export interface FollowUpMessages {
  required: string;
  future: string;
  bothNext: string;
  nextBefore: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A follow-up as the form takes it: the date (not in the future), the channel, what was
 * said, and the next action with its date (both or neither, not before the follow-up).
 * The same rules as the API's, so most mistakes are shown before anything is sent.
 */
export function followUpSchema(messages: FollowUpMessages, today: string) {
  return z
    .object({
      heldOn: z
        .string()
        .regex(DATE, messages.required)
        .refine((date) => date <= today, messages.future),
      channel: z.enum(FOLLOW_UP_CHANNELS, { error: messages.required }),
      note: z.string().trim().min(1, messages.required).max(4000),
      nextAction: z.string().trim().max(200),
      nextActionOn: z.string(),
    })
    .superRefine((values, context) => {
      const hasAction = values.nextAction !== '';
      const hasDate = values.nextActionOn !== '';
      if (hasAction && !hasDate) context.addIssue({ code: 'custom', path: ['nextActionOn'], message: messages.bothNext });
      if (hasDate && !hasAction) context.addIssue({ code: 'custom', path: ['nextAction'], message: messages.bothNext });
      if (hasDate && DATE.test(values.nextActionOn) && DATE.test(values.heldOn) && values.nextActionOn < values.heldOn) {
        context.addIssue({ code: 'custom', path: ['nextActionOn'], message: messages.nextBefore });
      }
    });
}

export type FollowUpValues = z.input<ReturnType<typeof followUpSchema>>;

export const emptyFollowUp = (today: string): FollowUpValues => ({ heldOn: today, channel: 'VISIT', note: '', nextAction: '', nextActionOn: '' });

export function toFollowUpInput(values: FollowUpValues): FollowUpInput {
  return {
    heldOn: values.heldOn,
    channel: values.channel,
    note: values.note.trim(),
    nextAction: values.nextAction.trim() || undefined,
    nextActionOn: values.nextActionOn || undefined,
  };
}

export const FOLLOW_UP_FIELDS: readonly string[] = ['heldOn', 'channel', 'note', 'nextAction', 'nextActionOn'];
