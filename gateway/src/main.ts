import { loadConfig } from '@tjxf/config';
import { gatewayConfigSchema } from './config.js';
import { SHUTDOWN_DEFAULTS, startGateway } from './server.js';

const gateway = await startGateway(loadConfig(gatewayConfigSchema));
let stopping = false;
const stop = async (why: string) => {
  if (stopping) return;
  stopping = true;
  gateway.app.log.info(`${why}: finishing the requests in flight, then stopping`);
  setTimeout(() => {
    gateway.app.log.error(`not stopped within ${SHUTDOWN_DEFAULTS.timeoutMs} ms; exiting anyway`);
    process.exit(1);
  }, SHUTDOWN_DEFAULTS.timeoutMs).unref();
  await gateway.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
// started by the launcher: stop when it goes away, so no server is left holding a port
if (process.connected) process.once('disconnect', () => void stop('launcher gone'));
