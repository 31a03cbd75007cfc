/** Plain text documents (.txt): the decoded text as it is. */
import { decodeText } from "../text/decode-text";
import { matchExtensions, type DocumentSource } from "./document-source";
import { readSourceFile } from "./read-source-file";

export const textSource: DocumentSource = {
  name: "text",
  match: matchExtensions([".txt"]),
  async load(path, options) {
    return decodeText(await readSourceFile(path, options.maxSize));
  },
};
