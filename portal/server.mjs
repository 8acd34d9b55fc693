/**
 * Starts the demo council portal: `npm start` (PORT, default 3000; PORTAL_DATA, default
 * .portal-data/portal.db). Stops cleanly on SIGINT and SIGTERM.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createPortal } from './app.mjs';

const port = Number(process.env.PORT ?? 3000);
const dataPath = resolve(process.env.PORTAL_DATA ?? '.portal-data/portal.db');
const portal = createPortal({ dataPath });
const server = createServer((req, res) => void portal.handle(req, res));

server.listen(port, () => {
  const { port: actual } = server.address();
  console.log(`The demo council portal is at http://localhost:${actual}/ (records in ${dataPath}). Ctrl+C stops it.`);
});

function stop(signal) {
  console.log(`${signal}: stopping`);
  server.close(() => {
    portal.close();
    process.exit(0);
  });
  server.closeAllConnections();
}
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
