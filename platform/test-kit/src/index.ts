export { TestClock } from './clock.js';
export {
  startPlatform,
  TEST_SESSION_REVOCATION_POLL_MS,
  type PlatformOptions,
  type ExtraGateway,
  type TestPlatform,
  type GraphQLResult,
  type ServiceName,
  type ServiceConnections,
} from './platform.js';
export {
  startTestCluster,
  freePort,
  databaseUrl,
  provisionTestDatabase,
  TEMPLATE_DATABASE,
  TEST_ROLE_PREFIX,
  type TestCluster,
} from './cluster.js';
export { SERVICES, prepareDatabase } from '@tjxf/launcher';
export { TEST_PERSONAL_DATA_KEYS, testEnvironment, generateTestKeys } from './environment.js';
export { consecutiveFreePorts } from './ports.js';
export { gatewayClient, type GatewayClient } from './gateway-client.js';
import './provided-context.js';
