/** The model's vocabulary in the UI's languages: extraction methods and document kinds (typed by cypher/model.ts's unions). */
import type { DocumentKind, ExtractionMethod } from "../../cypher/model";
import type { UiLang } from "./i18n";

const METHODS: Record<UiLang, Record<ExtractionMethod, string>> = {
  zh: {
    "explicit-subject": "主语明确",
    "co-subject": "并列主语",
    "topic-chain": "承前主语",
    "section-owner": "所在章节",
    "item-owner": "所在条目",
    "document-subject": "全文主体",
    "post-pattern": "职务写法",
    appointment: "任免句",
    "collaboration-cue": "合作用语",
  },
  en: {
    "explicit-subject": "explicit subject",
    "co-subject": "co-subject",
    "topic-chain": "topic chain",
    "section-owner": "section owner",
    "item-owner": "item owner",
    "document-subject": "document subject",
    "post-pattern": "post pattern",
    appointment: "appointment",
    "collaboration-cue": "collaboration cue",
  },
};

const KINDS: Record<UiLang, Record<DocumentKind, string>> = {
  zh: {
    "work-conference-report": "工作会议报告",
    speech: "讲话",
    "bureau-review": "司局工作回顾",
    interview: "访谈",
    "press-conference": "新闻发布会",
    notice: "通知",
    "joint-notice": "联合通知",
    "proposal-reply": "建议提案答复",
    "personnel-news": "人事消息",
    provincial: "地方文件",
    other: "其他",
  },
  en: {
    "work-conference-report": "work conference report",
    speech: "speech",
    "bureau-review": "bureau review",
    interview: "interview",
    "press-conference": "press conference",
    notice: "notice",
    "joint-notice": "joint notice",
    "proposal-reply": "reply to a proposal",
    "personnel-news": "personnel news",
    provincial: "provincial",
    other: "other",
  },
};

export function methodName(lang: UiLang, method: ExtractionMethod): string {
  return METHODS[lang][method];
}

export function documentKindName(lang: UiLang, kind: DocumentKind): string {
  return KINDS[lang][kind];
}

/**
 * The badge beside an evidence sentence: "主语明确 · 0.90" / "explicit subject · 0.90"; either part alone when
 * the other is unknown, null when both are (facts loaded before methods were recorded).
 */
export function provenanceText(lang: UiLang, item: { method?: ExtractionMethod; confidence?: number }): string | null {
  const parts = [item.method === undefined ? null : methodName(lang, item.method), item.confidence === undefined ? null : item.confidence.toFixed(2)];
  const known = parts.filter((p): p is string => p !== null);
  return known.length === 0 ? null : known.join(" · ");
}
