import { expect, it } from 'vitest';
import { faviconSvg, logoSvg } from '../../../functions/pages/logo.ts';
import { parse } from './dom.ts';

it('draws the mark hidden from assistive technology, in the header’s colour', () => {
  const svg = parse(logoSvg())('svg');
  expect(svg.attr('aria-hidden')).toBe('true');
  expect(svg.attr('focusable')).toBe('false');
  expect(svg.attr('stroke')).toBe('currentColor');
  expect(svg.find('circle')).toHaveLength(2);
});

it('draws the favicon on the brand colour', () => {
  expect(parse(faviconSvg('#1d70b8'))('rect').attr('fill')).toBe('#1d70b8');
});
