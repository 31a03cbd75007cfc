/**
 * Chinese names for the API bench's synthetic graph: unique per label, built from the vocabulary of MIIT's
 * documents (departments, industries, kinds of program), so that search, pinyin and full-text work on text
 * like the real corpus's rather than on "节点17".
 */
import { pick, randomIndex } from "./prng";

const MINISTRIES = [
  "工业和信息化部", "国家发展和改革委员会", "财政部", "科学技术部", "商务部", "生态环境部", "交通运输部", "自然资源部",
  "人力资源和社会保障部", "教育部", "农业农村部", "国家市场监督管理总局", "国家能源局", "国家国防科技工业局",
  "国家烟草专卖局", "国家知识产权局", "国务院国有资产监督管理委员会", "中国人民银行", "海关总署", "国家统计局",
];

export const PROVINCES = [
  "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
  "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
  "青海", "宁夏", "新疆",
];

const CITIES = [
  "深圳", "苏州", "杭州", "宁波", "无锡", "青岛", "厦门", "东莞", "佛山", "合肥", "武汉", "成都", "西安", "长沙",
  "郑州", "南京", "大连", "沈阳", "哈尔滨", "长春", "济南", "福州", "昆明", "南宁", "贵阳", "兰州", "太原", "石家庄",
];

const DEPARTMENTS = [
  "规划", "政策法规", "产业政策", "科技", "运行监测协调", "中小企业", "节能与综合利用", "安全生产", "原材料工业",
  "装备工业", "消费品工业", "电子信息", "软件服务业", "通信发展", "电信管理", "网络安全管理", "无线电管理",
  "信息化推进", "信息化和软件服务业", "财务", "人事教育", "国际合作", "军民结合推进", "产业发展促进",
];

const INDUSTRIES = [
  "工业强基", "智能制造", "绿色制造", "新材料", "集成电路", "工业互联网", "新能源汽车", "高端装备", "机器人",
  "航空发动机", "船舶", "稀土", "钢铁", "石化", "有色金属", "建材", "纺织", "轻工", "食品", "医药", "信息消费",
  "大数据", "云计算", "人工智能", "5G", "物联网", "北斗导航", "网络安全", "软件", "工业设计", "服务型制造",
  "质量品牌", "两化融合", "节能环保", "安全应急", "民爆", "农机装备", "海洋工程装备", "轨道交通装备", "电力装备",
];

const PROGRAM_KINDS = [
  "工程", "专项行动", "试点示范", "行动计划", "发展规划", "专项", "培育计划", "提升行动", "创新工程",
  "公共服务平台", "标准体系建设", "产业集群", "揭榜挂帅", "攻关项目", "应用推广", "示范基地",
];

const PROGRAM_QUALIFIERS = [
  "", "国家", "重点", "十二五", "十三五", "十四五", "区域", "新一代", "中小企业", "首台套", "产业链", "先进",
  "特色", "融合", "协同", "高质量发展", "制造业", "数字化", "专精特新", "国际化",
];

const PROGRAM_PHASES = ["", "（一期）", "（二期）", "（三期）"];

const ORG_SUFFIXES = [
  "研究院", "研究所", "产业联盟", "行业协会", "集团有限公司", "股份有限公司", "创新中心", "检测中心", "大学",
  "产业园", "促进中心", "学会",
];

const SURNAMES = [
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林",
  "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于",
  "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆",
  "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛",
];

const GIVEN = [
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞",
  "平", "刚", "桂", "英", "华", "建", "国", "文", "辉", "力", "志", "鹏", "宇", "浩", "峰", "新", "春", "海", "林",
  "东", "晓", "云", "红", "光", "斌", "波", "宁", "玉", "荣", "振", "立", "德", "安", "晨", "亮", "卫", "兵", "彬",
];

export const POST_TITLES = ["部长", "副部长", "司长", "副司长", "局长", "副局长", "巡视员", "主任", "副主任", "处长", "总工程师", "党组书记", "院长", "理事长"];

/** Distinct names from a generator that may repeat itself: draws until `count` are found (throws when it cannot). */
function distinct(count: number, draw: (attempt: number) => string): string[] {
  const names = new Set<string>();
  for (let attempt = 0; names.size < count; attempt++) {
    if (attempt > count * 50) throw new Error(`api-names: only ${names.size} distinct names of ${count}`);
    names.add(draw(attempt));
  }
  return [...names];
}

export function ministryNames(count: number): string[] {
  return distinct(count, (i) => MINISTRIES[i] ?? `${PROVINCES[(i - MINISTRIES.length) % PROVINCES.length]}省工业和信息化厅${i >= MINISTRIES.length + PROVINCES.length ? CITIES[i % CITIES.length] : ""}`);
}

/** MIIT's own departments first (规划司 …), then provincial divisions (江苏规划处 …). */
export function bureauNames(count: number, rand: () => number): string[] {
  return distinct(count, (i) => (i < DEPARTMENTS.length ? `${DEPARTMENTS[i]}司` : `${pick(rand, [...PROVINCES, ...CITIES])}${pick(rand, DEPARTMENTS)}${pick(rand, ["处", "局", "办公室"])}`));
}

export function organizationNames(count: number, rand: () => number): string[] {
  return distinct(count, () => `${pick(rand, [...PROVINCES, ...CITIES, "中国", "国家"])}${pick(rand, INDUSTRIES)}${pick(rand, ORG_SUFFIXES)}`);
}

/** Qualifier, industry, kind and phase: 51,200 combinations, enough for 15,000 distinct programs. */
export function programNames(count: number, rand: () => number): string[] {
  return distinct(count, () => `${pick(rand, PROGRAM_QUALIFIERS)}${pick(rand, INDUSTRIES)}${pick(rand, PROGRAM_KINDS)}${pick(rand, PROGRAM_PHASES)}`);
}

/** The short form analysts write for a program: its name without qualifier and phase (an alias when it differs). */
export function programShortName(name: string): string | undefined {
  for (const industry of INDUSTRIES) {
    const at = name.indexOf(industry);
    if (at < 0) continue;
    const short = name.slice(at).replace(/（.期）$/, "");
    return short === name ? undefined : short;
  }
  return undefined;
}

export function personNames(count: number, rand: () => number): string[] {
  return distinct(count, () => `${pick(rand, SURNAMES)}${pick(rand, GIVEN)}${rand() < 0.6 ? pick(rand, GIVEN) : ""}`);
}

/** A source document's title: its issuer's notice, opinion or report on an industry's program, in its year. */
export function documentTitle(issuer: string, year: number, rand: () => number): string {
  const industry = pick(rand, INDUSTRIES);
  const form = pick(rand, ["关于印发%的通知", "关于推进%的指导意见", "关于开展%工作的通知", "%年度工作要点", "在%推进会上的讲话", "%工作情况的报告"]);
  return `${issuer}${form.replace("%", `${year}年${industry}${pick(rand, PROGRAM_KINDS)}`)}`;
}

/** A cited title (a document named in others, not loaded itself). */
export function citedTitle(index: number, rand: () => number): string {
  return `《${pick(rand, INDUSTRIES)}${pick(rand, PROGRAM_KINDS)}${pick(rand, ["实施方案", "管理办法", "指南", "规划纲要", "行动方案"])}（${2005 + (index % 20)}—${2010 + (index % 20)}年）》第${index + 1}号`;
}

/** An English name for some entities (search matches nameEn too). */
export function englishName(kind: string, index: number): string {
  return `${kind} ${index + 1}`;
}

/** The sentence that states a fact, as the extraction keeps it: subject, verb, object, some context. */
export function evidenceSentence(subject: string, verb: string, object: string, year: number, rand: () => number): string {
  const lead = pick(rand, ["", "一年来，", "今年以来，", "下一步，", "会议指出，", "据介绍，"]);
  const tail = pick(rand, ["，取得积极成效。", "，推动产业迈向中高端。", "，累计支持项目" + String(10 + randomIndex(rand, 990)) + "个。", "。", "，形成一批可复制可推广的经验。"]);
  return `${lead}${year}年，${subject}${verb}${object}${tail}`;
}
