import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type DirectiveParameters,
  type PartInfo,
} from 'lit/directive.js';

/** Custom properties for one element: `{ '--_at': 62.5 }`; null or undefined leaves one unset. */
export type CssProps = Readonly<Record<`--${string}`, string | number | null | undefined>>;

/**
 * Sets custom properties through CSSOM (`style.setProperty`), which a Content-Security-Policy without
 * 'unsafe-inline' allows. A `style="…"` attribute, or Lit's `styleMap` (whose first render writes the
 * attribute as text, lit/lit#4719), is blocked there, and the chart would lose its geometry.
 * Under SSR only `render()` runs: it gives the attribute text, which `@pearl-charts/components/ssr`
 * moves into a hashable `<style>` block. When hydrating, `update()` applies the same values via CSSOM.
 */
class CssPropsDirective extends Directive {
  /** What this directive last wrote, by property name: only changes are written again. */
  #written: Record<string, string> | null = null;

  constructor(info: PartInfo) {
    super(info);
    if (
      info.type !== PartType.ATTRIBUTE ||
      info.name !== 'style' ||
      (info.strings?.length ?? 0) > 2
    )
      throw new Error('cssProps() must be the whole value of a style attribute.');
  }

  render(props: CssProps): string {
    return Object.entries(props)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [props]: DirectiveParameters<this>) {
    const { style } = part.element as HTMLElement;
    const next: Record<string, string> = {};
    for (const name in props) {
      const value = props[name as keyof CssProps];
      if (value !== null && value !== undefined) next[name] = String(value);
    }
    const previous = this.#written;
    if (!previous) {
      // First render: one declaration block through CSSOM (cssText, allowed under a strict CSP like
      // setProperty), parsed once instead of once per property. The directive owns the attribute.
      let text = '';
      for (const name in next) text += `${name}:${next[name]};`;
      if (text) style.cssText = text;
    } else {
      for (const name in next)
        if (previous[name] !== next[name]) style.setProperty(name, next[name]!);
      for (const name in previous) if (!(name in next)) style.removeProperty(name);
    }
    this.#written = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
