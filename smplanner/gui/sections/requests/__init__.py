"""The Requests tab: the connection-request log, its verdicts and counts."""
