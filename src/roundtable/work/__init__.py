"""Durable execution: reviews run in worker processes, each exactly once, under a lease.

A request stores the answer and hands the review's id to a queue; a worker claims the review in
the store (a conditional update, so one claim wins), keeps its lease alive with heartbeats and
writes every turn under its attempt number. A review is handed out again only when its lease
expires. On PostgreSQL the queue is procrastinate (`roundtable worker`); on SQLite the web
process runs a local process pool.

Nothing is imported here: `roundtable worker` is registered from `work.command` and must not
load the store or the engines when the CLI starts.
"""
