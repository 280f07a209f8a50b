import { rules, type RuleTree } from '@tjxf/authz';
import { buildSubgraph, type SubgraphSchema } from '@tjxf/subgraph-kit';
import { petitionReference } from './petition/petition.reference.js';
import { PetitionResolver } from './petition/petition.resolver.js';

export const petitionsRules: RuleTree = {
  Query: {
    petition: rules.can('petition:read'),
    petitions: rules.can('petition:read'),
  },
  Petition: rules.can('petition:read'),
  PetitionConnection: rules.can('petition:read'),
  PetitionEdge: rules.can('petition:read'),
  PageInfo: rules.allow,
  Unit: rules.allow,
};

export function buildPetitionsSchema(): Promise<SubgraphSchema> {
  return buildSubgraph({
    resolvers: [PetitionResolver],
    referenceResolvers: { Petition: petitionReference as never },
    rules: petitionsRules,
  });
}
