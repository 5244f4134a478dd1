// cssProps(): custom properties through CSSOM, never a style attribute written as text.
import { expect } from '../testing.js';
import { html, render } from 'lit';
import { cssProps, type CssProps } from '../../packages/components/src/shared/css-props.js';

describe('cssProps()', () => {
  const draw = (host: HTMLElement, props: CssProps) =>
    render(html`<div style=${cssProps(props)}></div>`, host);

  it('sets the custom properties on the first render without writing the attribute as text', () => {
    const host = document.createElement('div');
    const writes: string[] = [];
    const original = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name: string, value: string) {
      writes.push(name);
      return original.call(this, name, value);
    };
    try {
      draw(host, { '--_at': 62.5, '--_size': '10%' });
    } finally {
      Element.prototype.setAttribute = original;
    }
    const div = host.firstElementChild as HTMLElement;
    expect(div.style.getPropertyValue('--_at')).to.equal('62.5');
    expect(div.style.getPropertyValue('--_size')).to.equal('10%');
    expect(writes).not.to.include('style');
  });

  it('updates changed values, removes dropped ones, and skips null and undefined', () => {
    const host = document.createElement('div');
    draw(host, { '--_a': 1, '--_b': 2 });
    draw(host, { '--_a': 3, '--_c': null, '--_d': undefined });
    const div = host.firstElementChild as HTMLElement;
    expect(div.style.getPropertyValue('--_a')).to.equal('3');
    expect(div.style.getPropertyValue('--_b')).to.equal('');
    expect(div.style.getPropertyValue('--_c')).to.equal('');
    expect(div.style.length).to.equal(1);
  });

  it('throws when used outside a style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div title=${cssProps({ '--_a': 1 })}></div>`, host)).to.throw(
      /style attribute/,
    );
  });
});
