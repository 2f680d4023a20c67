#!/usr/bin/env bash
# Runs the distributed Connect worker and, once its REST API answers, creates Vigil's SQS source connector from
# vigil-sqs.json unless the cluster has it already (its config lives in Kafka, so a restart keeps it). To change an
# existing connector: PUT the "config" object to http://localhost:8083/connectors/vigil-sqs/config.
set -euo pipefail
here=$(dirname "$0")
rest=http://localhost:8083

/opt/kafka/bin/connect-distributed.sh "$here/worker.properties" &
worker=$!
trap 'kill -TERM "$worker"' TERM INT

# BusyBox's wget, since the image has no curl. Creating fails while the worker is still joining its group: try again.
exists() { busybox wget -q -O /dev/null "$rest/connectors/vigil-sqs"; }
create() {
  busybox wget -q -O /dev/null --header 'Content-Type: application/json' --post-file "$here/vigil-sqs.json" \
    "$rest/connectors"
}
until exists || create; do
  kill -0 "$worker" 2>/dev/null || { wait "$worker"; exit $?; }
  sleep 2
done
echo "connector vigil-sqs is configured"
wait "$worker"
