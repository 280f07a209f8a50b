import fastifyMultipart from '@fastify/multipart';
import type { MikroORM } from '@tjxf/db-kit';
import { ErrorCode, NAME_PROBLEM_REASONS, isUuid, nameProblem, refuse as refuseFor } from '@tjxf/domain';
import type { Reason, ReasonParams } from '@tjxf/i18n/reasons';
import { refusalBody } from '@tjxf/subgraph-kit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { disclosureFor, isOwner } from '../personal-data/disclosure.js';
import { recordAccesses } from '../personal-data/personal-data.service.js';
import { PetitionEntity } from '../petition/petition.entity.js';
import { petitionScope, scopeCondition } from '../petition/petition.scope.js';
import { AttachmentEntity } from './attachment.entity.js';
import { UploadQuotaExceeded, type AttachmentService } from './attachment.service.js';
import type { AttachmentStore } from './attachment.store.js';
import { secondsToNextWindow } from './upload-quota.js';

/** What may be attached: pictures, documents, sound and video, recognised by their bytes. */
export const ATTACHMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  types: {
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/webp': 'webp',
    'application/pdf': 'pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'audio/mpeg': 'mp3',
    'audio/x-m4a': 'm4a',
    'audio/mp4': 'm4a',
    'video/mp4': 'mp4',
  } as Record<string, string>,
} as const;

/** Refusals in the shape of GraphQL errors, as the subgraph kit's mapper writes them. */
const refuse = (
  reply: FastifyReply,
  status: number,
  code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
  reason: Reason,
  reasonParams?: ReasonParams,
  details: { field?: string; retryAfterSeconds?: number } = {},
) => reply.code(status).send({ errors: [refusalBody(refuseFor(code, reason, reasonParams, details))] });

/** 429 for an address past its hourly upload quota (docs/api.md). */
const overQuota = (reply: FastifyReply, now: Date) => {
  const retryAfterSeconds = secondsToNextWindow(now);
  return refuse(
    reply.header('retry-after', String(retryAfterSeconds)),
    429,
    ErrorCode.RATE_LIMITED,
    'UPLOAD_QUOTA_REACHED',
    undefined,
    { retryAfterSeconds },
  );
};

/** A file name safe to store and to send back in Content-Disposition. */
function cleanFileName(name: string | undefined, extension: string): string {
  const base =
    (name ?? '')
      .normalize('NFC')
      .replace(/[\\/\p{Cc}"<>|:*?]+/gu, '_')
      .trim()
      .slice(0, 150) || 'attachment';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/**
 * POST /attachments (multipart, one `file`) and GET /attachments/:id, reached only through
 * the gateway. Types are sniffed from the bytes, never taken from the client; downloads are
 * always `attachment` with `nosniff` and a sandbox CSP, so nothing is ever rendered inline.
 */
export async function attachmentRoutes(
  app: FastifyInstance,
  orm: MikroORM,
  store: AttachmentStore,
  attachments: AttachmentService,
) {
  await app.register(fastifyMultipart, {
    limits: { fileSize: ATTACHMENT_LIMITS.maxBytes, files: 1, fields: 0, parts: 1 },
  });

  app.post('/attachments', async (request, reply) => {
    const address = request.viewer!.ip ?? 'unknown';
    if (!(await attachments.hasQuotaLeft(address))) return overQuota(reply, new Date());
    let buffer: Buffer;
    let fileName: string | undefined;
    const tooLarge = () =>
      refuse(
        reply,
        413,
        ErrorCode.BAD_USER_INPUT,
        'FILE_TOO_LARGE',
        { megabytes: ATTACHMENT_LIMITS.maxBytes / 1024 / 1024 },
        { field: 'file' },
      );
    try {
      const part = await request.file();
      if (!part) return refuse(reply, 400, ErrorCode.BAD_USER_INPUT, 'FILE_REQUIRED', undefined, { field: 'file' });
      fileName = part.filename;
      const problem = nameProblem(fileName ?? '');
      if (problem)
        return refuse(reply, 400, ErrorCode.BAD_USER_INPUT, NAME_PROBLEM_REASONS[problem], undefined, {
          field: 'file',
        });
      buffer = await part.toBuffer();
      // toBuffer checks for truncation after each chunk, but busboy may mark the file truncated
      // only after the last one was read: then it returns the first 10 MB as if whole
      if (part.file.truncated) return tooLarge();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
      return refuse(reply, 400, ErrorCode.BAD_USER_INPUT, 'UPLOAD_UNREADABLE', undefined, { field: 'file' });
    }
    const type = await fileTypeFromBuffer(buffer);
    const extension = type ? ATTACHMENT_LIMITS.types[type.mime] : undefined;
    if (!type || !extension) {
      return refuse(reply, 415, ErrorCode.BAD_USER_INPUT, 'FILE_TYPE_NOT_ACCEPTED', undefined, { field: 'file' });
    }
    const now = new Date();
    let attachment;
    try {
      attachment = await attachments.store(
        {
          bytes: buffer,
          fileName: cleanFileName(fileName, extension),
          contentType: type.mime,
          uploadedByAccountId: request.viewer!.accountId,
          address,
        },
        now,
      );
    } catch (error) {
      if (error instanceof UploadQuotaExceeded) return overQuota(reply, now);
      throw error;
    }
    return reply.code(201).send({
      id: attachment.id,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      size: attachment.size,
      sha256: attachment.sha256,
    });
  });

  app.get<{ Params: { id: string } }>('/attachments/:id', async (request, reply) => {
    const viewer = request.viewer!;
    const notFound = () => refuse(reply, 404, ErrorCode.NOT_FOUND, 'ATTACHMENT_NOT_FOUND');
    if (!isUuid(request.params.id)) return notFound();
    const em = orm.em.fork();
    const attachment = await em.findOne(AttachmentEntity, request.params.id);
    if (!attachment) return notFound();
    if (attachment.petition) {
      const petition = await em.findOne(PetitionEntity, {
        $and: [{ id: attachment.petition.id }, scopeCondition(petitionScope(viewer))],
      });
      if (!petition || !disclosureFor(viewer, petition).identity) return notFound();
      if (!isOwner(viewer, petition))
        await recordAccesses(em, viewer, [
          { field: 'ATTACHMENT', petitionId: petition.id, attachmentId: attachment.id },
        ]);
    } else if (!viewer.accountId || attachment.uploadedByAccountId !== viewer.accountId) {
      return notFound(); // an unsubmitted upload: only its uploader, signed in, may see it again
    }
    return reply
      .header('content-type', attachment.contentType)
      .header('content-length', String(attachment.size))
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(store.open(attachment.storageKey));
  });
}
