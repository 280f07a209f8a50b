import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CompleteTaskDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, formatDate } from '@tjxf/ui';
import { useState } from 'react';
import { ClockText } from '../deadlines/clock-text';
import { Field } from './field';
import { fieldProblem } from './step-errors';
import { StepForm } from './step-form';
import { stepRecordsQuery, type StepRecords } from './step-records';

type Task = StepRecords['tasks'][number];

/**
 * 办理任务: the lead, co-handling, completion-report and follow-up tasks, each with the unit
 * that owes it, its due date in words and the time left, and what was reported (R-X, R-P6,
 * R-P13). The unit that owes an open task gets its report form here (issue 11).
 */
export function TaskReports({ petitionId }: { petitionId: string }) {
  const { t } = useTranslation('workbench');
  const tasks = useQuery({ ...stepRecordsQuery(petitionId), select: (records) => records?.tasks ?? [] });
  if (tasks.isPending) return <Loading />;
  if (tasks.isError) return <ErrorMessage error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (tasks.data.length === 0) return <p>{t('records.noTasks')}</p>;
  return (
    <ul className="record-list" data-testid="tasks">
      {tasks.data.map((task) => (
        <TaskItem key={task.id} task={task} petitionId={petitionId} />
      ))}
    </ul>
  );
}

function TaskItem({ task, petitionId }: { task: Task; petitionId: string }) {
  const { t } = useTranslation('workbench');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const [reported, setReported] = useState(false);
  return (
    <li data-testid={`task-${task.kind}`}>
      <p>
        <strong>{tc(`taskKind.${task.kind}`)}</strong>
        {' · '}
        {task.unit.name}
      </p>
      {task.doneAt ? (
        <p>{t('records.taskDone', { date: formatDate(task.doneAt, language) })}</p>
      ) : task.dueAt ? (
        <p data-testid="task-due">
          {t('records.taskDue', { date: formatDate(task.dueAt, language) })} · <ClockText dueAt={task.dueAt} />
        </p>
      ) : (
        <p>{t('records.taskOpen')}</p>
      )}
      {task.note ? <p className="user-text muted">{task.note}</p> : null}
      {task.report ? (
        <dl className="facts" data-testid="task-report">
          <div>
            <dt>{t(`steps.reportLabel.${task.kind}`)}</dt>
            <dd className="user-text">{task.report}</dd>
          </div>
        </dl>
      ) : null}
      <div role="status" aria-live="polite">
        {reported ? <p className="alert alert-success">{t('steps.reported')}</p> : null}
      </div>
      {task.mayReport ? <TaskReportForm task={task} petitionId={petitionId} onDone={() => setReported(true)} /> : null}
    </li>
  );
}

/** The report of the unit that owes the task: its part, the completion report, what the follow-up found. */
function TaskReportForm({ task, petitionId, onDone }: { task: Task; petitionId: string; onDone: () => void }) {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState<readonly string[]>([]);
  const mutation = useMutation({
    mutationFn: (report: string) => execute(CompleteTaskDocument, { id: task.id, report }),
    onSuccess: async () => {
      onDone();
      await Promise.all(
        [['petition', petitionId], ['inbox'], ['supervision']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
  const id = `task-${task.id}`;
  const label = t(`steps.reportLabel.${task.kind}`);
  const problem = missing.length
    ? t('step.missingText', { field: label })
    : fieldProblem(mutation.error, 'report', language);
  const send = () => {
    const empty = text.trim() ? [] : ['report'];
    setMissing(empty);
    if (empty.length === 0) mutation.mutate(text.trim());
  };
  return (
    <div className="task-report-form">
      <StepForm
        id={id}
        submitLabel={t(`steps.reportSubmit.${task.kind}`)}
        pending={mutation.isPending}
        error={mutation.error}
        fields={['report']}
        invalid={missing}
        onSubmit={send}
      >
        <Field id={`${id}-report`} label={label} hint={t(`steps.reportHint.${task.kind}`)} problem={problem}>
          {(control) => <textarea {...control} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
      </StepForm>
    </div>
  );
}
