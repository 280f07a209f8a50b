export {
  SERVICES,
  SERVICE_NAMES,
  SERVICE_CALLS,
  prepareDatabase,
  serviceCallEnvironment,
  type ServiceCaller,
  type ServiceName,
  type ServiceConnections,
} from './services.js';
export { startPlatform, PLATFORM_DATABASE, type RunningPlatform } from './platform.js';
export { launcherConfigSchema, type LauncherConfig } from './config.js';
export { provisionServiceRoles, roleConnections, serviceRoles, serviceDatabaseVariables } from './database.js';
export { loadOrCreateKeys, type DatabaseRolePasswords, type PlatformKeys } from './keys.js';
export { POSTGRES_FOLDER, freePort, openPlatformDatabase, runningPostmaster } from './platform-database.js';
export { seedDemoHistory, readUnitDirectory, personalDataKeys, DEMO_HISTORY } from './history.js';
