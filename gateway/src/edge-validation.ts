import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode, isStorableText, isUuid } from '@tjxf/domain';
import { reasonMessage, type Reason } from '@tjxf/i18n/reasons';
import { reasonExtensions } from './errors.js';
import {
  GraphQLError,
  TypeInfo,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';

interface InputProblem {
  field: string;
  reason: 'TEXT_NOT_STORABLE' | 'INVALID_ID';
}

/**
 * Every value an operation passes (arguments, input fields, list items, literals and
 * variables alike) checked against its type before anything is planned: texts must be storable
 * and every `ID` must be a UUID, which every id of this platform is (each record's key is one;
 * codes such as `categoryCode` or `regionCode` are `String`s). The first problem is named by its
 * path from the argument, e.g. `input.petitioners[0].name`.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): InputProblem | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  // badly typed variables are refused by the gateway's own coercion, with its message
  if (coerced.errors) return null;
  const typeInfo = new TypeInfo(schema);
  let problem: InputProblem | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (problem || !argument) return;
        const value = valueFromAST(node.value, argument.type, coerced.coerced);
        problem = checkValue(value, argument.type, argument.name);
      },
    }),
  );
  return problem;
}

function checkValue(value: unknown, type: GraphQLInputType, path: string): InputProblem | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries()) {
      const problem = checkValue(item, nullable.ofType, `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const problem = checkValue((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  if (!isStorableText(value)) return { field: path, reason: 'TEXT_NOT_STORABLE' };
  if (getNamedType(type).name === 'ID' && !isUuid(value)) return { field: path, reason: 'INVALID_ID' };
  return null;
}

const refusal = (code: string, reason: Reason, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(reasonMessage(reason), {
    extensions: { code, ...extensions, ...reasonExtensions(reason), http: { status: 400 } },
  });

/**
 * Refuses at the edge, with HTTP 400 and a code, what would otherwise fail deep inside as an
 * internal error: a document whose operation cannot be chosen, and unstorable texts or
 * malformed ids anywhere in the input (issue 8).
 */
export function edgeValidationPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request }) {
          if (!operation) throw refusal('OPERATION_RESOLUTION_FAILURE', 'OPERATION_NAME_REQUIRED');
          const problem = findInputProblem(schema, document, operation, request.variables);
          if (problem) throw refusal(ErrorCode.BAD_USER_INPUT, problem.reason, { field: problem.field });
        },
      };
    },
  };
}

/** A validation rule: an operation of a kind the schema has no root for (a subscription) is invalid. */
export const SupportedOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation))
      context.reportError(
        new GraphQLError(reasonMessage('SUBSCRIPTIONS_NOT_SERVED'), {
          nodes: [node],
          extensions: reasonExtensions('SUBSCRIPTIONS_NOT_SERVED'),
        }),
      );
  },
});
