#!/usr/bin/env bash
# Healthy once the SQS connector and its task both run, not merely when the worker's REST API answers.
set -euo pipefail
status=$(busybox wget -q -O - http://localhost:8083/connectors/vigil-sqs/status)
[ "$(grep -o '"state":"RUNNING"' <<<"$status" | wc -l)" -ge 2 ]
