"""Ordered, named schema migrations: `NNNN_what_it_does.py`, each revising the one before."""
