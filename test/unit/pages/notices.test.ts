import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { contactDetails, dangerNotice, exitNotice } from '../../../functions/pages/notices.ts';
import { HOSTILE_FRAGMENTS, parse } from './dom.ts';

const hostile = HOSTILE_FRAGMENTS.join(' ');

describe('dangerNotice', () => {
  it('is a GOV.UK warning with the configured numbers, its icon named in the page’s language', () => {
    const $ = parse(dangerNotice(serviceConfig, 'cy'));
    expect($('.govuk-warning-text__icon').attr('aria-hidden')).toBe('true');
    expect($('.govuk-warning-text__text').text()).toContain(serviceConfig.phoneNumbers.emergency);
    expect($('.govuk-warning-text__text').text()).toContain(serviceConfig.phoneNumbers.nonEmergency);
    expect($('.govuk-visually-hidden').text()).not.toBe(
      parse(dangerNotice(serviceConfig, 'en'))('.govuk-visually-hidden').text(),
    );
  });
});

describe('exitNotice', () => {
  it('links to online safety in the page’s language', () => {
    expect(parse(exitNotice('en'))('a').attr('href')).toBe('/online-safety/');
    expect(parse(exitNotice('cy'))('.govuk-inset-text a').attr('href')).toBe('/cy/online-safety/');
  });
});

describe('contactDetails', () => {
  it('dials the number without spaces and writes the address', () => {
    const $ = parse(contactDetails(serviceConfig));
    expect($('a[href^="tel:"]').attr('href')).toBe(`tel:${serviceConfig.contact.phone.replace(/\s+/g, '')}`);
    expect($('a[href^="mailto:"]').text()).toBe(serviceConfig.contact.email);
  });

  it('shows hostile configuration only as text', () => {
    const config = { ...serviceConfig, contact: { phone: hostile, email: hostile, hours: hostile } };
    const $ = parse(contactDetails(config));
    // Three items, two links, and nothing else from the configuration.
    expect($('ul *')).toHaveLength(5);
    expect($('ul > li')).toHaveLength(3);
    expect($('ul a')).toHaveLength(2);
    expect($('li').eq(1).text()).toBe(hostile);
  });
});
