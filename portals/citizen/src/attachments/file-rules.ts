import { LIMITS } from '../draft/petition-draft';

/** What the server accepts (it checks the bytes; this only spares a pointless upload). */
export const ACCEPTED_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'pdf', 'docx', 'xlsx', 'mp3', 'm4a', 'mp4'] as const;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');

export type FileProblem = 'type' | 'size' | 'empty';

/** Why a chosen file cannot be uploaded, or null. */
export function fileProblem(file: Pick<File, 'name' | 'size'>): FileProblem | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > LIMITS.fileMaxBytes) return 'size';
  return null;
}
