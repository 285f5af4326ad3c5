"""Seller Studio: a local-first live-commerce studio. The core (everything but `studio.ui`) is Qt-free."""

__version__ = "0.1.0"
