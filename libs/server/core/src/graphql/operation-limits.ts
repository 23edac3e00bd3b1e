import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { COST_EXTENSION, type FieldCost } from './cost.decorator';

export interface OperationMeasure {
  depth: number;
  cost: number;
  /** How many times each expensive field (one with `maxPerOperation`) appears, by `Type.field`. */
  expensive: Map<string, { count: number; max: number }>;
}

const PAGE_ARGUMENTS = ['first', 'last'];
const DEFAULT_LIST_SIZE = 20;
const META_FIELDS: Record<string, GraphQLField<unknown, unknown>> = {
  __schema: SchemaMetaFieldDef,
  __type: TypeMetaFieldDef,
  __typename: TypeNameMetaFieldDef,
};

/**
 * Measures an operation before it runs. Depth counts nested fields; cost counts every field once per
 * item it may be resolved for, where a paginated field (`first` / `last`) multiplies its selection by
 * the page size asked for (or its default), plus what a field declares with `@Cost` (work that grows
 * with its input or page). Introspection fields count towards the cost (not the depth).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const expensive = new Map<string, { count: number; max: number }>();
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
  if (!root) return { depth: 0, cost: 0, expensive };

  const argumentValue = (field: GraphQLField<unknown, unknown>, node: FieldNode, name: string): unknown => {
    const argDef = field.args.find((a) => a.name === name);
    if (!argDef) return undefined;
    const argNode = (node.arguments as readonly ArgumentNode[] | undefined)?.find(
      (a) => a.name.value === name,
    );
    try {
      return argNode ? valueFromAST(argNode.value, argDef.type, variables) : argDef.defaultValue;
    } catch {
      return undefined;
    }
  };

  const pageSizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    for (const name of PAGE_ARGUMENTS) {
      if (!field.args.some((a) => a.name === name)) continue;
      const value = argumentValue(field, node, name);
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, Math.min(value, 1000));
      return DEFAULT_LIST_SIZE;
    }
    // Unpaginated lists (a connection's `nodes`, small fixed lists) are paid for by their paginated parent.
    return 1;
  };

  const ownCost = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    pageSize: number,
  ): number => {
    const declared = field.extensions?.[COST_EXTENSION] as FieldCost | undefined;
    if (!declared) return 1;
    let cost = declared.base ?? 1;
    if (declared.perItem) cost += declared.perItem * pageSize;
    if (declared.perChars) {
      const value = argumentValue(field, node, declared.perChars.arg);
      if (typeof value === 'string') cost += Math.ceil(value.length / declared.perChars.chars);
    }
    if (declared.maxPerOperation !== undefined) {
      const key = `${parent.name}.${field.name}`;
      const seen = expensive.get(key) ?? { count: 0, max: declared.maxPerOperation };
      seen.count += 1;
      expensive.set(key, seen);
    }
    return cost;
  };

  const visit = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    seen: Set<string>,
  ): { depth: number; cost: number } => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const meta = name.startsWith('__');
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const field = meta ? META_FIELDS[name] : fields[name];
        if (!field) continue;
        const named = getNamedType(field.type);
        let childDepth = 0;
        let childCost = 0;
        if (selection.selectionSet && isCompositeType(named)) {
          const child = visit(selection.selectionSet, named, seen);
          childDepth = child.depth;
          childCost = child.cost;
        }
        const pageSize = pageSizeOf(field, selection);
        if (!meta && !named.name.startsWith('__')) depth = Math.max(depth, 1 + childDepth);
        cost += ownCost(parent, field, selection, pageSize) + childCost * pageSize;
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

  return { ...visit(operation.selectionSet, root, new Set()), expensive };
}
