#!/usr/bin/env python3
"""Creates an IAM user with cloudwatch/monitoring rights and an access key on a moto_server started with
INITIAL_NO_AUTH_ACTION_COUNT=3 (these three calls are the free ones; moto checks SigV4 from then on).
Prints `ACCESS_KEY_ID SECRET_ACCESS_KEY`.

usage: moto_iam_key.py ENDPOINT
"""
import json
import os
import sys

os.environ["AWS_DISABLE_REQUEST_COMPRESSION"] = "true"
import boto3  # noqa: E402

iam = boto3.client("iam", endpoint_url=sys.argv[1], region_name="us-east-1",
                   aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
iam.create_user(UserName="memblame")
# moto names the action by the signing name (monitoring:GetMetricData), so allow both prefixes.
policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["cloudwatch:*", "monitoring:*"], "Resource": "*"}]}
iam.put_user_policy(UserName="memblame", PolicyName="cw", PolicyDocument=json.dumps(policy))
key = iam.create_access_key(UserName="memblame")["AccessKey"]
print(key["AccessKeyId"], key["SecretAccessKey"])
