import { loadConfig } from '@tjxf/config';
import { gatewayConfigSchema } from './config.js';
import { startGateway } from './server.js';

const gateway = await startGateway(loadConfig(gatewayConfigSchema));
const stop = async () => {
  await gateway.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
// started by the launcher: stop when it goes away, so no server is left holding a port
if (process.connected) process.once('disconnect', stop);
