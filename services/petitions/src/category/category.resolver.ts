import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { AddCategoryInput } from './category.inputs.js';
import { CategoryType } from './category.type.js';

@Resolver(() => CategoryType)
export class CategoryResolver {
  @Query(() => [CategoryType], { description: 'The category tree of petition content' })
  categories(
    @Ctx() ctx: PetitionsContext,
    @Arg('includeRetired', () => Boolean, {
      nullable: true,
      description: 'Retired categories too (the administration console); default only those offered for new petitions',
    })
    includeRetired?: boolean | null,
  ): Promise<CategoryType[]> {
    return ctx.categories.tree(includeRetired ?? false);
  }

  @Mutation(() => CategoryType, { description: 'The administrator adds a category; its code is stable (issue 10)' })
  addCategory(@Ctx() ctx: PetitionsContext, @Arg('input', () => AddCategoryInput) input: AddCategoryInput) {
    return ctx.categoryAdmin.add(input.parentCode, input, input.hot ?? false);
  }

  @Mutation(() => CategoryType, { description: 'The administrator renames a category; its code stays' })
  renameCategory(
    @Ctx() ctx: PetitionsContext,
    @Arg('code', () => String) code: string,
    @Arg('name', () => String) name: string,
    @Arg('nameEn', () => String, { nullable: true }) nameEn?: string | null,
  ) {
    return ctx.categoryAdmin.rename(code, { name, nameEn });
  }

  @Mutation(() => CategoryType, {
    description:
      'The administrator retires a category and those under it: petitions keep it, new ones cannot choose it',
  })
  retireCategory(@Ctx() ctx: PetitionsContext, @Arg('code', () => String) code: string) {
    return ctx.categoryAdmin.retire(code);
  }

  @Mutation(() => CategoryType, { description: 'The administrator marks or unmarks a category as a hot topic (R-HOT)' })
  setCategoryHot(
    @Ctx() ctx: PetitionsContext,
    @Arg('code', () => String) code: string,
    @Arg('hot', () => Boolean) hot: boolean,
  ) {
    return ctx.categoryAdmin.setHot(code, hot);
  }
}
