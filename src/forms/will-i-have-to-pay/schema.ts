import * as z from 'zod/mini';
import { ALWAYS, choice, money, requireWhen } from '../engine/fields.ts';
import { YES_NO } from '../shared/options.ts';

export const SETTING = ['home', 'care-home'] as const;

export const willIHaveToPaySchema = z
  .object({
    setting: choice('pay.setting', SETTING),
    savings: money('pay.savings'),
    // Only for a care home: the home a person lives in is never counted for care at home.
    ownHome: z.optional(choice('pay.ownHome', YES_NO)),
    partnerStays: z.optional(choice('pay.partnerStays', YES_NO)),
    homeValue: z.optional(money('pay.homeValue')),
    otherProperty: choice('pay.otherProperty', YES_NO),
    otherPropertyValue: z.optional(money('pay.otherPropertyValue')),
  })
  .check(
    z.superRefine((v, ctx) => {
      const careHome = v.setting === 'care-home';
      requireWhen(v, ctx, careHome, 'ownHome', 'pay.ownHome.error.required');
      requireWhen(v, ctx, careHome && v.ownHome === 'yes', 'partnerStays', 'pay.partnerStays.error.required');
      requireWhen(v, ctx, careHome && v.ownHome === 'yes', 'homeValue', 'pay.homeValue.error.required');
      requireWhen(v, ctx, v.otherProperty === 'yes', 'otherPropertyValue', 'pay.otherPropertyValue.error.required');
    }, ALWAYS),
  );

export type WillIHaveToPayAnswers = z.output<typeof willIHaveToPaySchema>;
