/** Validation of GET /api/graph's query string: year range and label/type lists from the model's unions. */
import { z } from "zod";
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from "../../../cypher/model";

export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

export interface GraphFilter {
  from: number | null;
  to: number | null;
  labels: NodeLabel[];
  types: RelationshipType[];
  /** "Show more": a node budget other than the server's (GRAPH_NODE_BUDGET). */
  nodeBudget: number | null;
}

const year = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `${name} must be a whole year such as 2016`)
    .transform(Number)
    .pipe(z.number().int().min(MIN_YEAR, `${name} must be ${MIN_YEAR} or later`).max(MAX_YEAR, `${name} must be ${MAX_YEAR} or earlier`));

/** Accepts `a,b` or repeated parameters; empty means "all". */
const list = <T extends string>(name: string, allowed: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter((v) => v.length > 0),
    )
    .pipe(
      z.array(
        z.string().refine((v): v is T => (allowed as readonly string[]).includes(v), {
          error: (issue) => `unknown ${name} "${String(issue.input)}"; use one of ${allowed.join(", ")}`,
        }),
      ),
    )
    .transform((values) => [...new Set(values)] as T[]);

export const graphQuerySchema = z
  .object({
    from: year("from").optional(),
    to: year("to").optional(),
    labels: list("label", NODE_LABELS).optional(),
    types: list("relationship type", RELATIONSHIP_TYPES).optional(),
    nodeBudget: z
      .string()
      .trim()
      .regex(/^\d+$/, "nodeBudget must be a whole number")
      .transform(Number)
      .pipe(z.number().int().min(10, "nodeBudget must be at least 10").max(1_000_000, "nodeBudget must be at most 1,000,000"))
      .optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    error: "from must not be after to",
    path: ["from"],
  })
  .transform(
    (q): GraphFilter => ({
      from: q.from ?? null,
      to: q.to ?? null,
      labels: q.labels !== undefined && q.labels.length > 0 ? q.labels : [...NODE_LABELS],
      types: q.types !== undefined && q.types.length > 0 ? q.types : [...RELATIONSHIP_TYPES],
      nodeBudget: q.nodeBudget ?? null,
    }),
  );
