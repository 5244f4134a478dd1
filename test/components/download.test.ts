import { expect, fixture, html } from '../testing.js';
import '../../packages/components/src/define/metric-card.js';
import '../../packages/components/src/define/target-progress.js';
import '../../packages/components/src/define/sector-comparison.js';
import '../../packages/components/src/data.js';
import { PearlElement } from '../../packages/components/src/shared/pearl-element.js';
import type { DataRow } from '../../packages/components/src/shared/data-rows.js';

/** A test-only widget drawing the frame around rows it is given (none by default). */
class RowsWidget extends PearlElement {
  rows: DataRow[] = [];
  protected override dataRows() {
    return this.rows;
  }
  override render() {
    return this.figure(this.anatomy([], 'Rows'), html`<p>chart</p>`);
  }
}
customElements.define('test-rows-widget', RowsWidget);

/** What a click on "Get the data" saved: the Blob handed to URL.createObjectURL, and the file name. */
interface Saved {
  blob: Blob;
  name: string;
  href: string;
}

/** Clicks the element's download button with object URLs and anchor clicks captured (the test seam). */
async function download(el: Element): Promise<Saved> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download"]');
  expect(button, 'download button').to.not.equal(null);
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | null = null;
  let anchor: HTMLAnchorElement | null = null;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:captured';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the clicked anchor is what the test reads
    anchor = this;
  };
  try {
    button!.click();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  expect(blob, 'a Blob').to.not.equal(null);
  const a = anchor as HTMLAnchorElement | null;
  return { blob: blob!, name: a?.download ?? '', href: a?.getAttribute('href') ?? '' };
}

/** The CSV's lines split into cells (the test rows hold no quoted commas or line breaks). */
async function table(saved: Saved): Promise<string[][]> {
  const bytes = new Uint8Array(await saved.blob.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.subarray(3));
  return text
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));
}

async function widget<T extends PearlElement>(markup: ReturnType<typeof html>, lang = 'zh-Hans') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${markup}</div>`);
  const el = wrapper.firstElementChild as T;
  await el.updateComplete;
  return el;
}

describe('"Get the data"', () => {
  it("is a button labelled in the reader's script, in the footer after the chart", async () => {
    for (const [lang, label] of [
      ['zh-Hans', '下载数据'],
      ['zh-Hant', '下載數據'],
      ['en', 'Get the data'],
    ]) {
      const el = await widget(
        html`<pearl-metric-card indicator="gd-industrial-output-2024"></pearl-metric-card>`,
        lang,
      );
      const button = el.shadowRoot!.querySelector('[part~="download"]')!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      expect(button.textContent!.trim()).to.equal(label);
      expect(button.closest('.fig-foot')).to.not.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it("saves a metric card's record as CSV with its article and passage, named after the id", async () => {
    const el = await widget(
      html`<pearl-metric-card indicator="gd-industrial-output-2024"></pearl-metric-card>`,
    );
    const saved = await download(el);
    expect(saved.name).to.equal('gd-industrial-output-2024.csv');
    expect(saved.href).to.equal('blob:captured');
    expect(saved.blob.type).to.equal('text/csv;charset=utf-8');
    expect(await table(saved)).to.deep.equal([
      ['指标', '时期', '数值', '单位', '限定', '状态', '来源', '日期', '原文'],
      [
        '全部工业总产值',
        '2024',
        '20000000000000',
        'cny',
        'over',
        'estimate',
        '南方日报',
        '2025-01-17',
        '预计全省全部工业总产值突破20万亿元',
      ],
    ]);
  });

  it("gives host numbers the host's source, with English headers in English", async () => {
    const el = await widget(
      html`<pearl-metric-card
        value="-3.2"
        unit="percent"
        label="Exports"
        period="2025-01/2025-06"
        source-name="Nanfang Daily"
        source-date="2025-07-20"
        source-text="Exports fell 3.2%."
      ></pearl-metric-card>`,
      'en',
    );
    const rows = await table(await download(el));
    expect(rows).to.deep.equal([
      ['Label', 'Period', 'Value', 'Unit', 'Bound', 'Status', 'Source', 'Date', 'Quote'],
      [
        'Exports',
        '2025-01/2025-06',
        '-3.2',
        'percent',
        'exact',
        'actual',
        'Nanfang Daily',
        '2025-07-20',
        'Exports fell 3.2%.',
      ],
    ]);
  });

  it("saves a progress bar's actual and target, each with its own article", async () => {
    const el = await widget(
      html`<pearl-target-progress
        indicator="gd-small-to-above-scale-upgrades-2024"
        target-indicator="gd-firms-upgraded-above-scale-2025"
      ></pearl-target-progress>`,
      'zh-Hant',
    );
    const rows = await table(await download(el));
    expect(rows.map((r) => r.slice(2, 8))).to.deep.equal([
      ['數值', '單位', '限定', '狀態', '來源', '日期'],
      ['5500', 'enterprises', 'exact', 'estimate', '南方日報', '2025-01-17'],
      ['5500', 'enterprises', 'over', 'target', '廣東省人民政府新聞辦公室', '2025-02-05'],
    ]);
    expect(rows[2]![0]!.endsWith('：目標')).to.equal(true);
    expect(rows[2]![8]).to.equal('5500家以上企業“小升規”');
  });

  it('saves host target, actual and baseline with their periods, the file named after the title', async () => {
    const el = await widget(
      html`<pearl-target-progress
        value="73900"
        target="88000"
        baseline="60000"
        unit="enterprises"
        label="高新技术企业"
        value-period="as of 2024-12"
        target-period="by 2027"
        baseline-period="2020"
        source-name="南方日报"
        source-date="2025-01-17"
      ></pearl-target-progress>`,
    );
    const saved = await download(el);
    expect(saved.name).to.equal('高新技术企业.csv');
    expect((await table(saved)).slice(1)).to.deep.equal([
      [
        '高新技术企业',
        'as of 2024-12',
        '73900',
        'enterprises',
        'exact',
        'actual',
        '南方日报',
        '2025-01-17',
        '',
      ],
      [
        '高新技术企业：目标',
        'by 2027',
        '88000',
        'enterprises',
        'exact',
        'target',
        '南方日报',
        '2025-01-17',
        '',
      ],
      [
        '高新技术企业：基准',
        '2020',
        '60000',
        'enterprises',
        'exact',
        'actual',
        '南方日报',
        '2025-01-17',
        '',
      ],
    ]);
  });

  it('saves one row per bar of a comparison, in the order shown', async () => {
    const el = await widget(
      html`<pearl-sector-comparison
        unit="cny"
        sort="descending"
        label="城市GDP"
        items='[{"label":"佛山","value":1.3e12},{"label":"深圳","value":3.6e12},{"label":"=cmd","value":-1}]'
      ></pearl-sector-comparison>`,
    );
    const rows = await table(await download(el));
    expect(rows.slice(1).map((r) => r.slice(0, 4))).to.deep.equal([
      ['深圳', '', '3600000000000', 'cny'],
      ['佛山', '', '1300000000000', 'cny'],
      ["'=cmd", '', '-1', 'cny'],
    ]);
  });

  it("gives catalogue bars their records' periods and articles", async () => {
    const el = await widget(
      html`<pearl-sector-comparison
        indicators="gd-gdp-2024 gd-industrial-output-2024"
      ></pearl-sector-comparison>`,
      'en',
    );
    const rows = await table(await download(el));
    expect(rows.slice(1).map((r) => [r[1], r[2], r[5], r[6], r[7]])).to.deep.equal([
      ['2024', '14000000000000', 'actual', 'Nanfang Daily', '2025-01-17'],
      ['2024', '20000000000000', 'estimate', 'Nanfang Daily', '2025-01-17'],
    ]);
  });

  it('is absent when a widget has no rows, and appears with them', async () => {
    const el = await widget<RowsWidget>(html`<test-rows-widget></test-rows-widget>`);
    expect(el.shadowRoot!.querySelector('[part~="download"]')).to.equal(null);
    el.rows = [
      {
        label: 'x',
        period: '',
        value: 1,
        unit: 'percent',
        bound: 'exact',
        status: 'actual',
        outlet: '',
        date: '',
        quote: '',
      },
    ];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="download"]')).to.not.equal(null);
  });

  it('is absent in the error state', async () => {
    const el = await widget(html`<pearl-metric-card indicator="no-such-id"></pearl-metric-card>`);
    expect(el.shadowRoot!.querySelector('[part~="download"]')).to.equal(null);
    const bars = await widget(html`<pearl-sector-comparison items="[]"></pearl-sector-comparison>`);
    expect(bars.shadowRoot!.querySelector('[part~="download"]')).to.equal(null);
  });
});
