/**
 * The words of a metric as an indicator is named by them, not as they are spelt: texts name
 * R&D intensity 研发投入强度, 全社会研发经费投入强度, 研究与试验发展(R&D)经费投入强度 or
 * 研发经费支出占地区生产总值比重, and technology contract turnover 技术市场成交额 or
 * 技术合同登记额. Both a metric and the indicators' names are read into one wording by the
 * table below (folded to simplified script first), so that any of a concept's wordings finds
 * any of its names; the rule that the name ending latest wins is then applied to them.
 */

/**
 * Terms that mean one another, each written as its first: [the one wording, what reads as it].
 * Longer terms come before the shorter ones inside them, since each rewrites the text the
 * rows above it left.
 */
const EQUIVALENT: readonly (readonly [string, RegExp])[] = [
  // The share of GDP a spending is, which a work report calls its intensity.
  ['强度', /占(?:全省|全市|全区|本地区)?(?:地区)?(?:生产总值|gdp)(?:的)?(?:比重|比例)|与(?:地区生产总值|gdp)之比/gu],
  ['研发', /研究与试验发展|研究和试验发展|研究与实验发展|研究与开发|研究开发|r&d|研发/gu],
  // 经费, 经费投入, 经费支出, 经费内部支出: what is spent, however the statistics name it.
  ['投入', /经费(?:内部)?(?:投入|支出)|经费|投入|支出/gu],
  ['科技', /科学技术/gu],
  ['财政科技', /一般公共预算科技(?=投入)|科技财政(?=投入)|财政科技/gu],
  ['技术合同', /技术市场|技术交易(?=额|金额|成交)|技术合同登记(?=成交|额|金额)|技术合同/gu],
  // Of a technology contract, what it is worth however it is counted: 成交额, 交易额, 登记额, or 额 alone once 登记 is read.
  ['成交额', /(?<=技术合同)(?:成交|交易)?(?:金额|额)/gu],
  ['创新平台', /科技创新平台|科创平台|研发平台|创新平台/gu],
  ['高新技术企业', /国家级?高新技术企业|高新企业|高新技术企业/gu],
];

/** Words a metric may hold or leave out without naming anything else: the whole place, the period a certificate is valid in, the counting. */
const OPTIONAL = [
  /全社会|全省|全市|全区|全县|全州|全盟|全旗|有效期内|有效|年度/gu,
  // A count's word after what it counts (高新技术企业数, 创新平台总数): never 数 elsewhere, which is 数字经济's.
  /(?<=企业|平台|机构|中心|空间|孵化器|基地|人才)(?:总数|数量|数目|总量|数)/gu,
];

/** Marks that name no word: spaces a PDF left, quotation marks around 小巨人, an abbreviation in brackets after its name. */
const NOISE = /\s+|[“”"「」『』‘’']|[(（](?:r&d|gdp|研发)[)）]/gu;

/**
 * A folded (simplified) metric or name in the one wording. Cheap (a few replacements), since
 * every figure's metric is read so; names are read once per vocabulary.
 */
export function wording(folded: string): string {
  let w = folded.toLowerCase().replace(/＆/gu, '&').replace(NOISE, '');
  for (const [one, others] of EQUIVALENT) w = w.replace(others, one);
  for (const optional of OPTIONAL) w = w.replace(optional, '');
  return w.replace(/投入(?:投入)+/gu, '投入');
}
