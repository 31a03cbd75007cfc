/** Plain text of an HTML page: scripts and styles dropped, block elements as line breaks, entities decoded. */
import { NodeType, parse, type HTMLElement, type Node } from "node-html-parser";

const DROPPED = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "head", "nav", "aside", "footer"]);
/** Site chrome that government portals mark by class or id rather than by element: menus, breadcrumbs, footers. */
const CHROME = /(?:^|[\s_-])(?:nav|navbar|menu|crumbs?|breadcrumbs?|footer|sidebar|share|toolbar)(?:$|[\s_-])/i;
/** "文章标题_栏目_网站名" / "文章标题 - 网站名": a page title's site suffix. */
const TITLE_SUFFIX = /\s*(?:[_|｜]|\s[-—–]\s).*$/;
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
  "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
]);
const CELL = new Set(["td", "th"]);
/** CJK characters, CJK punctuation and full-width forms: a line break between two of them is not a space. */
const CJK = "\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef";
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\n\\f]*[\\r\\n][ \\t\\r\\n\\f]*(?=[${CJK}])`, "g");

/**
 * Returns the text of an HTML document: the <title> as the first line, then the body's text with
 * one line per block element (p, div, li, tr, h1–h6, br …), table cells separated by a space,
 * whitespace collapsed as a browser would (a source line break between Chinese characters adds no space).
 */
export function htmlToText(html: string): string {
  const root = parse(html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/gi, ""), { comment: false, blockTextElements: { script: true, noscript: true, style: true, pre: true } });
  const out: string[] = [];
  const title = pageTitle(root);
  if (title) out.push(title, "\n");
  walk(root, out, false);
  return out
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t\f]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * The article's title: <title> without the section and site names portals append to it
 * ("标题_栏目_网站"), else the page's first <h1>. An <h1> that repeats the title is not repeated in the body.
 */
function pageTitle(root: HTMLElement): string | undefined {
  const raw = root.querySelector("title")?.text.trim() ?? "";
  const stripped = raw.replace(TITLE_SUFFIX, "").trim();
  const h1 = root.querySelector("h1");
  const heading = h1?.text.replace(/\s+/g, " ").trim() ?? "";
  const title = stripped.length >= 4 ? stripped : raw || heading;
  if (h1 && heading === title) h1.remove();
  return title || undefined;
}

function isSiteChrome(element: HTMLElement): boolean {
  const marker = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  return CHROME.test(marker);
}

function walk(node: Node, out: string[], inPre: boolean): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = node.text;
    out.push(inPre ? text : text.replace(BREAK_BETWEEN_CJK, "").replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? "";
  if (DROPPED.has(tag) || isSiteChrome(element)) return;
  const block = BLOCK.has(tag);
  if (block) out.push(CELL.has(tag) ? " " : "\n");
  for (const child of element.childNodes) walk(child, out, inPre || tag === "pre");
  if (block && !CELL.has(tag)) out.push("\n");
}
