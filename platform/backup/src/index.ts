export { takeBackup, DEFAULT_BACKUP_ROOT } from './backup.js';
export { restoreBackup, type RestoreOptions } from './restore.js';
export { readVerifiedManifest, BACKUP_FORMAT, MANIFEST_FILE, type Manifest } from './manifest.js';
