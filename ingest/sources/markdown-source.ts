/** Markdown documents (.md, .markdown): decoded, then the markup that is not text (#, **, links' URLs, fences) removed. */
import { decodeText } from "../text/decode-text";
import { matchExtensions, type DocumentSource } from "./document-source";
import { readSourceFile } from "./read-source-file";

/**
 * Returns the text of a Markdown document: heading and quote markers, bullets, emphasis, code
 * fences and link targets dropped, one output line per input line (numbered items keep their numbers).
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split(/\r\n|\r|\n/)
    .filter((line) => !/^\s*(```|~~~)/.test(line) && !/^\s*([-*_]\s*){3,}$/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/\s+#+\s*$/, "")
        .replace(/^\s*>\s?/, "")
        .replace(/^(\s*)[-*+]\s+/, "$1")
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__)(.+?)\1/g, "$2")
        .replace(/(^|[^*\w])\*(?!\s)([^*]+?)\*(?!\w)/g, "$1$2")
        .replace(/`([^`]*)`/g, "$1"),
    )
    .join("\n");
}

export const markdownSource: DocumentSource = {
  name: "markdown",
  match: matchExtensions([".md", ".markdown"]),
  async load(path, options) {
    const decoded = decodeText(await readSourceFile(path, options.maxSize));
    return { ...decoded, text: markdownToText(decoded.text) };
  },
};
