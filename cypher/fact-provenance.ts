/**
 * How the parallel lists `extractedBy` / `confidence` of a fact are stored and read back (loader, API, web).
 * Neo4j lists hold no nulls, so an entry whose method is not known (evidence loaded before these lists existed,
 * or a producer that gave none) is stored as UNKNOWN_METHOD / UNKNOWN_CONFIDENCE to keep every list parallel.
 */
import { EXTRACTION_METHODS, type ExtractionMethod } from "./model";

export const UNKNOWN_METHOD = "";
export const UNKNOWN_CONFIDENCE = -1;

export function isExtractionMethod(value: unknown): value is ExtractionMethod {
  return typeof value === "string" && (EXTRACTION_METHODS as readonly string[]).includes(value);
}

/** A confidence that means something: a finite number in 0–1 (the sentinel and junk are not). */
export function isConfidence(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** Entry i of a fact's provenance lists; fields are left out when unknown (missing list, sentinel, junk). */
export function provenanceAt(extractedBy: unknown, confidence: unknown, i: number): { method?: ExtractionMethod; confidence?: number } {
  const method: unknown = Array.isArray(extractedBy) ? extractedBy[i] : undefined;
  const value: unknown = Array.isArray(confidence) ? confidence[i] : undefined;
  return { ...(isExtractionMethod(method) ? { method } : {}), ...(isConfidence(value) ? { confidence: value } : {}) };
}

/** The two lists made exactly `length` long: entries that are not a method / confidence become the sentinels. */
export function provenanceLists(extractedBy: unknown, confidence: unknown, length: number): { extractedBy: string[]; confidence: number[] } {
  const out = { extractedBy: [] as string[], confidence: [] as number[] };
  for (let i = 0; i < length; i += 1) {
    const p = provenanceAt(extractedBy, confidence, i);
    out.extractedBy.push(p.method ?? UNKNOWN_METHOD);
    out.confidence.push(p.confidence ?? UNKNOWN_CONFIDENCE);
  }
  return out;
}
