export {
  SERVICES,
  SERVICE_CALLS,
  prepareDatabase,
  serviceCallEnvironment,
  type ServiceCaller,
  type ServiceName,
} from './services.js';
export { startPlatform, PLATFORM_DATABASE, type RunningPlatform } from './platform.js';
export { launcherConfigSchema, type LauncherConfig } from './config.js';
