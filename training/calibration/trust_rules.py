"""The rules behind the per-language trust table: used to decide it (calibrate.py) and to describe it (cards.py)."""

TARGET = 0.95  # selective accuracy the edge must reach to decide alone
TOX_TARGET = 0.90
MIN_N = 20
