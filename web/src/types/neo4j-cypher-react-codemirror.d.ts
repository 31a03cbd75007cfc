/** The package ships its types but its "exports" map hides them from TypeScript; this points TypeScript at them. */
declare module "@neo4j-cypher/react-codemirror" {
  import type {
    CypherEditor as Editor,
    CypherEditorProps as Props,
  } from "@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts";
  export const CypherEditor: typeof Editor;
  export type CypherEditorProps = Props;
}
