"""Adapters around the core: inputs, batch runner, writers, CLI, Dask, render, flat view."""
