import { GraphQLError, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, or, rule, shield } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';

/** A rule of graphql-shield (its typings do not export the union). */
export type ShieldRule = IRule | typeof allow | typeof deny | ReturnType<typeof or>;
import { ErrorCode } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { reasonMessage } from '@tjxf/i18n/reasons';
import { hasPermission, type Permission } from './permissions.js';

/** What a rule needs from the request context. */
export interface AuthzContext {
  viewer: Viewer;
}

// One instance each: rules refuse often (every field of an `any` that does not apply), and
// graphql-js wraps a refusal with its path rather than changing it, so sharing is safe.
const FORBIDDEN = new GraphQLError(reasonMessage('NOT_ALLOWED'), {
  extensions: { code: ErrorCode.FORBIDDEN, reason: 'NOT_ALLOWED' },
});
const UNAUTHENTICATED = new GraphQLError(reasonMessage('SIGN_IN_REQUIRED'), {
  extensions: { code: ErrorCode.UNAUTHENTICATED, reason: 'SIGN_IN_REQUIRED' },
});
export const forbidden = () => FORBIDDEN;
export const unauthenticated = () => UNAUTHENTICATED;

const permissionRules = new Map<Permission, ShieldRule>();

/** Rules to compose a subgraph's rule tree from. */
export const rules: {
  allow: ShieldRule;
  deny: ShieldRule;
  authenticated: ShieldRule;
  gateway: ShieldRule;
  can(permission: Permission): ShieldRule;
  /** Allowed when any of the rules allows (the first refusal's error otherwise). */
  any(...options: ShieldRule[]): ShieldRule;
} = {
  /** Open to anyone who reached the subgraph (the gateway vouched for the request). */
  allow,
  deny,
  authenticated: rule({ cache: 'contextual' })((_p, _a, ctx: AuthzContext) =>
    ctx.viewer.accountId ? true : unauthenticated(),
  ),
  /** The federation fields the gateway calls: the HTTP layer already refused anyone else. */
  gateway: allow,
  can(permission: Permission) {
    let cached = permissionRules.get(permission);
    if (!cached) {
      cached = rule(`can:${permission}`, { cache: 'contextual' })((_p, _a, ctx: AuthzContext) => {
        if (hasPermission(ctx.viewer, permission)) return true;
        return ctx.viewer.accountId ? forbidden() : unauthenticated();
      });
      permissionRules.set(permission, cached);
    }
    return cached;
  },
  any: (...options) => or(...(options as Parameters<typeof or>)),
};

export type RuleTree = IRules;

/**
 * A rule that looks at the object being read (e.g. "one's own account"). Return true to
 * allow, or the error to refuse with.
 */
export function defineRule<TParent = unknown>(
  name: string,
  check: (
    parent: TParent,
    ctx: AuthzContext,
    info: GraphQLResolveInfo,
  ) => true | GraphQLError | Promise<true | GraphQLError>,
): ShieldRule {
  // no_cache: 'strict' would hash the whole parent (a petition's content) for every field
  return rule(name, { cache: 'no_cache' })((parent: TParent, _args, ctx: AuthzContext, info: GraphQLResolveInfo) =>
    check(parent, ctx, info),
  );
}

/**
 * Wraps a schema so that every field is denied unless the rule tree allows it. The tree
 * names a rule per type (covering its fields) or per field.
 */
export function authorize(schema: GraphQLSchema, tree: RuleTree): GraphQLSchema {
  return applyMiddleware(
    schema,
    shield(tree, {
      fallbackRule: deny,
      fallbackError: forbidden,
      allowExternalErrors: true,
      debug: false,
    }),
  );
}

/**
 * graphql's isObjectType by its tag rather than instanceof: @apollo/subgraph builds with the
 * CommonJS graphql, type-graphql with the ESM one, and both copies end up in one schema.
 */
export const isObjectTypeOfAnyRealm = (type: unknown): type is GraphQLObjectType =>
  Object.prototype.toString.call(type) === '[object GraphQLObjectType]';

const IGNORED_TYPES = /^(__|_Service$|_Any$|_Entity$|link__|join__)/;

/** Fields of the schema's object types that no rule of the tree names (so they are denied). */
export function fieldsWithoutRule(schema: GraphQLSchema, tree: RuleTree): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectTypeOfAnyRealm(type) || IGNORED_TYPES.test(type.name)) continue;
    const typeRules = (tree as Record<string, unknown>)[type.name];
    if (typeRules && typeof typeRules !== 'object') continue; // one rule for the whole type
    if (typeRules && typeof typeRules === 'object' && ('resolve' in typeRules || '*' in typeRules)) continue;
    for (const field of Object.keys(type.getFields())) {
      const fieldRule = (typeRules as Record<string, unknown> | undefined)?.[field];
      if (!fieldRule) missing.push(`${type.name}.${field}`);
    }
  }
  return missing;
}

/** The root field an object was reached through (e.g. `login`, `submitPetition`). */
export function rootFieldOf(info: GraphQLResolveInfo): string | number {
  let path: GraphQLResolveInfo['path'] = info.path;
  while (path.prev) path = path.prev;
  return path.key;
}
