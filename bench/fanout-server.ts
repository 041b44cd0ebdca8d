// Child process of fanout.bench.ts: serves the realtime fixture API on 127.0.0.1:0 in its own
// process (its own core, as a real server would have), reports its URLs over IPC, answers
// `stats` with its event-loop delay, and stops when the parent disconnects.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startFixtureServer } from '../test/conformance/realtime-fixture/realtime-fixture';

const server = await startFixtureServer();
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

process.on('message', (message: { type: string }) => {
  if (message.type === 'reset') {
    loopDelay.reset();
    process.send!({ type: 'reset' });
  } else if (message.type === 'stats') {
    process.send!({ type: 'stats', maxMs: loopDelay.max / 1e6, p99Ms: loopDelay.percentile(99) / 1e6, ...server.app.realtimeStats() });
  }
});
process.on('disconnect', () => {
  loopDelay.disable();
  void server.stop().finally(() => process.exit(0));
});
process.send!({ type: 'ready', graphqlUrl: server.graphqlUrl, realtimeUrl: server.realtimeUrl, host: server.host });
