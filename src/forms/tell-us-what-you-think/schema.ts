import * as z from 'zod/mini';
import { ALWAYS, choice, longText, personName, postcode, requireWhen, text } from '../engine/fields.ts';
import { optionalContactShape, refineOptionalContact } from '../shared/contact.ts';
import { YES_NO } from '../shared/options.ts';

export const KINDS = ['compliment', 'comment', 'complaint'] as const;

/**
 * Tell us what you think: a compliment, a comment or a complaint. Anonymous unless the person
 * wants a reply; then their name and how to reach them are asked, as on the other forms.
 */
export const tellUsSchema = z
  .object({
    kind: choice('tell.kind', KINDS),
    about: text('tell.about', 200),
    whatHappened: longText('tell.whatHappened', 5000),
    putRight: z.optional(longText('tell.putRight', 2000)),
    reply: choice('tell.reply', YES_NO),
    name: z.optional(personName('tell.name')),
    address: z.optional(longText('tell.address', 300)),
    postcode: z.optional(postcode('tell.postcode')),
    ...optionalContactShape,
  })
  .check(
    z.superRefine((v, ctx) => {
      const reply = v.reply === 'yes';
      requireWhen(v, ctx, v.kind === 'complaint', 'putRight', 'tell.putRight.error.required');
      requireWhen(v, ctx, reply, 'name', 'tell.name.error.required');
      requireWhen(v, ctx, reply && v.contactMethod === 'letter', 'address', 'tell.address.error.required');
      refineOptionalContact(v, ctx, reply);
    }, ALWAYS),
  );

export type TellUs = z.output<typeof tellUsSchema>;
