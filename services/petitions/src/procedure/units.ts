import { ErrorCode, UnitKind, refuse } from '@tjxf/domain';
import type { DirectoryUnit, UnitLookup } from '../unit-directory/unit-directory.service.js';

/** The units a step names or needs, from the unit directory. */
export class StepUnits {
  constructor(private readonly directory: UnitLookup | null) {}

  /** A unit the record already names (it must be in the directory). */
  async require(id: string): Promise<DirectoryUnit> {
    const unit = await this.lookup().get(id);
    if (!unit) throw new Error(`unit ${id} is not in the unit directory`);
    return unit;
  }

  /** A unit the caller chose to handle a petition: a government, office or department, not a region. */
  async handling(id: string | null | undefined, field: string): Promise<DirectoryUnit> {
    const unit = id ? await this.lookup().get(id) : undefined;
    if (!unit || unit.kind === UnitKind.REGION)
      throw refuse(ErrorCode.BAD_USER_INPUT, 'RESPONSIBLE_UNIT_REQUIRED', undefined, { field });
    return unit;
  }

  /** A unit when the directory knows it (what the permission check compares with). */
  async find(id: string | null | undefined): Promise<DirectoryUnit | null> {
    return id ? ((await this.directory?.get(id)) ?? null) : null;
  }

  async all(): Promise<DirectoryUnit[]> {
    return this.lookup().all();
  }

  private lookup(): UnitLookup {
    if (!this.directory)
      throw new Error('the unit directory is not configured (UNITS_INTERNAL_URL, SERVICE_TOKEN_PRIVATE_KEY)');
    return this.directory;
  }
}
