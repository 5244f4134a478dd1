/**
 * Placeholder article copy for the overview pages that show widgets in a page (in context, print
 * preview), in the toolbar's language.
 */
import { html } from 'lit';

const COPY: Record<string, string> = {
  'zh-Hans':
    '（示例正文）这是一段占位文字，用来看图表在文章中的样子：与正文的间距、字号的层次、来源行与下一段的距离。',
  'zh-Hant':
    '（示例正文）這是一段佔位文字，用來看圖表在文章中的樣子：與正文的間距、字號的層次、來源行與下一段的距離。',
  en: '(Placeholder copy.) This paragraph shows how a widget sits in an article: its spacing from the text, the hierarchy of type sizes, and the gap between the source line and the next paragraph.',
};

/** One paragraph of placeholder copy in `locale`. */
export const text = (locale: string) =>
  html`<p style="font: 1.0625rem/1.7 Georgia, 'Noto Serif CJK SC', serif; margin: 1rem 0">
    ${COPY[locale] ?? COPY.en}
  </p>`;
