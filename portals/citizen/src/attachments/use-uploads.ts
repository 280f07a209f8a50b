import { uploadFile, type UploadedFile } from '@tjxf/graphql-client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fileProblem, type FileProblem } from './file-rules';

/** One file on its way to the server, or refused. */
export interface UploadTask {
  key: string;
  fileName: string;
  /** 0 to 100. */
  percent: number;
  /** Refused before sending (type, size, count) or by the server. */
  problem: FileProblem | 'count' | null;
  error: unknown;
}

export interface Uploads {
  tasks: UploadTask[];
  /** True while a file is still being sent. */
  busy: boolean;
  start(files: readonly File[]): void;
  cancel(key: string): void;
  dismiss(key: string): void;
}

/**
 * Uploads files one after another, each with its progress, and hands each stored file to
 * `onUploaded`. At most `room` files are accepted (what the petition may still hold).
 */
export function useUploads(room: number, onUploaded: (file: UploadedFile) => void): Uploads {
  const [tasks, setTasks] = useState<UploadTask[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((c) => c.abort()); // leaving the page stops the uploads
  }, []);

  const patch = useCallback(
    (key: string, change: Partial<UploadTask>) =>
      setTasks((all) => all.map((t) => (t.key === key ? { ...t, ...change } : t))),
    [],
  );
  const remove = useCallback((key: string) => setTasks((all) => all.filter((t) => t.key !== key)), []);

  const start = useCallback(
    (files: readonly File[]) => {
      const active = tasks.filter((t) => !t.problem && !t.error).length;
      let left = room - active;
      const queued: { key: string; file: File }[] = [];
      const added = files.map((file): UploadTask => {
        const key = crypto.randomUUID();
        const problem = fileProblem(file) ?? (left <= 0 ? 'count' : null);
        if (!problem) {
          left -= 1;
          queued.push({ key, file });
        }
        return { key, fileName: file.name, percent: 0, problem, error: null };
      });
      setTasks((all) => [...all, ...added]);
      void (async () => {
        for (const { key, file } of queued) {
          const controller = new AbortController();
          controllers.current.set(key, controller);
          try {
            const stored = await uploadFile(file, {
              signal: controller.signal,
              onProgress: ({ fraction }) => patch(key, { percent: Math.round(fraction * 100) }),
            });
            remove(key);
            onUploadedRef.current(stored);
          } catch (error) {
            if (controller.signal.aborted) remove(key);
            else patch(key, { error });
          } finally {
            controllers.current.delete(key);
          }
        }
      })();
    },
    [tasks, room, patch, remove],
  );

  const cancel = useCallback((key: string) => controllers.current.get(key)?.abort(), []);
  const busy = tasks.some((t) => !t.problem && !t.error);
  return { tasks, busy, start, cancel, dismiss: remove };
}
