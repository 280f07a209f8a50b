import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import type { MikroORM } from '@tjxf/db-kit';
import { ErrorCode, isUuid } from '@tjxf/domain';
import { splitBilingual } from '@tjxf/subgraph-kit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { disclosureFor, isOwner } from '../personal-data/disclosure.js';
import { recordAccesses } from '../personal-data/personal-data.service.js';
import { PetitionEntity } from '../petition/petition.entity.js';
import { petitionScope, scopeCondition } from '../petition/petition.scope.js';
import { AttachmentEntity } from './attachment.entity.js';
import type { AttachmentStore } from './attachment.store.js';

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

/** Errors in the shape of GraphQL errors, with the same `localized` messages the portals show. */
const refuse = (reply: FastifyReply, status: number, code: ErrorCode, message: string, field?: string) => {
  const localized = splitBilingual(message);
  return reply.code(status).send({
    errors: [{ message, extensions: { code, ...(field ? { field } : {}), ...(localized ? { localized } : {}) } }],
  });
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
export async function attachmentRoutes(app: FastifyInstance, orm: MikroORM, store: AttachmentStore) {
  await app.register(fastifyMultipart, {
    limits: { fileSize: ATTACHMENT_LIMITS.maxBytes, files: 1, fields: 0, parts: 1 },
  });

  app.post('/attachments', async (request, reply) => {
    let buffer: Buffer;
    let fileName: string | undefined;
    const tooLarge = () =>
      refuse(
        reply,
        413,
        ErrorCode.BAD_USER_INPUT,
        `文件不能超过${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024}MB。The file must be at most ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MB.`,
        'file',
      );
    try {
      const part = await request.file();
      if (!part)
        return refuse(reply, 400, ErrorCode.BAD_USER_INPUT, '请选择要上传的文件。Choose a file to upload.', 'file');
      fileName = part.filename;
      buffer = await part.toBuffer();
      // toBuffer checks for truncation after each chunk, but busboy may mark the file truncated
      // only after the last one was read: then it returns the first 10 MB as if whole
      if (part.file.truncated) return tooLarge();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
      return refuse(
        reply,
        400,
        ErrorCode.BAD_USER_INPUT,
        '上传的内容无法读取，请重新选择文件。The upload could not be read: choose the file again.',
        'file',
      );
    }
    const type = await fileTypeFromBuffer(buffer);
    const extension = type ? ATTACHMENT_LIMITS.types[type.mime] : undefined;
    if (!type || !extension) {
      return refuse(
        reply,
        415,
        ErrorCode.BAD_USER_INPUT,
        '只能上传图片（JPG、PNG）、PDF、Word、Excel或音视频文件。Attach pictures (JPG, PNG), PDF, Word, Excel, sound or video only.',
        'file',
      );
    }
    const stored = await store.put(Readable.from(buffer), ATTACHMENT_LIMITS.maxBytes);
    const em = orm.em.fork();
    const attachment = em.create(AttachmentEntity, {
      // random, not time-ordered: for an upload without an account the id is the only key
      // that lets the submitter attach it (docs/api.md, attachments)
      id: randomUUID(),
      petition: null,
      fileName: cleanFileName(fileName, extension),
      contentType: type.mime,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.key,
      uploadedByAccountId: request.viewer!.accountId,
      uploadedAt: new Date(),
    });
    await em.flush();
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
    const notFound = () => refuse(reply, 404, ErrorCode.NOT_FOUND, '未找到该附件。No such attachment.');
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
