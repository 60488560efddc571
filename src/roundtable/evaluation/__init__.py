"""Evaluation: measure how well an engine's verdicts track labelled answer quality.

`roundtable eval DATA` reads a labelled dataset (`dataset`), reviews every row and its probes
(`runner`, `probes`), computes ranking and agreement figures for the engine and two baselines
(`metrics`, `summary`) and renders them as a terminal table, JSON or HTML (`render`).
Nothing here is imported by `import roundtable`.
"""
