/**
 * The closed vocabularies of the data model: scripts, units, regions, kinds and tags.
 * Adding a unit or region here is the only way to use one in `data/`; the build rejects the rest.
 */

/** The three scripts every label and unit is written in. Any BCP 47 tag maps onto one of them. */
export const SCRIPTS = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Script = (typeof SCRIPTS)[number];

/** A text in each script. */
export type Labels = Record<Script, string>;

/**
 * How a unit's number is read and written.
 * - `currency`: an amount in base units of the currency (yuan, not 万元).
 * - `percent`: a percentage, 57.1 means 57.1%.
 * - `pp`: a change in percentage points.
 * - `fraction`: a share written as a fraction (1/7, 四分之一, 五成); 0.25 means a quarter.
 * - `times`: a multiple (翻了一番 is 2).
 * - `count`: a number of things, with a measure word.
 * - `rank`: a position, 1 is first.
 * - `duration`: a length of time, e.g. a streak in years.
 * - `quantity`: a physical quantity (milliseconds, PFLOPS).
 */
export type UnitKind =
  'currency' | 'percent' | 'pp' | 'fraction' | 'times' | 'count' | 'rank' | 'duration' | 'quantity';

export interface Unit {
  kind: UnitKind;
  /** What follows the number in each script: 元, 家, 個, "base stations". */
  label: Labels;
  /** English singular, where it differs from the plural in `label.en`. */
  enOne?: string;
}

const count = (hans: string, hant: string, en: string, enOne?: string): Unit => ({
  kind: 'count',
  label: { 'zh-Hans': hans, 'zh-Hant': hant, en },
  ...(enOne ? { enOne } : {}),
});

export const UNITS = {
  cny: { kind: 'currency', label: { 'zh-Hans': '元', 'zh-Hant': '元', en: 'yuan' } },
  usd: {
    kind: 'currency',
    label: { 'zh-Hans': '美元', 'zh-Hant': '美元', en: 'US dollars' },
    enOne: 'US dollar',
  },
  percent: { kind: 'percent', label: { 'zh-Hans': '%', 'zh-Hant': '%', en: '%' } },
  pp: {
    kind: 'pp',
    label: { 'zh-Hans': '个百分点', 'zh-Hant': '個百分點', en: 'percentage points' },
    enOne: 'percentage point',
  },
  fraction: { kind: 'fraction', label: { 'zh-Hans': '', 'zh-Hant': '', en: '' } },
  times: { kind: 'times', label: { 'zh-Hans': '倍', 'zh-Hant': '倍', en: 'times' } },
  rank: { kind: 'rank', label: { 'zh-Hans': '位', 'zh-Hant': '位', en: '' } },
  years: {
    kind: 'duration',
    label: { 'zh-Hans': '年', 'zh-Hant': '年', en: 'years' },
    enOne: 'year',
  },
  months: {
    kind: 'duration',
    label: { 'zh-Hans': '个月', 'zh-Hant': '個月', en: 'months' },
    enOne: 'month',
  },
  ms: { kind: 'quantity', label: { 'zh-Hans': '毫秒', 'zh-Hant': '毫秒', en: 'ms' } },
  pflops: { kind: 'quantity', label: { 'zh-Hans': 'P', 'zh-Hant': 'P', en: 'PFLOPS' } },
  enterprises: count('家', '家', 'enterprises', 'enterprise'),
  'enterprise-visits': count('家次', '家次', 'enterprise visits', 'enterprise visit'),
  factories: count('家', '家', 'factories', 'factory'),
  platforms: count('个', '個', 'platforms', 'platform'),
  centers: count('家', '家', 'centers', 'center'),
  'base-stations': count('个', '個', 'base stations', 'base station'),
  ports: count('个', '個', 'ports', 'port'),
  networks: count('个', '個', 'networks', 'network'),
  terminals: count('个', '個', 'terminals', 'terminal'),
  pools: count('个', '個', 'pools', 'pool'),
  units: count('台(套)', '臺(套)', 'units', 'unit'),
  items: count('项', '項', 'items', 'item'),
  measures: count('条', '條', 'measures', 'measure'),
  projects: count('个', '個', 'projects', 'project'),
  clusters: count('个', '個', 'clusters', 'cluster'),
  categories: count('个', '個', 'categories', 'category'),
  industries: count('个', '個', 'industries', 'industry'),
  products: count('个', '個', 'products', 'product'),
  models: count('个', '個', 'models', 'model'),
  scenarios: count('个', '個', 'scenarios', 'scenario'),
  cases: count('个', '個', 'cases', 'case'),
  zones: count('个', '個', 'zones', 'zone'),
  cities: count('个', '個', 'cities', 'city'),
  countries: count('个', '個', 'countries', 'country'),
  people: count('人', '人', 'people', 'person'),
  households: count('户', '戶', 'households', 'household'),
  laboratories: count('家', '家', 'laboratories', 'laboratory'),
  institutions: count('家', '家', 'institutions', 'institution'),
  sectors: count('个', '個', 'sectors', 'sector'),
  hours: {
    kind: 'duration',
    label: { 'zh-Hans': '小时', 'zh-Hant': '小時', en: 'hours' },
    enOne: 'hour',
  },
  patents: count('件', '件', 'patents', 'patent'),
  events: count('场', '場', 'events', 'event'),
  kinds: count('种', '種', 'kinds', 'kind'),
  batches: count('批', '批', 'batches', 'batch'),
  actions: count('项', '項', 'actions', 'action'),
  vehicles: count('辆', '輛', 'vehicles', 'vehicle'),
  areas: count('个方面', '個方面', 'areas', 'area'),
  bases: count('个', '個', 'bases', 'base'),
  devices: count('台', '臺', 'devices', 'device'),
  cards: count('卡', '卡', 'accelerator cards', 'accelerator card'),
  'business-entities': count('户', '戶', 'business entities', 'business entity'),
} as const satisfies Record<string, Unit>;
export type UnitId = keyof typeof UNITS;

export const REGIONS = {
  guangdong: { 'zh-Hans': '广东', 'zh-Hant': '廣東', en: 'Guangdong' },
  china: { 'zh-Hans': '全国', 'zh-Hant': '全國', en: 'China' },
  gba: { 'zh-Hans': '粤港澳大湾区', 'zh-Hant': '粵港澳大灣區', en: 'Greater Bay Area' },
  guangzhou: { 'zh-Hans': '广州', 'zh-Hant': '廣州', en: 'Guangzhou' },
  shenzhen: { 'zh-Hans': '深圳', 'zh-Hant': '深圳', en: 'Shenzhen' },
  dongguan: { 'zh-Hans': '东莞', 'zh-Hant': '東莞', en: 'Dongguan' },
  foshan: { 'zh-Hans': '佛山', 'zh-Hant': '佛山', en: 'Foshan' },
  shaoguan: { 'zh-Hans': '韶关', 'zh-Hant': '韶關', en: 'Shaoguan' },
  'hong-kong': { 'zh-Hans': '香港', 'zh-Hant': '香港', en: 'Hong Kong' },
  macao: { 'zh-Hans': '澳门', 'zh-Hant': '澳門', en: 'Macao' },
  world: { 'zh-Hans': '全球', 'zh-Hant': '全球', en: 'World' },
} as const satisfies Record<string, Labels>;
export type RegionId = keyof typeof REGIONS;

/** What a figure measures, independent of its unit. */
export const KINDS = [
  'level',
  'share',
  'growth',
  'change',
  'count',
  'rank',
  'streak',
  'ratio',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * How the article qualifies the number: 超 / 突破 / 以上 / 不少于 → over; 约 / 左右 → about;
 * 近 / 接近 → nearly; 不足 → under; 5—10 → range; 30多 / 430余 → odd ("30-odd": more than the
 * figure but short of the next round number, written after it).
 */
export const BOUNDS = ['exact', 'over', 'about', 'nearly', 'under', 'range', 'odd'] as const;
export type Bound = (typeof BOUNDS)[number];

/** 预计 / 有望 → estimate; 力争 / 计划 / 将 / a future year → target. */
export const STATUSES = ['actual', 'estimate', 'target'] as const;
export type Status = (typeof STATUSES)[number];

export const TAGS = [
  'economy',
  'manufacturing',
  'industry',
  'ai',
  '5g',
  'robots',
  'trade',
  'innovation',
  'research',
  'investment',
  'enterprises',
  'digital',
  'software',
  'semiconductors',
  'automotive',
  'energy',
  'agriculture',
  'consumption',
  'low-altitude',
  'talent',
  'policy',
  'infrastructure',
  'finance',
  'reform',
  'services',
  'data',
] as const;
export type Tag = (typeof TAGS)[number];
