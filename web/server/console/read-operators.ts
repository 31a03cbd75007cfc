/**
 * The plan operators a read-only console statement may use (Neo4j 5, slotted and pipelined runtimes,
 * names without their "@neo4j" suffix). The console accepts a plan only when every operator is on
 * this list: anything Neo4j adds later — a write, a SHOW or TERMINATE command, an admin operator —
 * is refused until someone puts it here on purpose.
 */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // Leaves: scans and seeks of nodes and relationships, counts from the count store.
  "AllNodesScan", "NodeByLabelScan", "NodeByIdSeek", "NodeByElementIdSeek",
  "NodeIndexScan", "NodeIndexSeek", "NodeUniqueIndexSeek", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange",
  "NodeIndexContainsScan", "NodeIndexEndsWithScan", "MultiNodeIndexSeek", "AssertingMultiNodeIndexSeek",
  "IntersectionNodeByLabelsScan", "UnionNodeByLabelsScan", "SubtractionNodeByLabelsScan",
  "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek",
  "DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek",
  "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
  "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
  "DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan",
  "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan",
  "DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek",
  "DirectedRelationshipIndexSeekByRange", "UndirectedRelationshipIndexSeekByRange",
  "DirectedRelationshipIndexContainsScan", "UndirectedRelationshipIndexContainsScan",
  "DirectedRelationshipIndexEndsWithScan", "UndirectedRelationshipIndexEndsWithScan",
  "DirectedRelationshipUniqueIndexSeek", "UndirectedRelationshipUniqueIndexSeek",
  "NodeCountFromCountStore", "RelationshipCountFromCountStore", "Argument", "ArgumentTracker", "EmptyRow",
  // Traversal.
  "Expand(All)", "Expand(Into)", "OptionalExpand(All)", "OptionalExpand(Into)",
  "VarLengthExpand(All)", "VarLengthExpand(Into)", "VarLengthExpand(Pruning)", "VarLengthExpand(Pruning,BFS)",
  "BFSPruningVarExpand", "ShortestPath", "StatefulShortestPath(All)", "StatefulShortestPath(Into)",
  "ProjectEndpoints", "Trail", "Repeat(Trail)", "TriadicSelection", "TriadicBuild", "TriadicFilter",
  // Row operators.
  "Filter", "Projection", "ProduceResults", "Limit", "ExhaustiveLimit", "Skip", "Sort", "PartialSort", "Top", "Top1WithTies", "PartialTop",
  "Distinct", "OrderedDistinct", "Aggregation", "EagerAggregation", "OrderedAggregation", "Unwind", "PartitionedUnwind",
  "Optional", "Eager", "EmptyResult", "CacheProperties", "NullifyMetadata", "AssertSameNode", "AssertSameRelationship",
  // Combining branches.
  "Apply", "SemiApply", "AntiSemiApply", "SelectOrSemiApply", "SelectOrAntiSemiApply",
  "LetSemiApply", "LetAntiSemiApply", "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply",
  "RollUpApply", "ConditionalApply", "AntiConditionalApply", "CartesianProduct",
  "NodeHashJoin", "ValueHashJoin", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin", "Union", "OrderedUnion",
  // A procedure call: allowed here, its procedure is checked against the procedure allowlist.
  "ProcedureCall",
]);

/** The operator's name as listed above: without the planner's "@neo4j" suffix. */
export function operatorName(operatorType: string): string {
  return operatorType.replace(/@.*$/, "");
}
