import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { maskIdNumber, maskPhone } from './identifiers.js';

const VERSION = 'v1';

/**
 * Protects personal data at rest: AES-256-GCM for what must be read back (phones, ID
 * numbers), a keyed HMAC-SHA256 for finding the same value again without decrypting.
 * Keys come from configuration; rotating means a new version prefix.
 */
export class PersonalDataCipher {
  constructor(
    private readonly encryptionKey: Buffer,
    private readonly hashKey: Buffer,
  ) {
    if (encryptionKey.length !== 32 || hashKey.length !== 32)
      throw new RangeError('personal data keys must be 32 bytes');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  decrypt(stored: string): string {
    const [version, data] = stored.split(':');
    if (version !== VERSION || !data) throw new Error('unknown personal data format');
    const raw = Buffer.from(data, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Same input, same hash; useless without the key. Inputs are normalized first. */
  hash(kind: 'phone' | 'id', normalized: string): string {
    return createHmac('sha256', this.hashKey).update(`${kind}:${normalized}`).digest('hex');
  }

  /**
   * A person's phone and ID number (normalized) as they are stored: encrypted, hashed to be
   * found again, masked for display, and the phone's last four for tracking.
   */
  protect(person: { phone: string | null; idNumber: string | null }): ProtectedContact {
    const { phone, idNumber } = person;
    return {
      phoneEncrypted: phone ? this.encrypt(phone) : null,
      phoneHash: phone ? this.hash('phone', phone) : null,
      phoneMasked: phone ? maskPhone(phone) : null,
      phoneLast4: phone ? phone.slice(-4) : null,
      idNumberEncrypted: idNumber ? this.encrypt(idNumber) : null,
      idNumberHash: idNumber ? this.hash('id', idNumber) : null,
      idNumberMasked: idNumber ? maskIdNumber(idNumber) : null,
    };
  }
}

/** The stored columns of a person's contact ({@link PersonalDataCipher.protect}). */
export interface ProtectedContact {
  phoneEncrypted: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
  phoneLast4: string | null;
  idNumberEncrypted: string | null;
  idNumberHash: string | null;
  idNumberMasked: string | null;
}
