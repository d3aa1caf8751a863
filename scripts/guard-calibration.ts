// Prints the simulator guard's false-positive rate on the calibration corpus
// (test/engine/fixtures/guard-corpus/), each false positive, and the
// misbehaving users it misses. Run: npx tsx scripts/guard-calibration.ts
import { measureFalsePositives, misbehavingUsers, missedMisbehaviour, realUsers } from '../test/engine/guard-corpus.js';

const percent = (rate: number): string => `${(rate * 100).toFixed(2)}%`;

const measured = measureFalsePositives(realUsers());
console.log(
  `real users: ${measured.falsePositives.length} of ${measured.messages} messages flagged ` +
    `(${percent(measured.messageRate)}), in ${percent(measured.conversationRate)} ` +
    `of ${measured.conversations} conversations`,
);
for (const fp of measured.falsePositives) {
  console.log(`  ${fp.conversation}: ${fp.flag.reason} — ${fp.message}`);
}
const cases = misbehavingUsers();
const missed = missedMisbehaviour(cases);
console.log(`misbehaving users: ${cases.length - missed.length} of ${cases.length} flagged with the right reason`);
for (const miss of missed) {
  console.log(
    `  missed (${miss.case.reason}${miss.got ? `, got ${miss.got}` : ''}): ${JSON.stringify(miss.case.message)}`,
  );
}
process.exitCode = measured.messageRate <= 0.005 && missed.length === 0 ? 0 : 1;
