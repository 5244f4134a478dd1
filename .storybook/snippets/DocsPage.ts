/**
 * The autodocs page of every component: Storybook's default blocks, with the embed snippets after
 * the controls (the snippets follow the controls' args).
 */
import { createElement as h, Fragment } from 'react';
import {
  Controls,
  Description,
  Primary,
  Stories,
  Subtitle,
  Title,
} from '@storybook/addon-docs/blocks';
import { SnippetsBlock } from './SnippetsBlock.js';

export function DocsPage() {
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    h(Primary),
    h(Controls),
    h(SnippetsBlock),
    h(Stories),
  );
}
