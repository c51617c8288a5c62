"""Runs boto3 calls against the opforge mock and prints one JSON result per call.

Input (stdin): {"endpoint": url, "accessKeyId": ..., "secretAccessKey": ...,
"calls": [{"service": "apigateway", "method": "put_method", "params": {...},
"prefer": "error=ConflictException" | null, "maxAttempts": 1}]}.
Output (stdout): a JSON list, one entry per call: {"ok": true, "status",
"requestId", "attempts", "response"} or {"ok": false, "status", "code",
"message", "requestId", "typed": <botocore's modeled exception class matched>}.
"""
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def main():
    spec = json.load(sys.stdin)
    session = boto3.session.Session(
        aws_access_key_id=spec["accessKeyId"],
        aws_secret_access_key=spec["secretAccessKey"],
        region_name="us-east-1",
    )
    clients = {}
    results = []
    for call in spec["calls"]:
        key = (call["service"], call.get("maxAttempts", 1))
        if key not in clients:
            clients[key] = session.client(
                call["service"],
                endpoint_url=spec["endpoint"],
                config=Config(retries={"total_max_attempts": key[1], "mode": "standard"}),
            )
        client = clients[key]
        prefer = call.get("prefer")
        handler = None
        if prefer:
            def handler(request, prefer=prefer, **kwargs):
                request.headers["Prefer"] = prefer
            client.meta.events.register("before-sign.*.*", handler)
        try:
            response = getattr(client, call["method"])(**call["params"])
            meta = response.pop("ResponseMetadata")
            results.append({
                "ok": True,
                "status": meta["HTTPStatusCode"],
                "requestId": meta.get("RequestId"),
                "attempts": meta.get("RetryAttempts", 0) + 1,
                "response": response,
            })
        except ClientError as e:
            code = e.response["Error"]["Code"]
            modeled = getattr(client.exceptions, code, None)
            results.append({
                "ok": False,
                "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
                "code": code,
                "message": e.response["Error"].get("Message"),
                "requestId": e.response["ResponseMetadata"].get("RequestId"),
                "typed": modeled is not None and isinstance(e, modeled),
            })
        finally:
            if handler is not None:
                client.meta.events.unregister("before-sign.*.*", handler)
    # botocore parses timestamps into datetimes: hand them over as epoch seconds (the caller puts them in each member's format).
    json.dump(results, sys.stdout, default=lambda o: o.timestamp() if hasattr(o, "timestamp") else str(o))


if __name__ == "__main__":
    main()
