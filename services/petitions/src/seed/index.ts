import type { MikroORM } from '@tjxf/db-kit';
import { PetitionStatus, Role, demoId, unitIdForKey, type UnitDirectoryEntry } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { INTAKE_DEFAULTS, IntakeService } from '../intake/intake.service.js';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { PetitionEntity } from '../petition/petition.entity.js';
import { ProcedureService } from '../procedure/procedure.service.js';
import { StaticUnitDirectory } from '../unit-directory/unit-directory.service.js';
import { LIBRARY_CALENDAR_LOOKUP } from '../calendar/work-calendar.service.js';
import { DEMO_PETITIONS } from './demo-petitions.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** The demo seed acting as a unit's staff (an account of its own per unit, never signed in). */
const seedViewer = (unitKey: string, role: Role, unit: { id: string; regionCode: string }): Viewer => ({
  accountId: demoId('account', `demo-seed:${unitKey}`),
  username: null,
  roles: [role],
  units: [unit],
  representativeKind: null,
  ip: null,
});
const officeViewer = (officeKey: string) =>
  seedViewer(officeKey, Role.PETITION_OFFICER, { id: unitIdForKey(officeKey), regionCode: officeKey.split('/')[0]! });

/**
 * Demo petitions, registered through the real intake (encryption, history, deadline, event),
 * each by its district's petition office, then taken through the real procedure as far as
 * their demo status: forwarded by the office an hour after receipt (AWAITING_ACCEPTANCE), and
 * accepted by the unit a day later (ACCEPTED), with their clocks computed from those moments.
 * The procedure needs the units directory, which the launcher hands over from the units
 * service. Reruns change nothing: each has a fixed idempotency key.
 */
export async function seedDemoPetitions(
  orm: MikroORM,
  cipher: PersonalDataCipher,
  unitDirectory: readonly UnitDirectoryEntry[] | undefined,
): Promise<void> {
  const directory = unitDirectory ? new StaticUnitDirectory(unitDirectory) : null;
  // a fresh demo database has no published arrangement yet: the library's years and the law's days
  const calendar = LIBRARY_CALENDAR_LOOKUP;
  for (const demo of DEMO_PETITIONS) {
    const em = orm.em.fork();
    // already seeded: skip it rather than let intake's idempotency catch a duplicate key
    if (await em.count(PetitionEntity, { idempotencyKey: `demo-seed:${demo.key}` })) continue;
    const intake = new IntakeService(
      em,
      officeViewer(demo.officeKey),
      cipher,
      { collectiveThreshold: INTAKE_DEFAULTS.collectiveThreshold },
      directory,
      calendar,
    );
    const receivedAt = new Date(Date.now() - demo.daysAgo * DAY);
    const { petition } = await intake.registerByStaff({
      idempotencyKey: `demo-seed:${demo.key}`,
      kind: demo.kind,
      channel: demo.channel,
      receivedAt,
      categoryCode: demo.categoryCode,
      regionCode: demo.regionCode,
      title: demo.title,
      content: demo.content,
      petitioners: [demo.petitioner],
    });
    if (!demo.leadUnitKey || petition.status !== PetitionStatus.REGISTERED) continue;
    if (!directory) throw new Error('the demo petitions need the units directory (lent by the units service)');
    const at = (hours: number) => () => new Date(receivedAt.getTime() + hours * HOUR);
    const leadUnit = await directory.get(unitIdForKey(demo.leadUnitKey));
    if (!leadUnit) throw new Error(`demo unit ${demo.leadUnitKey} is not in the units directory`);
    await new ProcedureService(orm.em.fork(), officeViewer(demo.officeKey), directory, calendar, at(1)).dispose(
      petition.id,
      {
        mode: 'FORWARD',
        unitId: leadUnit.id,
      },
    );
    if (demo.status === PetitionStatus.ACCEPTED)
      await new ProcedureService(
        orm.em.fork(),
        seedViewer(demo.leadUnitKey, Role.UNIT_HANDLER, { id: leadUnit.id, regionCode: leadUnit.regionCode }),
        directory,
        calendar,
        at(25),
      ).accept(petition.id, null);
  }
}
