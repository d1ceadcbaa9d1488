import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { localiseConfig } from '../../../functions/i18n/localise-config.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import { template } from '../../../functions/i18n/ui.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { exitNotice } from '../../../functions/pages/notices.ts';
import { richText, strong } from '../../../functions/pages/rich-text.ts';

const referral = findForm('referral') as FormDefinition;

describe('a catalogue string with markup inside its sentence', () => {
  it('escapes the words and the text values, and places the markup where the language puts it', () => {
    const html = String(
      richText(template('en', 'page.footer.runBy'), {
        text: { service: 'A & B', organisation: '<Org>', phone: '1', hours: '2' },
      }),
    );
    expect(html).toBe('A &amp; B is run by &lt;Org&gt;. Call 1 (2) or email');
    expect(
      String(richText(template('cy', 'form.sentOnlyAtEnd'), { html: { send: strong('Anfon') } })),
    ).toContain('yn dewis <strong>Anfon</strong> ar y diwedd');
  });

  it('shows the button names in bold, in English and in Welsh', () => {
    expect(renderFormPage(referral, serviceConfig)).toContain(
      'when you select <strong>Send</strong> at the end',
    );
    expect(renderFormPage(localiseForm(referral, 'cy'), localiseConfig(serviceConfig, 'cy'))).toContain(
      'yn dewis <strong>Anfon</strong> ar y diwedd',
    );
    expect(String(exitNotice('en'))).toContain('select <strong>Exit this page</strong> or press');
    expect(String(exitNotice('cy'))).toContain('dewiswch <strong>Gadael y dudalen hon</strong> neu');
  });
});
