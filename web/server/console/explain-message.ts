/**
 * The console plans a statement as `EXPLAIN <statement>`, so Neo4j's errors quote "EXPLAIN …" and count its
 * eight characters in their positions. This puts the message back in terms of what the user wrote.
 */
export const EXPLAIN_PREFIX = "EXPLAIN ";

export function withoutExplainPrefix(message: string): string {
  const shift = EXPLAIN_PREFIX.length;
  const lines = message.split("\n");
  let onFirstLine = false;
  const out = lines.map((line, i) => {
    const position = line.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/, (_m, l: string, c: string, o: string) => {
      onFirstLine = l === "1";
      const column = onFirstLine ? Math.max(1, Number(c) - shift) : Number(c);
      return `(line ${l}, column ${column} (offset: ${Math.max(0, Number(o) - shift)}))`;
    });
    if (position !== line) return position;
    if (line.startsWith(`"${EXPLAIN_PREFIX}`)) return `"${line.slice(1 + shift)}`;
    // The caret under the quoted first line moves left with it.
    if (onFirstLine && /^ *\^$/.test(line) && lines[i - 1]?.startsWith(`"${EXPLAIN_PREFIX}`)) return line.slice(shift);
    return line;
  });
  return out.join("\n");
}
