export { TestClock } from './clock.js';
export {
  startPlatform,
  type TestPlatform,
  type PlatformOptions,
  type ExtraGateway,
  type GraphQLResult,
  type ServiceName,
} from './platform.js';
export { startTestCluster, freePort, databaseUrl, TEMPLATE_DATABASE, type TestCluster } from './cluster.js';
export { SERVICES, prepareDatabase } from '@tjxf/launcher';
export { TEST_PERSONAL_DATA_KEYS, testEnvironment, generateTestKeys } from './environment.js';
import './provided-context.js';
