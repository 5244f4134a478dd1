// Hand-written baselines: the same pictures as our three components, as a careful author would write
// them without a library: one <style>, plain elements and inline SVG built with innerHTML, no shadow
// DOM, texts written out by hand (a page that shows one figure does not ship a number formatter),
// only the geometry computed from the numbers. They are drawn for the benchmark's 360 px column
// (our components' narrow layouts); the runner checks that each shows the same visible text at the
// same size as ours, so a change to a component that the baseline does not follow is reported.
// `render` functions are serialised into the pages: they may use only their argument.
/* Browser-side code: the `render` functions run in the page. */

/** Shared by all three: what PearlElement's base styles give every host in the light theme. */
const BASE_CSS = `
.mc,.tp,.sc{box-sizing:border-box;display:block;margin:0;min-width:0;color:#1b1c1f;background:#fff;
font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Hiragino Sans GB','Microsoft YaHei',
'Noto Sans CJK SC','Source Han Sans SC',sans-serif;font-variant-numeric:tabular-nums;line-height:1.45}
.mc p{margin:0}
`;

export const metricCard = {
  tag: 'pearl-metric-card',
  /** What our page writes: a real indicator from the catalogue (seed 002). */
  ours: '<pearl-metric-card indicator="gd-industrial-robot-output-2024"></pearl-metric-card>',
  css: `
.mc{display:flex;flex-direction:column;gap:8px;min-height:11rem;padding:16px;border:1px solid #d5d8de;
border-radius:6px;overflow-wrap:anywhere}
.mc-l{font-size:.9375rem;font-weight:600;line-height:1.35}
.mc-v{font-size:37.2px;font-weight:700;line-height:1.1;letter-spacing:-.01em}
.mc-u{font-size:.45em;font-weight:500;letter-spacing:0}
.mc-m{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline;color:#575b63;font-size:.875rem}
.mc-d{color:#1b7a3d;font-weight:600;white-space:nowrap}
.mc-d i{margin-inline-end:4px;color:#575b63;font-style:normal;font-weight:400}
.mc-d b{margin-inline-end:.15em;font-size:.8em;font-weight:inherit}
.mc-c{font-size:.875rem}
.mc-s{margin-top:auto;padding-top:8px;border-top:1px solid #d5d8de;color:#575b63;font-size:.8125rem}
.mc-s summary{cursor:pointer}
.mc-s blockquote{margin:8px 0;padding-inline-start:12px;border-inline-start:3px solid #d5d8de;color:#1b1c1f}
.mc-s mark{background:#b4470b38;color:inherit;font-weight:600}
`,
  data: {
    label: '工业机器人产量',
    number: '24.68万',
    unit: '台(套)',
    caption: '增速',
    delta: '+31.2%',
    region: '广东',
    period: '2024年',
    context: '占全国44%',
    source: '来源：2月5日',
    quote: ['工業機器人產量', '24.68萬', '臺(套)'],
  },
  render: (d) =>
    `<div class="mc" role="group" aria-label="${d.label}"><p class="mc-l">${d.label}</p>` +
    `<p class="mc-v">${d.number}<span class="mc-u">${d.unit}</span></p>` +
    `<p class="mc-m"><span class="mc-d"><i>${d.caption}</i><b aria-hidden="true">▲</b>${d.delta}</span>` +
    `<span>${d.region}</span><span>${d.period}</span></p><p class="mc-c">${d.context}</p>` +
    `<details class="mc-s"><summary>${d.source}</summary><blockquote lang="zh-Hant">` +
    `${d.quote[0]}<mark>${d.quote[1]}</mark>${d.quote[2]}</blockquote></details></div>`,
};

export const targetProgress = {
  tag: 'pearl-target-progress',
  /** The host's own numbers, as in the component's default story (made up, and labelled so). */
  ours:
    '<pearl-target-progress value="73900" target="88000" unit="enterprises" ' +
    'label="规模以上工业企业数量（示例目标）" value-period="2024" target-period="2027"></pearl-target-progress>',
  css: `
.tp{display:grid;gap:12px;min-height:8.5rem}
.tp-h{display:grid;gap:4px}
.tp-l{font-size:.9375rem;font-weight:600;overflow-wrap:anywhere}
.tp-s{display:flex;flex-wrap:wrap;align-items:baseline;column-gap:8px}
.tp-p{font-size:1.75rem;font-weight:700;line-height:1.1}
.tp-c{color:#575b63;font-size:.875rem}
.tp-ch{display:grid;gap:6px;padding-inline:7px}
.tp-r{display:flex;font-size:.8125rem}
.tp-r::before{content:'';flex:var(--at) 1 0}
.tp-r::after{content:'';flex:calc(100 - var(--at)) 1 0}
.tp-r>span{flex:0 1 auto;min-width:0;overflow-wrap:anywhere}
.tp-v{font-weight:600}
.tp-b{padding-top:6px}
.tp-sw,.tp-g{display:inline-block;width:.75em;height:.75em;margin-inline-end:.3em;vertical-align:-.05em}
.tp-sw{border-radius:2px;background:#1d5fa6}
.tp-g{overflow:visible;fill:#1b1c1f}
.tp-t{position:relative;height:12px;border-radius:6px;background:#eceef2}
.tp-f{position:absolute;inset-block:0;left:0;border-radius:6px 0 0 6px;background:#1d5fa6}
.tp-m{position:absolute;inset-block:-4px;width:0}
.tp-m::before{content:'';position:absolute;inset-block:0;left:-1px;width:2px;background:#1b1c1f}
.tp-m svg{position:absolute;top:calc(100% + 1px);left:-6px;width:12px;height:12px;fill:#1b1c1f}
`,
  data: {
    label: '规模以上工业企业数量（示例目标）',
    value: 73900,
    target: 88000,
    caption: '目标完成率',
    valueText: '2024: 7.39万家',
    targetText: '2027年目标：8.8万家',
    triangle: 'M0,-6.079L5.264,3.039L-5.264,3.039Z',
  },
  render: (d) => {
    const max = Math.max(d.value, d.target);
    const fill = (d.value / max) * 100;
    const marker = (d.target / max) * 100;
    const percent = Math.round((d.value / d.target) * 100);
    const glyph = (cls) =>
      `<svg${cls} viewBox="-7 -7 14 14" aria-hidden="true"><path d="${d.triangle}"/></svg>`;
    return (
      `<div class="tp"><div class="tp-h"><span class="tp-l">${d.label}</span><span class="tp-s">` +
      `<span class="tp-p">${percent}%</span><span class="tp-c">${d.caption}</span></span></div>` +
      `<div class="tp-ch"><div class="tp-r" style="--at:${fill}"><span class="tp-v">` +
      `<i class="tp-sw"></i>${d.valueText}</span></div>` +
      `<div class="tp-t" role="progressbar" aria-label="${d.label}" aria-valuenow="${d.value}" ` +
      `aria-valuemax="${d.target}" aria-valuetext="${percent}%"><div class="tp-f" style="width:${fill}%"></div>` +
      `<div class="tp-m" style="left:${marker}%">${glyph('')}</div></div>` +
      `<div class="tp-r tp-b" style="--at:${marker}"><span>${glyph(' class="tp-g"')}` +
      `${d.targetText}</span></div></div></div>`
    );
  },
};

/** Six Guangdong 2024 totals from the catalogue (seeds 000 and 002), passed as the host's own items. */
const SECTORS = [
  ['全部工业总产值', 20e12, '20万亿元'],
  ['规模以上工业企业营业收入', 19e12, '19万亿元'],
  ['地区生产总值', 14e12, '14万亿元'],
  ['外贸进出口总额', 9e12, '9万亿元'],
  ['软件业务收入', 2e12, '2万亿元'],
  ['工业投资', 1.5e12, '1.5万亿元'],
];
const ITEMS = JSON.stringify(SECTORS.map(([label, value]) => ({ label, value })));

export const sectorComparison = {
  tag: 'pearl-sector-comparison',
  ours:
    `<pearl-sector-comparison unit="cny" heading="广东2024年经济规模" ` +
    `items="${ITEMS.replace(/"/g, '&quot;')}"></pearl-sector-comparison>`,
  css: `
.sc{display:flex;flex-direction:column;gap:12px;min-height:12rem}
.sc-h{font-size:1rem;font-weight:600;line-height:1.35}
.sc-x{display:grid;grid-template-columns:minmax(0,1fr) max-content;gap:4px 12px;align-items:center;
margin:0;padding:0;list-style:none;font-size:.875rem}
.sc-x li{display:contents}
.sc-x span:first-child{grid-column:1/-1;line-height:1.3;overflow-wrap:anywhere}
.sc-x li+li span:first-child{margin-top:8px}
.sc-t{position:relative;height:1.25rem}
.sc-t i{position:absolute;inset-block:0;left:0;background:#1d5fa6}
.sc-t::after{content:'';position:absolute;inset-block:-4px;left:0;border-left:1px solid #575b63}
.sc-x span:last-child{white-space:nowrap;text-align:end}
.sc-b{align-self:flex-start;padding:4px 12px;border:1px solid #d5d8de;border-radius:6px;background:none;
color:#1b1c1f;font:inherit;font-size:.8125rem}
`,
  data: { heading: '广东2024年经济规模', button: '显示数据表', items: SECTORS },
  render: (d) => {
    const max = Math.max(...d.items.map((i) => i[1]));
    let rows = '';
    for (const [label, value, text] of d.items) {
      rows +=
        `<li><span>${label}</span><span class="sc-t"><i style="width:${(value / max) * 100}%"></i>` +
        `</span><span>${text}</span></li>`;
    }
    return (
      `<figure class="sc"><figcaption class="sc-h">${d.heading}</figcaption><ul class="sc-x">${rows}` +
      `</ul><button class="sc-b" type="button">${d.button}</button></figure>`
    );
  },
};

export const COMPONENTS = {
  'metric-card': metricCard,
  'target-progress': targetProgress,
  'sector-comparison': sectorComparison,
};

/** The baseline stylesheet for a page showing these components. */
export const baselineCss = (names) => BASE_CSS + names.map((n) => COMPONENTS[n].css).join('');
