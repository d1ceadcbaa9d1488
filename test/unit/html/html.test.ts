import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attributes,
  classes,
  EMPTY,
  html,
  join,
  text,
  trustedConstant,
} from '../../../functions/html/html.ts';

const HOSTILE = `<script>alert("x")</script>&'{{constructor}}\u202e`;

describe('the html tag', () => {
  it('escapes every interpolated string and number, and keeps markup it built', () => {
    const inner = html`<b>${HOSTILE}</b>`;
    expect(String(html`<p title="${HOSTILE}">${inner}${42}</p>`)).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;{{constructor}}\u202e">' +
        '<b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;{{constructor}}\u202e</b>42</p>',
    );
  });

  it('writes nothing for null, undefined and false, and joins lists', () => {
    expect(String(html`a${null}${undefined}${false}b${['<', html`<i></i>`]}`)).toBe('a' + 'b&lt;<i></i>');
    expect(String(join([html`<li>1</li>`, '<2>'], html`\n`))).toBe('<li>1</li>\n&lt;2&gt;');
    expect(String(EMPTY)).toBe('');
    expect(String(text('<x>'))).toBe('&lt;x&gt;');
  });

  it('never lets a string that looks like markup through, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const out = String(html`<p>${value}</p><a href="${value}">`);
        const [content, attribute] = out.match(/^<p>(.*)<\/p><a href="(.*)">$/su)?.slice(1) ?? ['<', '<'];
        expect(content).not.toMatch(/[<>"']/);
        expect(attribute).not.toMatch(/[<>"']/);
      }),
    );
  });

  it('builds attributes escaped, bare for true, left out for false and nothing', () => {
    expect(String(attributes({ id: 'a"b', hidden: true, open: false, title: undefined, n: 2 }))).toBe(
      ' id="a&quot;b" hidden n="2"',
    );
    expect(() => attributes({ 'onclick="x"': 'y' })).toThrow(/Not an attribute name/);
    expect(classes('a', false, undefined, 'b')).toBe('a b');
  });

  it('passes a constant written in the code as it is', () => {
    expect(String(trustedConstant('<svg></svg>'))).toBe('<svg></svg>');
    expect(JSON.stringify({ markup: html`<p>${'<'}</p>` })).toBe('{"markup":"<p>&lt;</p>"}');
  });
});
