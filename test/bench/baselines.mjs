// Hand-written baselines: the same pictures as our components, as a careful author would write
// them without a library: one <style>, plain elements and inline SVG built with innerHTML, no shadow
// DOM, texts written out by hand (a page that shows one figure does not ship a number formatter),
// only the geometry computed from the numbers. They are drawn for the benchmark's 360 px column
// (our components' narrow layouts); the runner checks that each shows the same visible text at the
// same size as ours, so a change to a component that the baseline does not follow is reported.
// `render` functions are serialised into the pages: they may use only their argument.
/* Browser-side code: the `render` functions run in the page. */

/** Shared by all: what PearlElement's base styles give every host in the light theme. */
const BASE_CSS = `
.mc,.tp,.sc,.tr,.sh,.rk{box-sizing:border-box;display:block;margin:0;min-width:0;color:#1b1c1f;background:#fff;
font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Hiragino Sans GB','Microsoft YaHei',
'Noto Sans CJK SC','Source Han Sans SC',sans-serif;font-variant-numeric:tabular-nums;line-height:1.45}
.mc p{margin:0}
`;

// Every widget wears the shared news frame: a title, notes, the source line and a "get the data"
// control. A hand-written page has them too; these are their styles.
const FRAME_CSS = `
.sc,.tr,.sh,.rk{display:flex;flex-direction:column;gap:12px}
.f-t{margin:0;font-size:1rem;font-weight:600;line-height:1.35}
.f-n,.f-s{margin:0;color:#575b63;font-size:.8125rem;overflow-wrap:anywhere;text-wrap:pretty}
.f-s cite{font-style:normal;word-break:keep-all}
.f-s a{color:inherit;text-underline-offset:.15em}
.f-s span{white-space:nowrap}
.f-f{display:flow-root}
.f-dl{float:right;margin-left:12px;color:#575b63;font-size:.8125rem;text-decoration:underline dotted;
text-underline-offset:.2em}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;

export const metricCard = {
  tag: 'pearl-metric-card',
  /** What our page writes: a real indicator from the catalogue (seed 002). */
  ours: '<pearl-metric-card indicator="gd-industrial-robot-output-2024"></pearl-metric-card>',
  css: `
.mc{display:flex;flex-direction:column;gap:8px;padding:16px;border:1px solid #d5d8de;border-radius:6px;
overflow-wrap:anywhere}
.mc-v{font-size:37.2px;font-weight:700;line-height:1.1;letter-spacing:-.01em}
.mc-u{font-size:.45em;font-weight:500;letter-spacing:0;white-space:nowrap}
.mc-m{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline;color:#575b63;font-size:.875rem}
.mc-d{color:#1b7a3d;font-weight:600}
.mc-d i{margin-inline-end:4px;color:#575b63;font-style:normal;font-weight:400}
.mc-d span,.mc-w{white-space:nowrap}
.mc-d b{margin-inline-end:.15em;font-size:.8em;font-weight:inherit}
.mc-c{font-size:.875rem}
.mc .f-s{padding-top:8px;border-top:1px solid #d5d8de}
.mc summary{cursor:pointer}
.mc blockquote{margin:8px 0;padding-inline-start:12px;border-inline-start:3px solid #d5d8de;color:#1b1c1f}
.mc mark{background:#b4470b38;color:inherit;font-weight:600}
`,
  data: {
    label: '工业机器人产量',
    number: '24.68万',
    unit: '台(套)',
    caption: '增速',
    delta: '+31.2%',
    where: '广东 · 2024年',
    context: '占全国44%',
    source: '来源：<cite>广东省人民政府新闻办公室</cite>，<span>2025年2月5日</span>',
    quote: ['工業機器人產量', '24.68萬', '臺(套)'],
  },
  render: (d) =>
    `<div class="mc" role="group" aria-label="${d.label}"><p class="f-t">${d.label}</p>` +
    `<p class="mc-v">${d.number}<span class="mc-u">${d.unit}</span></p>` +
    `<p class="mc-m"><span class="mc-d"><i>${d.caption}</i><span><b aria-hidden="true">▲</b>${d.delta}</span>` +
    `</span><span class="mc-w">${d.where}</span></p><p class="mc-c">${d.context}</p>` +
    `<div class="f-f"><a class="f-dl" href="data.csv" download>下载数据</a><details class="f-s">` +
    `<summary>${d.source}</summary><blockquote lang="zh-Hant">“${d.quote[0]}<mark>${d.quote[1]}</mark>` +
    `${d.quote[2]}”</blockquote></details></div></div>`,
};

export const targetProgress = {
  tag: 'pearl-target-progress',
  /** The host's own numbers, as in the component's default story (made up, and labelled so). */
  ours:
    '<pearl-target-progress value="73900" target="88000" unit="enterprises" ' +
    'label="规模以上工业企业数量（示例目标）" value-period="2024" target-period="2027"></pearl-target-progress>',
  // Value and target of different years: no completion rate, the two drawn as positions on a line.
  css: `
.tp{display:flex;flex-direction:column;gap:12px}
.tp-h{display:grid;gap:4px}
.tp-l{font-size:.9375rem;font-weight:600;overflow-wrap:anywhere}
.tp-s{display:grid;font-size:.875rem}
.tp-st{color:#575b63}
.tp-s span:last-child{text-wrap:pretty}
.tp-ch{display:grid;gap:6px;padding-inline:7px}
.tp-r{display:flex;font-size:.8125rem}
.tp-r::before{content:'';flex:var(--at) 1 0}
.tp-r::after{content:'';flex:calc(100 - var(--at)) 1 0}
.tp-r>span{flex:0 1 auto;min-width:0;overflow-wrap:anywhere}
.tp-v{font-weight:600}
.tp-b{padding-top:18px}
.tp-sw,.tp-g{display:inline-block;width:.75em;height:.75em;margin-inline-end:.3em;vertical-align:-.05em}
.tp-sw{border-radius:50%;background:#1d5fa6}
.tp-g{overflow:visible;fill:#1b1c1f}
.tp-t{position:relative;height:12px}
.tp-t::before{content:'';position:absolute;inset-inline:0;top:5px;height:2px;background:#d5d8de}
.tp-z,.tp-m{position:absolute;left:0;width:0}
.tp-z{inset-block:-6px;margin-left:-1px;border-left:2px solid #575b63}
.tp-z span{position:absolute;top:calc(100% + 2px);left:0;color:#575b63;font-size:.75rem;line-height:1;
transform:translateX(-50%)}
.tp-m{inset-block:-4px}
.tp-m::before{content:'';position:absolute;inset-block:0;left:-1px;width:2px;background:#1b1c1f}
.tp-m svg{position:absolute;top:calc(100% + 1px);left:-6px;width:12px;height:12px;fill:#1b1c1f}
.tp-p{position:absolute;top:50%;width:14px;height:14px;margin:-7px 0 0 -7px;border-radius:50%;
background:#1d5fa6;box-shadow:0 0 0 2px #fff}
`,
  data: {
    label: '规模以上工业企业数量（示例目标）',
    status: '实际与目标不是同一时期，不计算完成率',
    remaining: '目标比2024年多1.41万家',
    value: 73900,
    target: 88000,
    valueText: '2024年：7.39万家',
    targetText: '2027年目标：8.8万家',
    triangle: 'M0,-6.079L5.264,3.039L-5.264,3.039Z',
  },
  render: (d) => {
    const max = Math.max(d.value, d.target);
    const value = (d.value / max) * 100;
    const target = (d.target / max) * 100;
    const glyph = (cls) =>
      `<svg${cls} viewBox="-7 -7 14 14" aria-hidden="true"><path d="${d.triangle}"/></svg>`;
    return (
      `<div class="tp" role="group" aria-label="${d.label}"><div class="tp-h"><span class="tp-l">${d.label}</span>` +
      `<span class="tp-s"><span class="tp-st">${d.status}</span><span>${d.remaining}</span></span></div>` +
      `<div class="tp-ch"><div class="tp-r" style="--at:${value}"><span class="tp-v">` +
      `<i class="tp-sw"></i>${d.valueText}</span></div>` +
      `<div class="tp-t" role="img" aria-label="${d.valueText}，${d.targetText}"><i class="tp-z"><span>0</span></i>` +
      `<i class="tp-m" style="left:${target}%">${glyph('')}</i><i class="tp-p" style="left:${value}%"></i></div>` +
      `<div class="tp-r tp-b" style="--at:${target}"><span>${glyph(' class="tp-g"')}${d.targetText}</span></div>` +
      `</div><div class="f-f"><a class="f-dl" href="data.csv" download>下载数据</a></div></div>`
    );
  },
};

/** Six Guangdong 2024 totals from the catalogue (seeds 000 and 002), passed as the host's own items. */
const SECTORS = [
  ['全部工业总产值', 20e12, '20'],
  ['规模以上工业企业营业收入', 19e12, '19'],
  ['地区生产总值', 14e12, '14'],
  ['外贸进出口总额', 9e12, '9'],
  ['软件业务收入', 2e12, '2'],
  ['工业投资', 1.5e12, '1.5'],
];
const ITEMS = JSON.stringify(SECTORS.map(([label, value]) => ({ label, value })));

export const sectorComparison = {
  tag: 'pearl-sector-comparison',
  ours:
    `<pearl-sector-comparison unit="cny" heading="广东2024年经济规模" ` +
    `items="${ITEMS.replace(/"/g, '&quot;')}"></pearl-sector-comparison>`,
  css: `
.sc-u{margin:0 0 -4px;color:#575b63;font-size:.75rem;line-height:1.3;text-align:end}
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
  data: {
    heading: '广东2024年经济规模',
    unit: '单位：万亿元',
    word: '万亿元',
    button: '显示数据表',
    items: SECTORS,
  },
  render: (d) => {
    const max = Math.max(...d.items.map((i) => i[1]));
    let rows = '';
    for (const [label, value, text] of d.items) {
      rows +=
        `<li><span>${label}</span><span class="sc-t"><i style="width:${(value / max) * 100}%"></i>` +
        `</span><span>${text}<span class="vh">${d.word}</span></span></li>`;
    }
    return (
      `<figure class="sc"><figcaption class="f-t">${d.heading}</figcaption><p class="sc-u">${d.unit}</p>` +
      `<ul class="sc-x">${rows}</ul><button class="sc-b" type="button">${d.button}</button>` +
      `<div class="f-f"><a class="f-dl" href="data.csv" download>下载数据</a></div></figure>`
    );
  },
};

export const trend = {
  tag: 'pearl-trend',
  /** The trend's Default story: a catalogue concept, 5G base stations over two periods. */
  ours: '<pearl-trend concept="gd-5g-base-stations"></pearl-trend>',
  css: `
.tr-u{margin:0;color:#575b63;font-size:.75rem}
.tr-c{display:grid;grid-template-columns:2.4em minmax(0,1fr);grid-template-rows:10rem auto;
margin-top:-4px;padding:8px 8px 0 0;font-size:.75rem}
.tr-y,.tr-p,.tr-x{position:relative}
.tr-y span{position:absolute;right:8px;color:#575b63;transform:translateY(-50%)}
.tr-p svg{position:absolute;inset:0;width:100%;height:100%;overflow:visible}
.tr-p line{stroke:#d5d8de;vector-effect:non-scaling-stroke}
.tr-p line:first-child{stroke:#575b63}
.tr-d{position:absolute;box-sizing:border-box;width:12px;height:12px;border:2px solid #1d5fa6;border-radius:50%;
background:#fff;transform:translate(-50%,-50%)}
.tr-d.on{width:16px;height:16px;background:#1d5fa6}
.tr-l{position:absolute;display:flex;flex-direction:column;line-height:1.25;white-space:nowrap;
transform:translateY(calc(-100% - .6rem))}
.tr-l.e{text-align:end;transform:translate(calc(-100% + .4rem),calc(-100% - .6rem))}
.tr-l.b{transform:translateY(.6rem)}
.tr-l b{font-size:.875rem}
.tr-l span{color:#575b63}
.tr-l b,.tr-l span{background:#fffc}
.tr-x{grid-column:2;height:1.5rem}
.tr-x span{position:absolute;top:4px;color:#575b63;white-space:nowrap;transform:translateX(-50%)}
.tr-x span:first-child{transform:none}
.tr-x span:last-child{transform:translateX(-100%)}
.tr-b{align-self:flex-start;margin-top:-4px;padding:4px 12px;border:1px solid #d5d8de;border-radius:6px;
background:none;color:#1b1c1f;font:inherit;font-size:.8125rem}
`,
  data: {
    title: '5G基站累计数量',
    unit: '单位：万个',
    max: 50,
    ticks: [0, 10, 20, 30, 40, 50],
    months: 8, // December 2024 to August 2025
    xTicks: [
      [0, '2024年12月'],
      [4, '4月'],
      [6, '6月'],
      [8, '8月'],
    ],
    // Month from the first, value, its label and period, and whether it is a bound (open dot).
    points: [
      [0, 40, '超40万个', '截至2024年12月', true],
      [8, 43.1, '43.1万个', '截至2025年8月', false],
    ],
    button: '显示数据表',
    note:
      '注：截至2024年12月与截至2025年8月未连线：数值的限定不同（如“超”与确数），不能作增减比较。' +
      '空心点表示约数或下限（如“超”），并非确数。',
    source:
      '2个来源：<cite><a href="https://www.cnbayarea.org.cn/news/voices/content/post_1278859.html">' +
      '南方日报</a></cite>，<span>2025年1月17日</span>；<cite>深圳特区报</cite>，<span>2025年10月22日</span>',
  },
  render: (d) => {
    const y = (v) => 100 - (v / d.max) * 100;
    const x = (m) => (m / d.months) * 100;
    let yTicks = '';
    let grid = '';
    for (const t of d.ticks) {
      yTicks += `<span style="top:${y(t)}%">${t}</span>`;
      grid += `<line x1="0" x2="100" y1="${y(t)}" y2="${y(t)}"/>`;
    }
    let labels = '';
    let dots = '';
    d.points.forEach(([m, v, value, period, open], i) => {
      const at = `left:${x(m)}%;top:${y(v)}%`;
      const last = i === d.points.length - 1;
      // The lower point's label goes under it, the last one's ends at the right edge.
      labels +=
        `<span class="tr-l${last ? ' e' : ''}${open ? ' b' : ''}" style="${at}" aria-hidden="true">` +
        `<b>${value}</b><span>${period}</span></span>`;
      dots += `<span class="tr-d${last ? ' on' : ''}" style="${at}" role="img" aria-label="${period}：${value}"></span>`;
    });
    let xTicks = '';
    for (const [m, text] of d.xTicks) xTicks += `<span style="left:${x(m)}%">${text}</span>`;
    return (
      `<figure class="tr"><p class="f-t">${d.title}</p><p class="tr-u">${d.unit}</p>` +
      `<div class="tr-c"><div class="tr-y" aria-hidden="true">${yTicks}</div><div class="tr-p">` +
      `<svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">${grid}</svg>` +
      `${labels}${dots}</div><div class="tr-x" aria-hidden="true">${xTicks}</div></div>` +
      `<button class="tr-b" type="button">${d.button}</button><p class="f-n">${d.note}</p>` +
      `<div class="f-f"><a class="f-dl" href="data.csv" download>下载数据</a>` +
      `<p class="f-s">${d.source}</p></div></figure>`
    );
  },
};

export const share = {
  tag: 'pearl-share',
  /** The share's Default story: one share record from the catalogue. */
  ours: '<pearl-share indicator="gd-industrial-robot-output-national-share-2024"></pearl-share>',
  css: `
.sh-s{margin:0;font-weight:600}
.sh-c{display:grid;grid-template-columns:10rem minmax(0,1fr);gap:16px;align-items:center}
.sh-d{position:relative}
.sh-d svg{display:block;width:100%;height:auto}
.sh-d path{stroke:#fff;stroke-width:.6}
.sh-v{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;margin:0;
font-size:1.375rem;font-weight:700;line-height:1.15}
.sh-l{display:flex;flex-direction:column;gap:8px;margin:0;padding:0;font-size:.875rem;list-style:none}
.sh-l li{display:flex;gap:8px;align-items:baseline}
.sh-l i{flex:none;align-self:center;width:12px;height:12px;border-radius:2px}
.sh-l span{flex:1;min-width:0;text-wrap:pretty}
.sh-l b{font-weight:600;white-space:nowrap}
.sh-t summary{color:#575b63;font-size:.8125rem;cursor:pointer}
.sh-t table{width:100%;margin-top:8px;border-collapse:collapse;font-size:.875rem}
.sh-t caption{font-weight:600;text-align:start}
.sh-t th,.sh-t td{padding:4px 8px;border-bottom:1px solid #d5d8de;text-align:start}
.sh-t td{text-align:end}
`,
  data: {
    title: '工业机器人产量占全国比重',
    sentence: '广东工业机器人产量占全国44%',
    // Label, share in percent, its text, colour: Guangdong first, the rest of China after it.
    parts: [
      ['广东工业机器人产量', 44, '44%', '#1d5fa6'],
      ['其他', 56, '56%', '#8a909a'],
    ],
    centre: '44%',
    summary: '数据表',
    caption: '工业机器人产量占全国比重',
    headers: ['项目', '占全国的比重'],
    source: '来源：<cite>广东省人民政府新闻办公室</cite>，<span>2025年2月5日</span>',
  },
  render: (d) => {
    // Each part an annulus sector clockwise from 12 o'clock, 0.34 units of white between parts.
    const point = (r, a) => `${(r * Math.sin(a)).toFixed(3)},${(-r * Math.cos(a)).toFixed(3)}`;
    let arcs = '';
    let legend = '';
    let rows = '';
    let start = 0;
    for (const [label, share, text, colour] of d.parts) {
      const end = start + (share / 100) * 2 * Math.PI;
      const large = end - start > Math.PI ? 1 : 0;
      const po = Math.asin(0.34 / 48);
      const pi = Math.asin(0.34 / 30);
      arcs +=
        `<path fill="${colour}" d="M${point(48, start + po)}A48,48,0,${large},1,${point(48, end - po)}` +
        `L${point(30, end - pi)}A30,30,0,${large},0,${point(30, start + pi)}Z"/>`;
      legend += `<li><i style="background:${colour}"></i><span>${label}</span><b>${text}</b></li>`;
      rows += `<tr><th scope="row">${label}</th><td>${text}</td></tr>`;
      start = end;
    }
    return (
      `<figure class="sh"><p class="f-t">${d.title}</p><p class="sh-s">${d.sentence}</p>` +
      `<div class="sh-c"><div class="sh-d"><svg viewBox="-50 -50 100 100" role="img" ` +
      `aria-label="${d.sentence}">${arcs}</svg><p class="sh-v" aria-hidden="true">${d.centre}</p></div>` +
      `<ul class="sh-l">${legend}</ul></div><details class="sh-t"><summary>${d.summary}</summary>` +
      `<table><caption>${d.caption}</caption><thead><tr><th scope="col">${d.headers[0]}</th>` +
      `<th scope="col">${d.headers[1]}</th></tr></thead><tbody>${rows}</tbody></table></details>` +
      `<div class="f-f"><a class="f-dl" href="data.csv" download>下载数据</a>` +
      `<p class="f-s">${d.source}</p></div></figure>`
    );
  },
};

export const rank = {
  tag: 'pearl-rank',
  /** The rank's Default story: Guangdong's GDP, first among 31 provinces for 36 years. */
  ours: '<pearl-rank indicator="gd-gdp-rank-2024" of="31"></pearl-rank>',
  css: `
.rk-w,.rk-v,.rk-c{margin:0;color:#575b63;font-size:.875rem}
.rk-h{margin:0;font-size:1.375rem;font-weight:700;line-height:1.2}
.rk-h i{color:#575b63;font-style:normal;font-weight:400}
.rk-h em{color:#1d5fa6;font-style:normal;white-space:nowrap}
.rk-r{display:grid;gap:4px}
.rk-t{position:relative;height:1.25rem;margin-top:10px}
.rk-t i{position:absolute;inset-block:0;box-sizing:border-box;border:1px solid #575b63;border-radius:1px}
.rk-t .on{border-color:#1d5fa6;background:#1d5fa6}
.rk-t .at{top:-6px}
.rk-t .at::before{content:'';position:absolute;bottom:calc(100% + 2px);left:50%;width:8px;height:6px;
background:#1b1c1f;clip-path:polygon(0 0,100% 0,50% 100%);translate:-50% 0}
.rk-e{display:flex;justify-content:space-between;margin:0;color:#575b63;font-size:.75rem}
.rk-d summary{color:#575b63;font-size:.875rem;cursor:pointer}
.rk-d table{margin-top:4px;border-collapse:collapse;font-size:.875rem}
.rk-d th,.rk-d td{padding:4px 12px 4px 0;border-bottom:1px solid #d5d8de;font-weight:400;text-align:start}
`,
  data: {
    title: '地区生产总值全国排名',
    where: '广东 · 2024年',
    position: '全国第一',
    streak: '连续36年',
    level: '地区生产总值：超14万亿元',
    place: 1,
    of: 31,
    peersCaption: '排名（共31个）',
    years: [1989, 2024],
    yearsCaption: '连续36年（1989–2024年）',
    summary: '数据表',
    table: [
      ['名次', '全国第一'],
      ['参与排名', '共31个'],
      ['连续年数', '连续36年'],
      ['起止年份', '1989–2024年'],
      ['所排名的指标', '地区生产总值：超14万亿元'],
    ],
    source:
      '来源：<cite><a href="https://www.cnbayarea.org.cn/news/voices/content/post_1278859.html">' +
      '南方日报</a></cite>，<span>2025年1月17日</span>',
  },
  render: (d) => {
    // A row of n equal boxes across the width, `gap` of a step between them; `held` are filled.
    const row = (n, gap, held, label) => {
      const step = 100 / (n - gap);
      let boxes = '';
      for (let i = 0; i < n; i++) {
        const on = held(i);
        boxes += `<i${on ? ` class="${on}"` : ''} style="left:${i * step}%;width:${step * (1 - gap)}%"></i>`;
      }
      return `<div class="rk-t" role="img" aria-label="${label}">${boxes}</div>`;
    };
    const place = d.place - 1;
    const years = d.years[1] - d.years[0] + 1;
    let table = '';
    for (const [k, v] of d.table) table += `<tr><th scope="row">${k}</th><td>${v}</td></tr>`;
    return (
      `<figure class="rk"><p class="f-t">${d.title}</p><p class="rk-w">${d.where}</p>` +
      `<p class="rk-h">${d.position}<i aria-hidden="true"> · </i><em>${d.streak}</em></p>` +
      `<p class="rk-v">${d.level}</p><div class="rk-r"><p class="rk-c">${d.peersCaption}</p>` +
      `${row(d.of, 0.25, (i) => (i === place ? 'on at' : ''), `${d.peersCaption}：${d.position}`)}` +
      `<p class="rk-e" aria-hidden="true"><span>1</span><span>${d.of}</span></p></div>` +
      `<div class="rk-r"><p class="rk-c">${d.yearsCaption}</p>` +
      `${row(years, 0.2, () => 'on', d.yearsCaption)}<p class="rk-e" aria-hidden="true">` +
      `<span>${d.years[0]}</span><span>${d.years[1]}</span></p></div>` +
      `<details class="rk-d"><summary>${d.summary}</summary><table><thead><tr><th scope="col">项目</th>` +
      `<th scope="col">数值</th></tr></thead><tbody>${table}</tbody></table></details>` +
      `<div class="f-f"><a class="f-dl" href="data.csv" download>下载数据</a>` +
      `<p class="f-s">${d.source}</p></div></figure>`
    );
  },
};

export const COMPONENTS = {
  'metric-card': metricCard,
  'target-progress': targetProgress,
  'sector-comparison': sectorComparison,
  trend,
  share,
  rank,
};

/** The baseline stylesheet for a page showing these components. */
export const baselineCss = (names) =>
  BASE_CSS + FRAME_CSS + names.map((n) => COMPONENTS[n].css).join('');
