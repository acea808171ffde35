#!/usr/bin/env python3
"""Puts a known 1-minute AWS/ECS series into a CloudWatch endpoint (moto_server in the tests) with boto3
and writes the ground truth as `epoch,value` lines.

usage: cloudwatch_put.py ENDPOINT CLUSTER SERVICE START_EPOCH MINUTES TRUTH_CSV

Values are a sawtooth with full-precision doubles, one point per minute on minute boundaries.
Needs AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_DEFAULT_REGION in the environment.
"""
import datetime
import os
import sys

# moto 5.2.1 answers HTTP 500 (BadGzipFile) to the gzipped bodies botocore sends above 10 KiB.
os.environ["AWS_DISABLE_REQUEST_COMPRESSION"] = "true"
import boto3  # noqa: E402


def value(i):
    return 20.0 + (i % 97) * 0.1734375 + (i // 1440) * 0.5 + (i % 7) / 3.0


def main():
    endpoint, cluster, service, start, minutes, truth = sys.argv[1:7]
    start, minutes = int(start), int(minutes)
    cw = boto3.client("cloudwatch", endpoint_url=endpoint)
    dims = [{"Name": "ClusterName", "Value": cluster}, {"Name": "ServiceName", "Value": service}]
    points = [(start + 60 * i, value(i)) for i in range(minutes)]
    for k in range(0, len(points), 1000):
        chunk = points[k:k + 1000]
        cw.put_metric_data(Namespace="AWS/ECS", MetricData=[
            {"MetricName": "MemoryUtilization", "Dimensions": dims, "Unit": "Percent", "Value": v,
             "Timestamp": datetime.datetime.fromtimestamp(ts, tz=datetime.timezone.utc)} for ts, v in chunk])
    with open(truth, "w") as f:
        for ts, v in points:
            f.write("%d,%r\n" % (ts, v))


if __name__ == "__main__":
    main()
