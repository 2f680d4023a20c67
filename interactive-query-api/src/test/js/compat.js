// Reads and writes Confluent-framed Avro with @kafkajs/confluent-schema-registry against Vigil's registry
// endpoints, so that a test can prove Vigil's wire format with a client Vigil did not write.
//   node compat.js decode <registryUrl> <apiKey> <hexFile>           -> JSON of the decoded record
//   node compat.js encode <registryUrl> <apiKey> <schemaId> <jsonFile> -> hex of the framed record
const fs = require('fs');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');

async function main() {
  const [mode, host, apiKey, arg, jsonFile] = process.argv.slice(2);
  const registry = new SchemaRegistry({ host, auth: { username: 'vigil', password: apiKey } });
  if (mode === 'decode') {
    const framed = Buffer.from(fs.readFileSync(arg, 'utf8').trim(), 'hex');
    process.stdout.write(JSON.stringify(await registry.decode(framed)));
  } else if (mode === 'encode') {
    const payload = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
    process.stdout.write((await registry.encode(Number(arg), payload)).toString('hex'));
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
