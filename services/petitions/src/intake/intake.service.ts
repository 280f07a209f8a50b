import type { EntityManager } from '@mikro-orm/core';
import { chinaDate } from '@tjxf/calendar';
import {
  Channel,
  ErrorCode,
  PetitionKind,
  PetitionStatus,
  UnitKind,
  newId,
  refuse,
  type DomainError,
} from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { CategoryService } from '../category/category.service.js';
import { openClock, rulesOf } from '../deadline/clock.js';
import { DeadlineEntity, DeadlineKind } from '../deadline/deadline.entity.js';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { isOwner, publishable } from '../personal-data/disclosure.js';
import { PetitionEntity } from '../petition/petition.entity.js';
import { toPetitionType } from '../petition/petition.mapper.js';
import type { PetitionType } from '../petition/petition.type.js';
import { PetitionerRole } from '../petition/petitioner.entity.js';
import { newTrackingCode } from '../petition/tracking-code.js';
import { searchTokens } from '../search/tokens.js';
import type { UnitLookup } from '../unit-directory/unit-directory.service.js';
import type { CalendarLookup } from '../calendar/work-calendar.service.js';
import type { Reason } from '../procedure/text.js';
import { parseIntake, type IntakeInput } from './intake.validation.js';
import { writeIntake, type IntakeRecord } from './intake.writer.js';
import { REDIRECT_NOTICES, legalChannelOf } from './legal-redirect.js';
import { probeRepeat, type RepeatCandidate } from './repeat-detection.js';
import { receivingOffice } from './receiving-office.js';
import { riskFlags, riskLevel } from './risk.js';
import { heldBelow, skippedLevelNotice, type HeldBelow } from './skipped-level.js';

/** Defaults of intake. */
export const INTAKE_DEFAULTS = {
  /** From this many people a petition is collective (R-P3; configurable). */
  collectiveThreshold: 5,
  /** An upload must be claimed by a submission within this time. */
  attachmentClaimHours: 24,
} as const;

export interface IntakeOptions {
  collectiveThreshold: number;
}

export interface IntakeResult {
  petition: PetitionType;
  disposalDueAt: Date | null;
}

type Mode = { kind: 'online' } | { kind: 'staff' };

/**
 * Registration of a petition from any channel (R-CH1, R-P1): validation, idempotency, legal
 * redirect (R-P2), collective petitions (R-P3), repeats (R-P4), risk flags (R-P5), protected
 * personal data (R-P12), the disposal time limit, history and event in one transaction.
 */
export class IntakeService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly cipher: PersonalDataCipher,
    private readonly options: IntakeOptions,
    private readonly directory: UnitLookup | null,
    /** The work calendar the receiving office's clock counts days on. */
    private readonly calendars: CalendarLookup,
  ) {}

  submitOnline(raw: unknown): Promise<IntakeResult> {
    return this.intake(raw, { kind: 'online' });
  }

  registerByStaff(raw: unknown): Promise<IntakeResult> {
    return this.intake(raw, { kind: 'staff' });
  }

  private async intake(raw: unknown, mode: Mode): Promise<IntakeResult> {
    const input = parseIntake(raw);
    this.checkMode(input, mode);
    const scope = this.idempotencyScope(input, mode);
    const category = (await new CategoryService(this.em).active()).get(input.categoryCode);
    if (!category) throw refuseInput('categoryCode', 'CATEGORY_REQUIRED');
    if (input.respondentUnitId) await this.requireRespondent(input.respondentUnitId);
    const people = this.protectPeople(input);
    const text = `${input.title} ${input.content}`;
    const receivedAt = mode.kind === 'staff' ? input.receivedAt! : new Date();
    const { keyPerson, repeat } = await probeRepeat(this.em, {
      kind: input.kind,
      phoneHashes: people.phoneHashes,
      idNumberHashes: people.idNumberHashes,
      respondentUnitId: input.respondentUnitId,
      text,
      categoryCode: input.categoryCode,
      regionCode: input.regionCode,
      receivedAt,
    });
    if (repeat?.original.status === PetitionStatus.CONCLUDED) throw concluded(this.viewer, repeat.original);
    const staffOffice = mode.kind === 'staff' ? this.viewer.units[0]! : null;
    const receiving = await receivingOffice({ ...input, staffOffice }, this.directory);
    // the skipped-level rule, when the officer chose it as the disposal (Art. 19)
    const held = await heldBelow(repeat?.original, receiving.skippedLevel, this.directory);
    if (input.notAcceptedAsSkippedLevel && !held)
      throw refuseInput('notAcceptedAsSkippedLevel', 'SKIPPED_LEVEL_NOT_APPLICABLE');
    const notAccepted = input.notAcceptedAsSkippedLevel ? held : null;
    const peopleInvolved = input.peopleInvolved ?? Math.max(1, input.petitioners.length);
    const flags = riskFlags({
      text,
      peopleInvolved,
      collectiveThreshold: this.options.collectiveThreshold,
      skippedLevel: receiving.skippedLevel,
      keyPerson,
      repeat: Boolean(repeat),
    });
    const legalChannel = legalChannelOf(input.kind, category.legalChannel ?? null);
    const status = legalChannel
      ? PetitionStatus.REDIRECTED
      : notAccepted
        ? PetitionStatus.DECLINED
        : PetitionStatus.REGISTERED;
    // the receiving office's clock, under the office's own rule set (R-T1)
    const disposal =
      legalChannel || notAccepted
        ? null
        : openClock(
            await this.calendars.current(),
            rulesOf(await this.directory?.get(receiving.unitId)),
            'DISPOSAL',
            receivedAt,
          );

    const id = newId();
    const petition = {
      id,
      trackingCode: newTrackingCode(),
      status,
      kind: input.kind,
      channel: mode.kind === 'online' ? Channel.ONLINE : input.channel!,
      categoryCode: category.code,
      regionCode: input.regionCode,
      address: input.address,
      title: input.title,
      content: input.content,
      receivedAt,
      postmarkedOn: input.postmarkedOn,
      receivingUnitId: receiving.unitId,
      respondentUnitId: input.respondentUnitId,
      confidential: input.confidential,
      peopleInvolved,
      riskFlags: flags,
      riskLevel: riskLevel(flags),
      repeatOfId: repeat?.original.id ?? null,
      legalChannel,
      submitterAccountId: mode.kind === 'online' ? this.viewer.accountId : null,
      registeredById: mode.kind === 'staff' ? this.viewer.accountId : null,
      idempotencyScope: scope,
      idempotencyKey: input.idempotencyKey,
      titleTokens: searchTokens(input.title),
      contentTokens: searchTokens(input.content),
    };
    const entry = (action: string, note: string | null, visible: boolean, toStatus: PetitionStatus | null) => ({
      id: newId(),
      petitionId: id,
      at: receivedAt,
      action,
      actorId: this.viewer.accountId,
      // the unit the actor acted for: the registering office, even where the one above receives it
      actorUnitId: staffOffice?.id ?? receiving.unitId,
      fromStatus: null,
      toStatus,
      note,
      visibleToPetitioner: visible,
    });
    const history = [
      entry(
        mode.kind === 'online' ? 'SUBMITTED_ONLINE' : 'REGISTERED',
        receiving.passedOver ? PASSED_OVER_NOTE : null,
        true,
        PetitionStatus.REGISTERED,
      ),
      ...(input.writtenDownByStaff ? [entry('ORAL_RECORD_READ_BACK', ORAL_RECORD_NOTE, true, null)] : []),
      ...(legalChannel ? [entry('REDIRECTED', REDIRECT_NOTICES[legalChannel], true, PetitionStatus.REDIRECTED)] : []),
      ...(notAccepted && !legalChannel
        ? [entry('NOT_ACCEPTED_SKIPPED_LEVEL', skippedLevelNotice(notAccepted), true, PetitionStatus.DECLINED)]
        : []),
      ...(repeat ? [entry('REPEAT_DETECTED', repeatNote(held), false, null)] : []),
    ];
    const deadlines = disposal
      ? [
          {
            id: newId(),
            petitionId: id,
            kind: DeadlineKind.DISPOSAL,
            ...disposal,
            startEvent: 'REGISTERED',
            // the petition office's clock
            unitId: receiving.unitId,
            metAt: null,
          },
        ]
      : [];
    // what consumers need, and no personal data
    const event = {
      id: newId(),
      type: legalChannel ? 'PetitionRedirected' : 'PetitionRegistered',
      aggregateId: id,
      occurredAt: receivedAt,
      payload: publishable(petition, {
        channel: petition.channel,
        kind: petition.kind,
        categoryCode: petition.categoryCode,
        regionCode: petition.regionCode,
        receivingUnitId: petition.receivingUnitId,
        respondentUnitId: petition.respondentUnitId,
        status: petition.status,
        skippedLevel: receiving.skippedLevel,
        peopleInvolved,
        riskFlags: flags,
        riskLevel: petition.riskLevel,
        repeatOfId: petition.repeatOfId,
        legalChannel,
      }),
    };
    const attachmentIds = [...input.attachmentIds, ...(input.agent ? [input.agent.powerOfAttorneyAttachmentId] : [])];
    const record: IntakeRecord = {
      petition,
      petitioners: people.rows.map((row, position) => ({ ...row, id: newId(), petitionId: id, position })),
      history,
      deadlines,
      events: [event],
      attachments: {
        ids: attachmentIds,
        uploadedByAccountId: this.viewer.accountId,
        claimedSince: new Date(Date.now() - INTAKE_DEFAULTS.attachmentClaimHours * 3_600_000),
      },
    };
    let outcome = await writeIntake(this.em, record);
    if (outcome === 'duplicate-tracking-code') {
      record.petition.trackingCode = newTrackingCode(); // one in 10¹³: draw again
      outcome = await writeIntake(this.em, record);
    }
    if (outcome === 'attachments-unavailable') {
      throw refuseInput('attachmentIds', 'ATTACHMENT_UNAVAILABLE');
    }
    if (outcome === 'duplicate-key') {
      // a retry with the same key (perhaps at the same moment): answer with the first petition
      const first = await this.byIdempotencyKey(scope, input.idempotencyKey);
      if (first) return first;
      throw refuse(ErrorCode.CONFLICT, 'INTAKE_RETRY');
    }
    return {
      petition: { ...petition, leadUnitId: null, reviewUnitId: null, version: 1, reachedFrom: null },
      disposalDueAt: disposal?.dueAt ?? null,
    };
  }

  /** The unit complained about or reported on: one that handles petitions (a government, department or office). */
  private async requireRespondent(unitId: string): Promise<void> {
    if (!this.directory)
      throw new Error('the unit directory is not configured (UNITS_INTERNAL_URL, SERVICE_TOKEN_PRIVATE_KEY)');
    const unit = await this.directory.get(unitId);
    if (!unit || unit.kind === UnitKind.REGION) throw refuseInput('respondentUnitId', 'RESPONDENT_UNIT_REQUIRED');
  }

  private checkMode(input: IntakeInput, mode: Mode) {
    if (mode.kind === 'online') {
      if (!input.petitioners.length) throw refuseInput('petitioners', 'PETITIONER_REQUIRED');
      if (!this.viewer.accountId && !input.petitioners[0]!.phone) {
        throw refuseInput('petitioners[0].phone', 'PHONE_REQUIRED_WITHOUT_ACCOUNT');
      }
      return;
    }
    if (!input.channel || input.channel === Channel.ONLINE) throw refuseInput('channel', 'CHANNEL_REQUIRED');
    if (!input.receivedAt) throw refuseInput('receivedAt', 'RECEIVED_AT_REQUIRED');
    if (!this.viewer.units.length) throw refuse(ErrorCode.FORBIDDEN, 'NO_PETITION_OFFICE');
    if (!input.petitioners.length && input.kind !== PetitionKind.REPORT) {
      throw refuseInput('petitioners', 'PETITIONER_REQUIRED_UNLESS_REPORT');
    }
  }

  private idempotencyScope(input: IntakeInput, mode: Mode): string {
    if (this.viewer.accountId) return `${mode.kind}:${this.viewer.accountId}`;
    // anonymous: the key only finds petitions filed with the same phone
    return `phone:${this.cipher.hash('phone', input.petitioners[0]!.phone!)}`;
  }

  private async byIdempotencyKey(scope: string, key: string): Promise<IntakeResult | null> {
    const petition = await this.em.fork().findOne(PetitionEntity, { idempotencyScope: scope, idempotencyKey: key });
    if (!petition) return null;
    const disposal = await this.em
      .fork()
      .findOne(DeadlineEntity, { petition: petition.id, kind: DeadlineKind.DISPOSAL });
    return { petition: toPetitionType(petition), disposalDueAt: disposal?.dueAt ?? null };
  }

  /** The petitioners' rows with phone and ID number encrypted, hashed and masked. */
  private protectPeople(input: IntakeInput) {
    const phoneHashes: string[] = [];
    const idNumberHashes: string[] = [];
    const protect = (person: { phone: string | null; idNumber: string | null }, counts: boolean) => {
      const stored = this.cipher.protect(person);
      if (counts && stored.phoneHash) phoneHashes.push(stored.phoneHash);
      if (counts && stored.idNumberHash) idNumberHashes.push(stored.idNumberHash);
      return stored;
    };
    const collective = input.petitioners.length > 1 && (input.peopleInvolved ?? 0) > input.petitioners.length;
    const rows = input.petitioners.map((p) => ({
      role: collective ? PetitionerRole.REPRESENTATIVE : (PetitionerRole.PETITIONER as PetitionerRole),
      name: p.name,
      address: p.address,
      relationship: null as string | null,
      powerOfAttorneyAttachmentId: null as string | null,
      ...protect(p, true),
    }));
    if (input.agent) {
      rows.push({
        role: PetitionerRole.AGENT,
        name: input.agent.name,
        address: null,
        relationship: input.agent.relationship,
        powerOfAttorneyAttachmentId: input.agent.powerOfAttorneyAttachmentId,
        ...protect({ phone: input.agent.phone, idNumber: input.agent.idNumber }, false),
      });
    }
    return { rows, phoneHashes, idNumberHashes };
  }
}

/** What the history says of an oral petition written down by staff (R-P1). */
const ORAL_RECORD_NOTE = '信访人口头提出，工作人员如实记录，并向信访人宣读，信访人确认无误。';

/** Why the office above received a report (what the petitioner reads in tracking too). */
const PASSED_OVER_NOTE =
  '所检举的是本应受理的信访部门或其所属人民政府，依法由上一级信访部门受理。The report concerns the petition office that would receive it or its people’s government: the petition office above receives it.';

/**
 * 终结: the same matter on the same facts is not accepted again anywhere (R-P10, Art. 37). Only
 * the signed-in petitioner of the concluded matter is told its tracking code: to anyone else
 * it would disclose someone's petition by their phone number.
 */
function concluded(viewer: Viewer, original: RepeatCandidate): DomainError {
  return isOwner(viewer, original)
    ? refuse(ErrorCode.CONFLICT, 'MATTER_CONCLUDED_OWN', { trackingCode: original.trackingCode })
    : refuse(ErrorCode.CONFLICT, 'MATTER_CONCLUDED');
}

const refuseInput = (field: string, reason: Reason) => refuse(ErrorCode.BAD_USER_INPUT, reason, undefined, { field });

/**
 * The note staff see on a repeat (and that the higher unit is told the lower is still on
 * time). It names no other petition: the link is `repeatOf`, shown only where the viewer may
 * know who filed both (R-P12).
 */
function repeatNote(held: HeldBelow | null): string {
  const base = '重复信访：与此前一件信访事项为同一人反映的同一事项。Repeat of an earlier petition by the same person.';
  if (!held) return base;
  const day = chinaDate(held.dueAt);
  return `${base} 该事项正由下级单位在办理期限内办理（至 ${day}），按规定不予重复受理。A lower unit is still handling it within its time limit (until ${day}).`;
}
