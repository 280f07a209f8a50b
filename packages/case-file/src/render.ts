import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chinaDate, chinaDateInWords, chinaDateTimeInWords } from '@tjxf/calendar';
import { zhCN } from '@tjxf/i18n/messages';
import PDFDocument from 'pdfkit';
import type { CaseFilePetition, CaseFileUnit } from './query.js';

/**
 * A petition's whole file as one PDF (R-LAW): registration, petitioners, content, attachments,
 * documents, time limits with their basis, the record of handling, evaluations and, for
 * staff, tasks and supervision. An official text: Chinese, dates in words, Beijing time,
 * names instead of codes.
 */

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

/** Read once per process (a worker thread), embedded as subsets of the characters used. */
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const fontsLoaded = () =>
  (fonts ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  });

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const label = (table: Record<string, string>, key: string) => table[key] ?? '其他';

/** 2026年11月30日 21时05分, in Beijing time. */
export const beijingDateTimeInWords = (iso: string | Date): string => chinaDateTimeInWords(new Date(iso));
const dateInWords = (iso: string | null) => (iso ? chinaDateInWords(new Date(iso)) : '');
const unitName = (unit: CaseFileUnit | null | undefined) => unit?.name ?? '—';
const ruleName = (code: string) => (zhCN.ruleSet as Record<string, string>)[code] ?? code;

const MARGIN = 64;
/** The ideographic space that separates items on a line of an official text. */
const GAP = '\u3000';

export interface CaseFileOptions {
  /** When it was printed (the footer and the cover line). */
  printedAt: Date;
}

/** Renders the case file; resolves to the PDF's bytes. */
export function renderCaseFile(petition: CaseFilePetition, options: CaseFileOptions): Promise<Buffer> {
  const { regular, bold } = fontsLoaded();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `信访事项卷宗 ${petition.trackingCode}`,
      Subject: petition.title,
      Creator: '天津市信访工作平台',
      CreationDate: options.printedAt,
    },
    lang: 'zh-CN',
    displayTitle: true,
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const write = new CaseFileWriter(doc);
  write.cover(petition, options.printedAt);
  write.sections(petition);
  write.pageNumbers(options.printedAt);
  doc.end();
  return done;
}

/** Writes the parts of the file in order; each part is numbered 一、二、… as official texts are. */
class CaseFileWriter {
  private section = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  cover(p: CaseFilePetition, printedAt: Date) {
    this.doc.font('bold').fontSize(20).text('信访事项卷宗', { align: 'center' });
    this.doc.moveDown(0.5);
    this.doc
      .font('regular')
      .fontSize(10.5)
      .text(`信访件编号：${p.trackingCode}${GAP}${GAP}打印时间：${beijingDateTimeInWords(printedAt)}（北京时间）`, {
        align: 'center',
      });
    this.doc.moveDown(1);
  }

  sections(p: CaseFilePetition) {
    const m = zhCN;
    this.heading('登记信息');
    this.fields([
      ['标题', p.title],
      ['信访事项类型', label(m.petitionKind, p.kind)],
      ['信访形式', label(m.channel, p.channel)],
      ['收到时间', `${beijingDateTimeInWords(p.receivedAt)}（北京时间）`],
      ['事项发生地', [p.regionName, p.address].filter(Boolean).join(' ')],
      ['涉及人数', `${p.peopleInvolved}人`],
      ['当前状态', label(m.petitionStatus, p.status)],
      ['登记单位', unitName(p.receivingUnit)],
      ['承办单位', unitName(p.leadUnit)],
      ...(p.coHandlingUnits?.length
        ? ([['协办单位', p.coHandlingUnits.map((u) => u.name).join('、')]] as [string, string][])
        : []),
      ...(p.respondentUnit ? ([['被反映单位', p.respondentUnit.name]] as [string, string][]) : []),
      ...(p.reviewUnit ? ([['复查（复核）机关', p.reviewUnit.name]] as [string, string][]) : []),
      ['保密', p.confidential ? '是（检举控告人信息保密）' : '否'],
    ]);

    this.heading('信访人');
    if (!p.petitioners) this.paragraph('依照检举控告保密规定，信访人信息不向被反映单位提供。');
    else
      p.petitioners.forEach((person) =>
        this.fields([
          ['身份', label(m.petitionerRole, person.role)],
          ['姓名', person.name],
          ...(person.relationship ? ([['与信访人关系', person.relationship]] as [string, string][]) : []),
          ['联系电话', person.phone ?? '—'],
          ['身份证号码', person.idNumber ?? '—'],
          ['住址', person.address ?? '—'],
        ]),
      );

    this.heading('信访内容');
    this.paragraph(p.content);

    this.heading('附件');
    if (!p.attachments?.length) this.paragraph('无。');
    else p.attachments.forEach((a, i) => this.paragraph(`${i + 1}. ${a.fileName}（${Math.ceil(a.size / 1024)}KB）`));

    this.heading('文书');
    if (!p.documents.length) this.paragraph('尚无文书。');
    for (const d of p.documents) {
      this.subheading(`${label(m.documentKind, d.kind)}（${dateInWords(d.issuedAt)}）`);
      this.paragraph(d.text);
    }

    this.heading('办理期限');
    if (!p.deadlines.length) this.paragraph('无。');
    for (const d of p.deadlines) {
      const days =
        (m.dayBasis as Record<string, string>)[d.basis]?.replace('{{count}}', String(d.days)) ?? `${d.days}日`;
      const end = d.metAt
        ? `已于${dateInWords(d.metAt)}完成`
        : d.closedAt
          ? `已于${dateInWords(d.closedAt)}结束`
          : d.overdueAt
            ? '已超期'
            : '进行中';
      this.subheading(`${label(m.deadlineKind, d.kind)}：${days}，${dateInWords(d.dueAt)}届满，${end}`);
      this.fields([
        ['起算日', dateInWords(d.startAt)],
        ['依据', `${ruleName(d.ruleSet)}（第${d.ruleSetVersion}版）`],
        ...(d.unit ? ([['责任单位', d.unit.name]] as [string, string][]) : []),
        ...(d.extensionDays
          ? ([['延期', `${d.extensionDays}日${d.extensionReason ? `，理由：${d.extensionReason}` : ''}`]] as [
              string,
              string,
            ][])
          : []),
        ...(d.pausedDays ? ([['中止', `${d.pausedDays}日（听证等期间不计入）`]] as [string, string][]) : []),
      ]);
    }

    this.heading('办理过程');
    for (const h of p.history) {
      const what = label(m.historyAction as Record<string, string>, h.action);
      this.paragraph(
        `${beijingDateTimeInWords(h.at)}${GAP}${what}${h.unit ? `（${h.unit.name}）` : ''}${h.note ? `：${h.note}` : ''}`,
      );
    }

    this.heading('满意度评价');
    if (!p.evaluations.length) this.paragraph('信访人尚未评价。');
    for (const e of p.evaluations)
      this.paragraph(
        `${dateInWords(e.at)}${GAP}对${label(m.evaluationTarget, e.target)}：${label(m.rating, e.rating)}${e.comment ? `。${e.comment}` : ''}`,
      );

    if (p.tasks) {
      this.heading('办理任务');
      if (!p.tasks.length) this.paragraph('无。');
      for (const t of p.tasks) {
        const state = t.doneAt
          ? `已于${dateInWords(t.doneAt)}完成`
          : t.dueAt
            ? `应于${dateInWords(t.dueAt)}前完成`
            : '进行中';
        this.paragraph(
          `${label(zhCN.taskKind, t.kind)}${GAP}${t.unit.name}${GAP}${state}${t.report ? `。报告：${t.report}` : ''}`,
        );
      }
    }
    if (p.supervisionOrders) {
      this.heading('督查督办');
      if (!p.supervisionOrders.length) this.paragraph('无。');
      for (const o of p.supervisionOrders) {
        this.subheading(`${label(zhCN.supervisionLevel, o.level)}${GAP}${o.unit.name}${GAP}${dateInWords(o.issuedAt)}`);
        if (o.note) this.paragraph(o.note);
        this.paragraph(
          o.answer
            ? `答复（${dateInWords(o.answeredAt)}）：${o.answer}`
            : `应于${dateInWords(o.dueAt)}前书面答复，尚未答复。`,
        );
      }
    }
  }

  /** 第 1 页 共 3 页, with the printing date, at the foot of every page. */
  pageNumbers(printedAt: Date) {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0; // writing in the margin must not open a new page
      this.doc
        .font('regular')
        .fontSize(9)
        .fillColor('#444444')
        .text(
          `第 ${i + 1} 页${GAP}共 ${range.count} 页${GAP}${GAP}${chinaDateInWords(chinaDate(printedAt))}打印`,
          MARGIN,
          this.doc.page.height - MARGIN / 2 - 9,
          { align: 'center', width: this.doc.page.width - 2 * MARGIN },
        );
      this.doc.page.margins.bottom = bottom;
    }
  }

  private heading(title: string) {
    const numeral = CHINESE_NUMERALS[this.section++] ?? String(this.section);
    this.doc.moveDown(0.8).font('bold').fontSize(14).fillColor('#000000').text(`${numeral}、${title}`, MARGIN);
    this.doc.moveDown(0.3);
  }

  private subheading(text: string) {
    this.doc.moveDown(0.3).font('bold').fontSize(11).text(text, MARGIN);
  }

  private paragraph(text: string) {
    this.doc.font('regular').fontSize(11).text(text, MARGIN, undefined, { lineGap: 3 });
  }

  private fields(rows: [string, string][]) {
    for (const [name, value] of rows) {
      this.doc.font('bold').fontSize(11).text(`${name}：`, MARGIN, undefined, { continued: true, lineGap: 3 });
      this.doc.font('regular').text(value || '—');
    }
    this.doc.moveDown(0.3);
  }
}
