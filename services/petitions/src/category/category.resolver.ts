import { Ctx, Query, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { CategoryType } from './category.type.js';

@Resolver(() => CategoryType)
export class CategoryResolver {
  @Query(() => [CategoryType], { description: 'The category tree of petition content' })
  categories(@Ctx() ctx: PetitionsContext): Promise<CategoryType[]> {
    return ctx.categories.tree();
  }
}
