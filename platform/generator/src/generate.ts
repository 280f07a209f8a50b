import { Channel, PetitionKind, UnitKind, demoId, unitIdForKey, type UnitDirectoryEntry } from '@tjxf/domain';
import {
  DeadlineKind,
  INTAKE_DEFAULTS,
  REDIRECT_NOTICES,
  TAXONOMY,
  legalChannelOf,
  newTrackingCode,
  publishable,
  riskFlags,
  riskLevel,
  searchTokens,
  type PersonalDataCipher,
  type TaxonomyNode,
} from '@tjxf/petitions';
import { RegionLevel, TIANJIN_CODE, tianjinRegions } from '@tjxf/regions';
import { DAY, unitRuleSet } from './calendar.js';
import { Life, type PetitionFacts } from './life.js';
import { Random } from './random.js';
import { Rows } from './rows.js';
import { liveOn, type Cast } from './story.js';
import { dayWeights, hash, newPerson, type Person } from './people.js';
import { DISTRICT_POPULATION, channelShares, hotFactor } from './tianjin.js';

export interface GenerateOptions {
  petitions: number;
  /** How many years back from `end` the history starts. */
  years: number;
  seed: number;
  /** The end of the history (now): nothing happens after it. */
  end: Date;
  directory: readonly UnitDirectoryEntry[];
  cipher: PersonalDataCipher;
  /** Tracking codes already used in the database (a new one is drawn again on a clash). */
  usedTrackingCodes?: Set<string>;
  /** Petitions per yielded chunk of rows. */
  chunk?: number;
}

/** What marks a generated petition: its idempotency scope (the key is `<seed>:<n>`). */
export const GENERATED_SCOPE = 'generator';

interface Leaf {
  code: string;
  zh: string;
  top: string;
  legalChannel: string | null;
}
/** Each top category's share of petitions before the hot issues' waves (R-HOT). */
const TOP_WEIGHT: Record<string, number> = {
  '01': 26,
  '02': 8,
  '03': 8,
  '04': 6,
  '05': 14,
  '06': 3,
  '07': 6,
  '08': 7,
  '09': 6,
  '10': 5,
  '11': 2,
  '12': 5,
  '99': 4,
};
function leaves(nodes: TaxonomyNode[], top: string | null = null): Leaf[] {
  return nodes.flatMap((n) =>
    n.children?.length
      ? leaves(n.children, top ?? n.code)
      : [{ code: n.code, zh: n.zh, top: top ?? n.code, legalChannel: n.legalChannel ?? null }],
  );
}

/** The department that handles a top category in a district that has one (the demo directory's slugs). */
const DEPARTMENT_OF: Record<string, string> = {
  '01': 'zj',
  '02': 'gh',
  '03': 'sthj',
  '05': 'rs',
  '04': 'gz',
  '10': 'cg',
  '99': 'cg',
};

interface Original {
  id: string;
  person: Person;
  district: string;
  street: string;
  leaf: Leaf;
  kind: PetitionKind;
  respondentUnitId: string | null;
  receivedAt: Date;
  concludedAt: Date | null;
}

/**
 * A realistic history of Tianjin petitions, in the order they were received, yielded as rows
 * every `chunk` petitions: the petition, its people, history, clocks, tasks, documents,
 * ratings, supervision orders and outbox events, each as intake and the procedure write them.
 * Deterministic for a seed, except the ciphertexts of phones and ID numbers (random IVs).
 */
export function* generateHistory(options: GenerateOptions): Generator<Rows> {
  const random = new Random(options.seed);
  const rows = new Rows();
  const chunk = options.chunk ?? 2_000;
  const used = options.usedTrackingCodes ?? new Set<string>();
  const byId = new Map(options.directory.map((u) => [u.id, u]));
  const unitByKey = new Map<string, UnitDirectoryEntry | undefined>();
  const unit = (key: string) => {
    if (!unitByKey.has(key)) unitByKey.set(key, byId.get(unitIdForKey(key)));
    return unitByKey.get(key);
  };
  const districts = Object.entries(DISTRICT_POPULATION).filter(([code]) => unit(`${code}/xfb`));
  if (!districts.length) throw new Error('the unit directory has no district petition offices (seed the units first)');
  const departmentsOf = new Map<string, Map<string, UnitDirectoryEntry>>();
  const departments = (code: string) => {
    let found = departmentsOf.get(code);
    if (!found) {
      const region = unitIdForKey(code);
      found = new Map(
        options.directory.filter((u) => u.kind === UnitKind.DEPARTMENT && u.parentId === region).map((u) => [u.id, u]),
      );
      departmentsOf.set(code, found);
    }
    return found;
  };
  const staffIds = new Map<string, string>();
  const staff = (unitId: string) => {
    let id = staffIds.get(unitId);
    if (!id) staffIds.set(unitId, (id = demoId('account', `generator:${unitId}`)));
    return id;
  };
  const streets = new Map<string, { code: string; name: string }[]>();
  for (const r of tianjinRegions().values())
    if (r.level === RegionLevel.STREET && r.parentCode) {
      const list = streets.get(r.parentCode) ?? [];
      list.push({ code: r.code, name: r.name });
      streets.set(r.parentCode, list);
    }
  const allLeaves = leaves(TAXONOMY);
  const paces = new Map<string, number>();
  const cast = (office: UnitDirectoryEntry, lead: UnitDirectoryEntry): Cast => ({
    office,
    lead,
    byId,
    staff,
    pace: (unitId) => {
      let pace = paces.get(unitId);
      if (pace === undefined) paces.set(unitId, (pace = 0.6 + new Random(hash(unitId)).next() * 1.1));
      return pace;
    },
  });

  const start = new Date(options.end.getTime() - options.years * 365.25 * DAY);
  const days = dayWeights(start, options.end);
  const total = days.reduce((s, d) => s + d.weight, 0);
  const originals: Original[] = [];
  let n = 0;
  let cumulative = 0;
  for (const day of days) {
    const before = Math.round((cumulative / total) * options.petitions);
    cumulative += day.weight;
    const count = Math.round((cumulative / total) * options.petitions) - before;
    const progress = (day.start.getTime() - start.getTime()) / (options.end.getTime() - start.getTime());
    const arrivals = Array.from({ length: count }, () => {
      const channel = random.weighted(channelShares(progress), ([, share]) => share)[0];
      const online = channel === Channel.ONLINE || channel === Channel.EMAIL;
      const minute = online ? random.int(24 * 60) : 510 + random.int(540);
      return { channel, at: new Date(day.start.getTime() + minute * 60_000) };
    }).sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const { channel, at } of arrivals) {
      if (at.getTime() >= options.end.getTime()) continue;
      petition(channel, at, progress);
      if (++n % chunk === 0) yield rows;
    }
  }
  if (rows.count) yield rows;

  function petition(channel: Channel, receivedAt: Date, progress: number): void {
    const repeatOf = originals.length > 50 && random.chance(0.07) ? recentOriginal(receivedAt) : null;
    const [district] = repeatOf ? [repeatOf.district] : random.weighted(districts, ([, d]) => d.population);
    const street = repeatOf?.street ?? random.pick(streets.get(district) ?? [{ code: district, name: '' }]).code;
    const leaf =
      repeatOf?.leaf ?? random.weighted(allLeaves, (l) => (TOP_WEIGHT[l.top] ?? 3) * hotFactor(l.code, progress));
    const kind =
      repeatOf?.kind ?? random.weighted(KINDS, (k) => (k === 'COMPLAINT' ? 0.7 : k === 'SUGGESTION' ? 0.2 : 0.1));
    const depts = departments(district);
    const cityDepts = [...departments(TIANJIN_CODE).values()];
    const government = unit(`${district}/government`)!;
    // who it is about: a report always names a unit, a complaint often does
    const respondentUnitId =
      repeatOf?.respondentUnitId ??
      (kind === 'REPORT' || (kind === 'COMPLAINT' && random.chance(0.35))
        ? depts.size
          ? random.pick([...depts.keys()])
          : random.pick(cityDepts).id
        : null);
    const slug = DEPARTMENT_OF[leaf.top];
    const byCategory = slug ? unit(`${district}/${slug}`) : undefined;
    const lead =
      byCategory && depts.has(byCategory.id) && !(kind === 'REPORT' && byCategory.id === respondentUnitId)
        ? byCategory
        : government;
    const skippedLevel = channel === Channel.VISIT && random.chance(0.04);
    const office = skippedLevel ? unit(`${TIANJIN_CODE}/xfb`)! : unit(`${district}/xfb`)!;
    const collective = random.chance(0.03);
    const peopleInvolved = collective ? 5 + random.int(56) : 1;
    const person = repeatOf?.person ?? newPerson(random, district);
    const streetName = tianjinRegions().get(street)?.name ?? '';
    const threat = random.chance(0.004);
    const title =
      `关于${streetName}${leaf.zh}问题的${kind === 'SUGGESTION' ? '建议' : kind === 'REPORT' ? '检举' : '反映'}`.slice(
        0,
        200,
      );
    const content = `${DISTRICT_POPULATION[district]!.name}${streetName}居民反映：${leaf.zh}方面存在问题，${random.pick(DETAILS)}${collective ? `涉及群众${peopleInvolved}人，` : ''}${threat ? '信访人扬言集体上访。' : ''}请有关部门依法处理。`;
    const flags = riskFlags({
      text: `${title} ${content}`,
      peopleInvolved,
      collectiveThreshold: INTAKE_DEFAULTS.collectiveThreshold,
      skippedLevel,
      keyPerson: false,
      repeat: Boolean(repeatOf),
    });
    const legalChannel = legalChannelOf(kind, leaf.legalChannel as never);
    const id = random.id(receivedAt);
    const online = channel === Channel.ONLINE;
    const officer = online ? null : staff(office.id);
    const confidential = kind === 'COMPLAINT' && respondentUnitId !== null && random.chance(0.05);
    const facts: PetitionFacts = {
      id,
      kind,
      confidential,
      respondentUnitId,
      submitterAccountId: null,
      receivingUnitId: office.id,
      status: (legalChannel ? 'REDIRECTED' : 'REGISTERED') as PetitionFacts['status'],
      leadUnitId: null,
      disposalMode: null,
      reviewUnitId: null,
      simplified: false,
      concludedAt: null,
      version: 1,
      updatedAt: receivedAt,
    };
    const life = new Life(facts, rows, random, receivedAt, options.end);
    const by = { unitId: office.id, actorId: officer };
    life.history(receivedAt, online ? 'SUBMITTED_ONLINE' : 'REGISTERED', null, 'REGISTERED', null, true, by);
    if (legalChannel)
      life.history(receivedAt, 'REDIRECTED', null, 'REDIRECTED', REDIRECT_NOTICES[legalChannel], true, by);
    if (repeatOf)
      life.history(
        receivedAt,
        'REPEAT_DETECTED',
        null,
        null,
        '重复信访：与此前一件信访事项为同一人反映的同一事项。Repeat of an earlier petition by the same person.',
        false,
        by,
      );
    life.event(
      legalChannel ? 'PetitionRedirected' : 'PetitionRegistered',
      receivedAt,
      publishable(facts, {
        channel,
        kind,
        categoryCode: leaf.code,
        regionCode: street,
        receivingUnitId: office.id,
        respondentUnitId,
        status: facts.status,
        skippedLevel,
        peopleInvolved,
        riskFlags: flags,
        riskLevel: riskLevel(flags),
        repeatOfId: repeatOf?.id ?? null,
        legalChannel,
      }),
    );
    if (!legalChannel) {
      life.open(
        DeadlineKind.DISPOSAL,
        'DISPOSAL',
        unitRuleSet(office.ruleSetCode),
        'REGISTERED',
        receivedAt,
        office.id,
      );
      liveOn(life, random, cast(office, lead), receivedAt, Boolean(repeatOf));
    }
    const currentDueAt = life.finish();
    let trackingCode = newTrackingCode(random.int);
    while (used.has(trackingCode)) trackingCode = newTrackingCode(random.int);
    used.add(trackingCode);
    rows.push('petition', [
      id,
      trackingCode,
      facts.status,
      kind,
      channel,
      leaf.code,
      street,
      `${DISTRICT_POPULATION[district]!.name}${streetName}${1 + random.int(40)}号楼`,
      title,
      content,
      receivedAt,
      office.id,
      facts.leadUnitId,
      respondentUnitId,
      confidential,
      peopleInvolved,
      flags,
      riskLevel(flags),
      repeatOf?.id ?? null,
      legalChannel,
      currentDueAt,
      facts.disposalMode,
      facts.reviewUnitId,
      facts.simplified,
      facts.concludedAt,
      officer,
      GENERATED_SCOPE,
      `${options.seed}:${n}`,
      searchTokens(title),
      searchTokens(content),
      facts.version,
      receivedAt,
      facts.updatedAt,
    ]);
    const names = collective
      ? [person.name, ...Array.from({ length: 1 + random.int(4) }, () => newPerson(random, district).name)]
      : [person.name];
    names.forEach((name, position) => {
      const protectedContact = options.cipher.protect(position === 0 ? person : { phone: null, idNumber: null });
      rows.push('petitioner', [
        random.id(receivedAt),
        id,
        position,
        collective ? 'REPRESENTATIVE' : 'PETITIONER',
        name,
        protectedContact.phoneEncrypted,
        protectedContact.phoneHash,
        protectedContact.phoneMasked,
        protectedContact.phoneLast4,
        protectedContact.idNumberEncrypted,
        protectedContact.idNumberHash,
        protectedContact.idNumberMasked,
        null,
      ]);
    });
    originals.push({
      id,
      person,
      district,
      street,
      leaf,
      kind,
      respondentUnitId,
      receivedAt,
      concludedAt: facts.concludedAt,
    });
    if (originals.length > 4_000) originals.splice(0, 1_000);
  }

  /** A recent petition by someone who files again about the same matter (not one concluded: intake refuses those). */
  function recentOriginal(at: Date): Original | null {
    const candidate = originals[originals.length - 1 - random.int(Math.min(originals.length, 2_000))]!;
    if (candidate.concludedAt && candidate.concludedAt <= at) return null;
    if (at.getTime() - candidate.receivedAt.getTime() > 365 * DAY) return null;
    return candidate;
  }
}

const KINDS = [PetitionKind.COMPLAINT, PetitionKind.SUGGESTION, PetitionKind.REPORT];

const DETAILS = [
  '多次向有关单位反映未果，',
  '影响了周边居民的正常生活，',
  '希望尽快解决，',
  '已持续较长时间，',
  '群众意见较大，',
];
