"""Lists a prefix with botocore's list_objects_v2 paginator; prints {"count", "ms"} as JSON."""
import json
import os
import sys
import time

import botocore.session
from botocore.config import Config

endpoint, bucket, prefix = sys.argv[1:4]
client = botocore.session.get_session().create_client(
    "s3",
    endpoint_url=endpoint,
    region_name=os.environ.get("AWS_DEFAULT_REGION", "us-east-1"),
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    config=Config(s3={"addressing_style": "path"}),
)
start = time.perf_counter()
count = 0
pages = client.get_paginator("list_objects_v2").paginate(
    Bucket=bucket, Prefix=prefix, PaginationConfig={"PageSize": 1000}
)
for page in pages:
    count += len(page.get("Contents", []))
print(json.dumps({"count": count, "ms": (time.perf_counter() - start) * 1000}))
