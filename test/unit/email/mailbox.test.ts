import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailboxOf } from '../../../functions/email/mailbox.ts';
import { confirmationAddressHash } from '../../../functions/notify/confirmation-gate.ts';

const KEY = randomBytes(32);

describe('the mailbox an address reaches', () => {
  it.each([
    ['Sam@Example.com', 'sam@example.com'],
    [' sam+news@example.com ', 'sam@example.com'],
    ['sam+a+b@example.com', 'sam@example.com'],
    ['s.a.m@example.com', 's.a.m@example.com'],
    ['S.A.M+x@GMail.com', 'sam@gmail.com'],
    ['sam.jones@googlemail.com', 'samjones@gmail.com'],
    ['sam@mail.gmail.com', 'sam@mail.gmail.com'],
    ['"odd@local"@example.com', '"odd@local"@example.com'],
    ['no-at-sign', 'no-at-sign'],
  ])('%j reaches %j', (address, mailbox) => {
    expect(mailboxOf(address)).toBe(mailbox);
  });

  const localPart = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/);
  const tag = fc.stringMatching(/^[a-zA-Z0-9.+_-]{0,10}$/);
  const otherDomain = fc.constantFrom('example.com', 'council.gov.uk', 'outlook.com', 'mail.gmail.com');

  /** The local part with dots put between any of its letters, some in capitals. */
  const dotted = (local: string, dots: boolean[], capitals: boolean[]) =>
    [...local]
      .map((c, i) => `${capitals[i] ? c.toUpperCase() : c}${dots[i] && i < local.length - 1 ? '.' : ''}`)
      .join('');

  it('gives every +tag and case variant of any address the same confirmation key', () => {
    fc.assert(
      fc.property(localPart, otherDomain, tag, fc.array(fc.boolean()), (local, domain, t, capitals) => {
        const variant = `${dotted(local, [], capitals)}+${t}@${domain.toUpperCase()}`;
        expect(confirmationAddressHash(KEY, variant)).toBe(
          confirmationAddressHash(KEY, `${local}@${domain}`),
        );
      }),
    );
  });

  it('gives every dot, +tag and domain variant of a Gmail address the same confirmation key', () => {
    fc.assert(
      fc.property(
        localPart,
        fc.constantFrom('gmail.com', 'googlemail.com', 'GoogleMail.com', 'GMAIL.COM'),
        fc.option(tag, { nil: undefined }),
        fc.array(fc.boolean()),
        fc.array(fc.boolean()),
        (local, domain, t, dots, capitals) => {
          const variant = `${dotted(local, dots, capitals)}${t === undefined ? '' : `+${t}`}@${domain}`;
          expect(confirmationAddressHash(KEY, variant)).toBe(
            confirmationAddressHash(KEY, `${local}@gmail.com`),
          );
        },
      ),
    );
  });

  it('keeps different mailboxes apart: dots count outside Gmail, and the domain always counts', () => {
    expect(mailboxOf('s.am@example.com')).not.toBe(mailboxOf('sam@example.com'));
    expect(mailboxOf('sam@example.org')).not.toBe(mailboxOf('sam@example.com'));
    expect(mailboxOf('sam@gmail.co.uk')).not.toBe(mailboxOf('sam@gmail.com'));
    expect(mailboxOf('sam1@gmail.com')).not.toBe(mailboxOf('sam@gmail.com'));
  });
});
