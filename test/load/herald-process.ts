// Child process of kill-restart.test.ts: Herald's stack with DynamoDB persisted under a data dir (the
// npm start path), so the test can kill the whole process tree abruptly and start it again on the same data.
import { startHeraldStack } from '../../local/src/herald/herald-stack';
import { repoRoot } from '../harness/local-stack';

const [dataDir, portsJson] = process.argv.slice(2);
const stack = await startHeraldStack({ root: repoRoot, dataDir, persist: true, ports: JSON.parse(portsJson) });
process.on('disconnect', () => {
  void stack.stop().finally(() => process.exit(0));
});
process.send!({ type: 'ready', outputs: stack.outputs });
