/** HTML documents (.html, .htm): decoded, then reduced to their text. */
import { decodeText } from "../text/decode-text";
import { EmptyFileError } from "../errors";
import { matchExtensions, type DocumentSource } from "./document-source";
import { htmlToText } from "./html-to-text";
import { readSourceFile } from "./read-source-file";

export const htmlSource: DocumentSource = {
  name: "html",
  match: matchExtensions([".html", ".htm", ".xhtml"]),
  async load(path, options) {
    const decoded = decodeText(await readSourceFile(path, options.maxSize));
    const text = htmlToText(decoded.text);
    if (text.length === 0) throw new EmptyFileError("read", decoded.file, "the page has no text");
    return { ...decoded, text };
  },
};
