import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { AuditEventConnectionType, AuditLogFilterInput } from './audit.type.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnectionType, {
    description: 'Who did what to which account, and every sign-in, newest first (`audit:read`)',
  })
  auditLog(
    @Ctx() ctx: IdentityContext,
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter?: AuditLogFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEventConnectionType> {
    return ctx.audit.list(filter, first, after);
  }
}
