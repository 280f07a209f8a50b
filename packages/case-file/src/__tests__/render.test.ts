import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { CaseFilePetition } from '../query.js';
import { renderCaseFile } from '../render.js';

const UNIT = (name: string) => ({ id: crypto.randomUUID(), name });

/** A petition replied to, as a petition office reads it. */
export const REPLIED: CaseFilePetition = {
  id: crypto.randomUUID(),
  trackingCode: 'TJ2026113000123',
  status: 'REPLIED',
  kind: 'COMPLAINT',
  channel: 'LETTER',
  regionName: '天津市河西区友谊路街道',
  address: '友谊路12号',
  title: '小区物业长期不清理楼道垃圾',
  content: '小区物业公司长期不清理楼道垃圾，居民多次反映无果。',
  receivedAt: '2026-11-02T01:30:00.000Z',
  confidential: false,
  peopleInvolved: 1,
  receivingUnit: UNIT('河西区信访办'),
  leadUnit: UNIT('河西区住房和建设委员会'),
  respondentUnit: null,
  reviewUnit: null,
  petitioners: [
    { role: 'PETITIONER', name: '李明华', relationship: null, phone: '138****8000', idNumber: null, address: null },
  ],
  attachments: [{ fileName: '来信扫描件.pdf', contentType: 'application/pdf', size: 204_800 }],
  documents: [{ kind: 'REPLY', issuedAt: '2026-11-20T02:00:00.000Z', text: '经查，物业公司未按约定清运垃圾。' }],
  deadlines: [
    {
      kind: 'HANDLING',
      dueAt: '2027-01-01T15:59:59.999Z',
      basis: 'CALENDAR_DAYS',
      days: 60,
      ruleSet: 'national-2022',
      ruleSetVersion: 1,
      startAt: '2026-11-03T01:00:00.000Z',
      metAt: '2026-11-20T02:00:00.000Z',
      closedAt: null,
      extensionDays: 0,
      extensionReason: null,
      pausedDays: 0,
      overdueAt: null,
      explanation: '',
      unit: null,
    },
  ],
  history: [{ at: '2026-11-02T01:30:00.000Z', action: 'REGISTERED', note: null, unit: UNIT('河西区信访办') }],
  evaluations: [],
  tasks: [
    {
      kind: 'COMPLETION_REPORT',
      dueAt: '2026-12-20T15:59:59.999Z',
      doneAt: null,
      report: null,
      unit: UNIT('河西区住房和建设委员会'),
    },
  ],
  supervisionOrders: [],
};

const textOf = async (pdf: Uint8Array) =>
  (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, '');

// R-LAW: the case file is an official text: Chinese, dates in words, Beijing time, names not codes.
describe('the case file (issue 11)', () => {
  it('reads as an official text: the tracking code, dates in words in Beijing time, names instead of codes', async () => {
    const pdf = await renderCaseFile(REPLIED, { printedAt: new Date('2026-11-30T13:05:00.000Z') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    expect(text).toContain('信访事项卷宗');
    expect(text).toContain('TJ2026113000123');
    // 01:30 UTC is 09:30 in Beijing; printed at 21:05 Beijing time
    expect(text).toContain('2026年11月2日09时30分');
    expect(text).toContain('2026年11月30日21时05分');
    expect(text).toContain('《信访工作条例》（2022）');
    expect(text).toContain('报送办结报告');
    expect(text).toContain('来信扫描件.pdf');
    expect(text).toMatch(/第1页共\d+页/);
    for (const code of ['national-2022', 'REPLIED', 'LETTER', 'HANDLING', 'COMPLETION_REPORT'])
      expect(text).not.toContain(code);
  });

  it('withholds the petitioners from the unit reported on, saying why', async () => {
    const text = await textOf(await renderCaseFile({ ...REPLIED, petitioners: null }, { printedAt: new Date() }));
    expect(text).toContain('信访人信息不向被反映单位提供');
    expect(text).not.toContain('李明华');
  });
});
