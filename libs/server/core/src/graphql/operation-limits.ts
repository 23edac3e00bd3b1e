import {
  Kind,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface OperationMeasure {
  depth: number;
  cost: number;
}

const PAGE_ARGUMENTS = ['first', 'last'];
const DEFAULT_LIST_SIZE = 20;

/**
 * Measures an operation before it runs. Depth counts nested fields; cost counts every field once per
 * item it may be resolved for, where a paginated field (`first` / `last`) multiplies its selection by
 * the page size asked for (or its default).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { depth: 0, cost: 0 };

  const pageSizeOf = (field: GraphQLField<unknown, unknown>, node: { arguments?: readonly unknown[] }) => {
    for (const name of PAGE_ARGUMENTS) {
      const argDef = field.args.find((a) => a.name === name);
      if (!argDef) continue;
      const argNode = (node.arguments as { name: { value: string }; value: never }[] | undefined)?.find(
        (a) => a.name.value === name,
      );
      const value = argNode ? valueFromAST(argNode.value, argDef.type, variables) : argDef.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, Math.min(value, 1000));
      return DEFAULT_LIST_SIZE;
    }
    // Unpaginated lists (a connection's `nodes`, small fixed lists) are paid for by their paginated parent.
    return 1;
  };

  const visit = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    seen: Set<string>,
  ): OperationMeasure => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const field = fields[selection.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        let childDepth = 0;
        let childCost = 0;
        if (selection.selectionSet && isCompositeType(named)) {
          const child = visit(selection.selectionSet, named, seen);
          childDepth = child.depth;
          childCost = child.cost;
        }
        depth = Math.max(depth, 1 + childDepth);
        cost += 1 + childCost * pageSizeOf(field, selection);
      } else {
        let target: SelectionSetNode | undefined;
        let condition: GraphQLCompositeType = parent;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          target = selection.selectionSet;
          if (selection.typeCondition) {
            const type = schema.getType(selection.typeCondition.name.value);
            if (type && isCompositeType(type)) condition = type;
          }
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          target = fragment.selectionSet;
          const type = schema.getType(fragment.typeCondition.name.value);
          if (type && isCompositeType(type)) condition = type;
          seen = new Set(seen).add(name);
        }
        const inner = visit(target, condition, seen);
        depth = Math.max(depth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth, cost };
  };

  return visit(operation.selectionSet, root, new Set());
}

/** True for an operation that only asks for the schema (`__schema` / `__type`). */
export function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (s) =>
      s.kind === Kind.FIELD &&
      (s.name.value === '__schema' || s.name.value === '__type' || s.name.value === '__typename'),
  );
}
