import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { fromRoot } from './root.ts';

/** One team contact. Team details only: never a named officer's own email or phone. */
export const contactSchema = z
  .object({
    /** Short id that pages use in their `contacts` list. */
    id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, numbers and dashes'),
    /** The team's name as people would know it. */
    name: z.string().min(2),
    /** UK phone number as people dial it, with spaces. */
    phone: z.string().regex(/^(0\d{3,4} ?\d{3} ?\d{3,4}|999|111)$/, 'write a UK number like 0116 454 1000').optional(),
    /** A team email address. */
    email: z.email().optional(),
    /** A website address. */
    website: z.url().optional(),
    /** When the line is open, if known. */
    hours: z.string().optional(),
    /** false when the contact is not from the source documents and must be checked before launch. */
    confirmed: z.boolean(),
    /** Where the details come from. */
    source: z.string().min(3),
  })
  .refine((c) => c.phone || c.email || c.website, { message: 'a contact needs a phone, email or website' })
  .refine((c) => !c.email || !/^[a-z]+\.[a-z]+@/i.test(c.email), {
    message: 'this looks like a person’s own email; use a team address',
  });

export type Contact = z.infer<typeof contactSchema>;

export const contactsFileSchema = z.array(contactSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const [i, c] of list.entries()) {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${c.id}" is used twice` });
    seen.add(c.id);
  }
});

export function parseContacts(text: string): Contact[] {
  return contactsFileSchema.parse(parse(text));
}

export const contacts: Contact[] = parseContacts(fs.readFileSync(fromRoot('content/contacts.yaml'), 'utf8'));

export const contactIds = contacts.map((c) => c.id) as [string, ...string[]];

export function getContact(id: string): Contact {
  const found = contacts.find((c) => c.id === id);
  if (!found) throw new Error(`No contact with id "${id}" in content/contacts.yaml`);
  return found;
}
