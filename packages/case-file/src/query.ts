/**
 * What a case file holds, read through the public API with the reader's own rights: the same
 * disclosure rules as every other path to the petition (masked numbers, the reporter's
 * identity withheld from the unit reported on, every unmasked read recorded).
 */

const UNIT = 'id name';

/** What every reader of the petition may see: the petitioner reads exactly this. */
const COMMON_FIELDS = `
  id trackingCode status kind channel regionName address title content receivedAt confidential peopleInvolved
  receivingUnit { ${UNIT} } leadUnit { ${UNIT} } respondentUnit { ${UNIT} } reviewUnit { ${UNIT} }
  petitioners { role name relationship phone idNumber address }
  attachments { fileName contentType size }
  documents { kind issuedAt text }
  deadlines {
    kind dueAt basis days ruleSet ruleSetVersion startAt metAt closedAt extensionDays extensionReason
    pausedDays overdueAt explanation unit { ${UNIT} }
  }
  history { at action note unit { ${UNIT} } }
  evaluations { target rating comment at }
`;

/** Staff read the work behind it as well: tasks, co-handling units, supervision. */
const STAFF_FIELDS = `
  coHandlingUnits { ${UNIT} }
  tasks { kind dueAt doneAt report unit { ${UNIT} } }
  supervisionOrders { level note issuedAt dueAt answer answeredAt unit { ${UNIT} } }
`;

export const CASE_FILE_QUERY = {
  petitioner: `query CaseFile($id: ID!) { petition(id: $id) { ${COMMON_FIELDS} } }`,
  staff: `query CaseFileForStaff($id: ID!) { petition(id: $id) { ${COMMON_FIELDS} ${STAFF_FIELDS} } }`,
} as const;

export interface CaseFileUnit {
  id: string;
  name: string;
}

export interface CaseFilePetition {
  id: string;
  trackingCode: string;
  status: string;
  kind: string;
  channel: string;
  regionName: string;
  address: string | null;
  title: string;
  content: string;
  receivedAt: string;
  confidential: boolean;
  peopleInvolved: number;
  receivingUnit: CaseFileUnit;
  leadUnit: CaseFileUnit | null;
  respondentUnit: CaseFileUnit | null;
  reviewUnit: CaseFileUnit | null;
  /** Null for the unit reported on (R-P12). */
  petitioners:
    | {
        role: string;
        name: string;
        relationship: string | null;
        phone: string | null;
        idNumber: string | null;
        address: string | null;
      }[]
    | null;
  attachments: { fileName: string; contentType: string; size: number }[] | null;
  documents: { kind: string; issuedAt: string; text: string }[];
  deadlines: {
    kind: string;
    dueAt: string;
    basis: string;
    days: number;
    ruleSet: string;
    ruleSetVersion: number;
    startAt: string;
    metAt: string | null;
    closedAt: string | null;
    extensionDays: number;
    extensionReason: string | null;
    pausedDays: number;
    overdueAt: string | null;
    explanation: string;
    unit: CaseFileUnit | null;
  }[];
  history: { at: string; action: string; note: string | null; unit: CaseFileUnit | null }[];
  evaluations: { target: string; rating: string; comment: string | null; at: string }[];
  coHandlingUnits?: CaseFileUnit[];
  tasks?: { kind: string; dueAt: string | null; doneAt: string | null; report: string | null; unit: CaseFileUnit }[];
  supervisionOrders?: {
    level: string;
    note: string | null;
    issuedAt: string;
    dueAt: string;
    answer: string | null;
    answeredAt: string | null;
    unit: CaseFileUnit;
  }[];
}
