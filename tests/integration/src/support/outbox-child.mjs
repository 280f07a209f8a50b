// A consumer process for outbox.test.ts: delivers to the consumer named in argv in batches of
// 5, logging each event it handles; at the 3rd event of its 2nd batch it tells its parent and
// hangs, mid-batch, until it is killed.
import { OutboxDelivery } from '@tjxf/jobs';

const [url, consumerName] = process.argv.slice(2);
const delivery = new OutboxDelivery({ connectionString: url, schema: 'petitions', batchSize: 5 });
let batches = 0;
const consumer = {
  name: consumerName,
  async handle(events, tx) {
    batches++;
    for (const [i, event] of events.entries()) {
      await tx.query('insert into petitions.test_consumer_log (consumer, seq) values ($1, $2)', [consumerName, event.seq]);
      if (batches === 2 && i === 2) {
        process.send('mid-batch');
        await new Promise(() => {});
      }
    }
  },
};
await delivery.drain(consumer);
process.send('done');
